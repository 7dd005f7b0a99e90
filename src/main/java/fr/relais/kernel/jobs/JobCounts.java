package fr.relais.kernel.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a job did, as counts ("reminders=3, sent=0"): stored in that neutral form, so that the page
 * says it in the reader's language with the right plural; parsed back by {@link #parse}.
 */
public final class JobCounts {

  private static final Pattern FORM = Pattern.compile("[a-z]+=\\d+(, [a-z]+=\\d+)*");

  private JobCounts() {}

  /** "key=n, key=n" from alternating keys and numbers. */
  public static String of(Object... keysAndCounts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i + 1 < keysAndCounts.length; i += 2) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(keysAndCounts[i]).append('=').append(keysAndCounts[i + 1]);
    }
    return text.toString();
  }

  /** The counts, in order; empty for anything else (a failure's message, an older free text). */
  public static Optional<Map<String, Long>> parse(String details) {
    if (details == null || !FORM.matcher(details).matches()) {
      return Optional.empty();
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String pair : details.split(", ")) {
      String[] kv = pair.split("=");
      counts.put(kv[0], Long.parseLong(kv[1]));
    }
    return Optional.of(counts);
  }
}
