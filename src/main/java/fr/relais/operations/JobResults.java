package fr.relais.operations;

import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.jobs.JobCounts;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A job's last result in the reader's language ("Aucun rappel envoyé", "3 mails envoyés"), from the
 * counts the job recorded; a failure's message (or an older free text) as it is.
 */
public final class JobResults {

  private final Texts texts;

  public JobResults(Locale locale) {
    this.texts = Texts.in(locale);
  }

  public String of(String details) {
    return JobCounts.parse(details)
        .map(
            counts ->
                counts.entrySet().stream()
                    .map(e -> texts.get("operations.result." + e.getKey(), e.getValue()))
                    .collect(Collectors.joining(" ; ")))
        .orElse(details == null ? "" : details);
  }
}
