package fr.relais.survey;

import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import fr.relais.obligations.AuditPeriod;
import fr.relais.obligations.Evidence;
import fr.relais.obligations.EvidenceBooks;
import fr.relais.obligations.EvidenceSource;
import fr.relais.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The binder's trainers' opinions (indicator 30, the teaching team): each questionnaire answered
 * after a session of the period, question by question, with the free comments; pseudonymous like
 * every survey answer.
 */
@ApplicationScoped
public class TrainerOpinionEvidence implements EvidenceSource {

  @Inject private TrainerOpinionReportService report;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    return List.of(
        Evidence.of(
            30,
            "avis-des-formateurs-" + period.from() + "-" + period.to() + ".xlsx",
            "binder.proves.trainerOpinions",
            () -> workbook(by, period, locale)));
  }

  private byte[] workbook(Caller by, AuditPeriod period, Locale locale) {
    Texts t = Texts.in(locale);
    Spreadsheet book = EvidenceBooks.book(t, "binder.trainerOpinions.title");
    Spreadsheet.Writer sheet =
        EvidenceBooks.sheet(
            book, t, t.get("binder.trainerOpinions.title"), "binder.trainerOpinions.columns");
    for (TrainerOpinionReportService.SessionAnswers s : report.of(by, null, locale).sessions()) {
      if (s.startsAt().isBefore(period.start()) || !s.startsAt().isBefore(period.end())) {
        continue;
      }
      int n = 0;
      for (TrainerOpinionReportService.Response r : s.responses()) {
        n++;
        for (TrainerOpinionReportService.Answer a : r.answers()) {
          sheet.row(Arrays.asList(s.activity(), s.startsAt(), n, a.question(), a.value()));
        }
      }
    }
    return book.bytes();
  }
}
