package fr.relais.arrangement;

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
 * The binder's record of how requests for an arrangement were handled (indicator 26): when each was
 * made, for which session, and when the disability referent handled it. Neither the person nor what
 * they need is written: an audit checks that requests reach the referent and are answered, not who
 * has a disability.
 */
@ApplicationScoped
public class ArrangementEvidence implements EvidenceSource {

  @Inject private ArrangementService arrangements;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    return List.of(
        Evidence.of(
            26,
            "demandes-amenagement-" + period.from() + "-" + period.to() + ".xlsx",
            "binder.proves.arrangements",
            () -> workbook(by, period, locale)));
  }

  private byte[] workbook(Caller by, AuditPeriod period, Locale locale) {
    Texts t = Texts.in(locale);
    Spreadsheet book = EvidenceBooks.book(t, "binder.arrangements.title");
    Spreadsheet.Writer sheet =
        EvidenceBooks.sheet(
            book, t, t.get("binder.arrangements.title"), "binder.arrangements.columns");
    for (ArrangementService.Listed a : arrangements.list(by, false)) {
      if (a.getCreatedAt().isBefore(period.start()) || !a.getCreatedAt().isBefore(period.end())) {
        continue;
      }
      sheet.row(
          Arrays.asList(
              a.getCreatedAt(),
              a.getActivity(),
              a.getSessionStart(),
              t.get("enum.ArrangementStatus." + a.getStatus().name()),
              a.handledAt()));
    }
    return book.bytes();
  }
}
