package fr.relais.quality;

import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import fr.relais.obligations.AuditPeriod;
import fr.relais.obligations.Evidence;
import fr.relais.obligations.EvidenceBooks;
import fr.relais.obligations.EvidenceSource;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The binder's registers (indicators 31 and 32) and public results (indicator 2): the complaints
 * and incidents received in the period with every step's date, the improvements decided or still
 * open in it with their sources, and the results page as the public reads it today. Submitters are
 * not named: the register proves how cases were handled, not who wrote.
 */
@ApplicationScoped
public class QualityEvidence implements EvidenceSource {

  @Inject private Register register;
  @Inject private Improvements improvements;
  @Inject private PublicResults results;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    String span = period.from() + "-" + period.to();
    return List.of(
        Evidence.of(2, "resultats-publics.xlsx", "binder.proves.results", () -> results(locale)),
        Evidence.of(
            31,
            "registre-reclamations-incidents-" + span + ".xlsx",
            "binder.proves.register",
            () -> register(by, period, locale)),
        Evidence.of(
            32,
            "journal-amelioration-" + span + ".xlsx",
            "binder.proves.improvements",
            () -> improvements(by, period, locale)));
  }

  private byte[] register(Caller by, AuditPeriod period, Locale locale) {
    Texts t = Texts.in(locale);
    Spreadsheet book = EvidenceBooks.book(t, "binder.register.title");
    Spreadsheet.Writer sheet =
        EvidenceBooks.sheet(book, t, t.get("binder.register.title"), "binder.register.columns");
    for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
      for (QualityCase c : register.cases(by, year, null, null)) {
        if (!within(c.getSubmittedAt(), period)) {
          continue;
        }
        sheet.row(
            Arrays.asList(
                c.getReference(),
                t.get("enum.CaseKind." + c.getKind().name()),
                c.getSubmittedAt(),
                c.getSession() != null
                    ? c.getSession().getActivity().getTitle()
                    : c.getActivity() != null ? c.getActivity().getTitle() : "",
                c.getQualification() == null
                    ? ""
                    : t.get("enum.Qualification." + c.getQualification().name()),
                c.getSeverity() == null ? "" : t.get("enum.Severity." + c.getSeverity().name()),
                t.get("enum.CaseStatus." + c.getStatus().name()),
                c.getQualifiedAt(),
                c.getAnsweredAt(),
                c.getClosedAt(),
                c.getText()));
      }
    }
    return book.bytes();
  }

  private byte[] improvements(Caller by, AuditPeriod period, Locale locale) {
    Texts t = Texts.in(locale);
    Spreadsheet book = EvidenceBooks.book(t, "binder.improvements.title");
    Spreadsheet.Writer sheet =
        EvidenceBooks.sheet(
            book, t, t.get("binder.improvements.title"), "binder.improvements.columns");
    for (Improvement i : improvements.list(by)) {
      boolean decidedBefore = i.getCreatedAt().isBefore(period.end());
      boolean openOrDoneInside = i.getDoneOn() == null || !i.getDoneOn().isBefore(period.from());
      if (!decidedBefore || !openOrDoneInside) {
        continue;
      }
      Account owner = i.getOwner();
      sheet.row(
          Arrays.asList(
              i.getCreatedAt(),
              i.getDecision(),
              i.getReason(),
              String.valueOf(i.getSources().size()),
              owner == null ? "" : owner.getFirstName() + " " + owner.getLastName(),
              i.getDueOn(),
              i.getDoneOn(),
              i.getEffect()));
    }
    return book.bytes();
  }

  private byte[] results(Locale locale) {
    Texts t = Texts.in(locale);
    Spreadsheet book = EvidenceBooks.book(t, "binder.results.title");
    PublicResults.Results shown = results.build();
    for (ResultsTable table : shown.getPeriods()) {
      Spreadsheet.Writer sheet =
          EvidenceBooks.sheet(book, t, table.getFrom().getYear() + "", "binder.results.columns");
      List<ResultsTable.Row> rows = new ArrayList<>(table.getRows());
      if (table.getTotal() != null) {
        rows.add(table.getTotal());
      }
      for (ResultsTable.Row r : rows) {
        sheet.row(
            Arrays.asList(
                r == table.getTotal() || r.getTitle() == null
                    ? t.get("binder.results.overall")
                    : r.getTitle(),
                table.getFrom(),
                table.getTo(),
                r.getSessions(),
                hiddenOr(r.getTrainees(), t),
                hiddenOr(r.getCompletionPercent(), t),
                hiddenOr(r.getSatisfaction(), t),
                hiddenOr(r.getRespondents(), t)));
      }
    }
    return book.bytes();
  }

  private static Object hiddenOr(Object value, Texts t) {
    return value == null ? t.get("binder.results.hidden") : value;
  }

  private static boolean within(Instant at, AuditPeriod period) {
    return at != null && !at.isBefore(period.start()) && at.isBefore(period.end());
  }
}
