package fr.relais.scheduling;

import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A session's history as people read it. The audit log keeps what happened in a stable, technical
 * form ("2026-12-01T13:05:00Z – …", "ONLINE", "12 places"); this turns each entry into the reader's
 * language, times in Paris, whatever the entry's age.
 */
public final class SessionHistory {

  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
  private static final Pattern RANGE =
      Pattern.compile("(" + INSTANT.pattern() + ") – (" + INSTANT.pattern() + ")");
  private static final Pattern SEATS = Pattern.compile("(\\d+) places");
  private static final Pattern FROM_DAY = Pattern.compile("from (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern MARKED = Pattern.compile("(\\d+): (\\d+)");

  /** Actions whose details describe the session as "title | start – end | mode | … | n places". */
  private static final Set<String> DESCRIBED = Set.of("CREATED", "CREATED_PUBLISHED", "UPDATED");

  private final Texts texts;
  private final DateFormats dates;

  public SessionHistory(Locale locale) {
    this.texts = Texts.in(locale);
    this.dates = new DateFormats(locale);
  }

  /** The action's label: "Modification", "Consultation"… */
  public String action(String action) {
    String label = texts.get("audit." + action);
    return missing(label) ? orRaw(texts.get("audit.action." + action), action) : label;
  }

  /** The entry's details, readable; empty when there are none. */
  public String details(String action, String details) {
    if (details == null || details.isBlank()) {
      return "";
    }
    if (action.endsWith("_PERSONAL_DATA")) {
      return orRaw(texts.get("audit.detail." + details), details);
    }
    Matcher marked = MARKED.matcher(details);
    if ("MARKED_ALL_PRESENT".equals(action) && marked.matches()) {
      return texts.get(
          "session.history.markedAll",
          Integer.parseInt(marked.group(1)) + 1,
          Integer.parseInt(marked.group(2)));
    }
    if (DESCRIBED.contains(action)) {
      return Arrays.stream(details.split(" \\| "))
          .map(this::part)
          .collect(Collectors.joining(" · "));
    }
    // Free text (a reason someone typed) stays as it is, but for the times in it.
    return part(details);
  }

  private String part(String part) {
    Matcher range = RANGE.matcher(part);
    if (range.matches() && instant(range.group(1)) != null && instant(range.group(2)) != null) {
      return dates.range(instant(range.group(1)), instant(range.group(2)));
    }
    if (Arrays.stream(SessionMode.values()).anyMatch(m -> m.name().equals(part))) {
      return texts.get("enum.SessionMode." + part);
    }
    Matcher seats = SEATS.matcher(part);
    if (seats.matches()) {
      return texts.get("session.history.seats", Integer.parseInt(seats.group(1)));
    }
    Matcher from = FROM_DAY.matcher(part);
    if (from.matches()) {
      try {
        return texts.get("session.history.fromDay", LocalDate.parse(from.group(1)));
      } catch (DateTimeParseException notADay) {
        return part;
      }
    }
    return INSTANT.matcher(part).replaceAll(m -> Matcher.quoteReplacement(time(m.group())));
  }

  private String time(String text) {
    Instant at = instant(text);
    return at == null ? text : dates.dateTime(at);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      return null;
    }
  }

  private static boolean missing(String label) {
    return label.startsWith("???");
  }

  private static String orRaw(String label, String raw) {
    return missing(label) ? raw : label;
  }
}
