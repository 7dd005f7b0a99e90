package fr.relais.reporting;

import fr.relais.kernel.i18n.Texts;
import fr.relais.obligations.AuditPeriod;
import fr.relais.obligations.Evidence;
import fr.relais.obligations.EvidenceSource;
import fr.relais.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The binder's record of the opinions collected over the period (indicator 30): the satisfaction
 * report as a spreadsheet, the participants' hot and cold answers and the establishments' opinions
 * with their comments, small cells suppressed as on screen.
 */
@ApplicationScoped
public class SatisfactionEvidence implements EvidenceSource {

  @Inject private Reports reports;

  @Override
  public List<Evidence> evidence(Caller by, AuditPeriod period, Locale locale) {
    ReportFilter filter =
        new ReportFilter(period.from(), period.to(), null, null, null, null, null, null, null);
    return List.of(
        Evidence.of(
            30,
            "satisfaction-" + period.from() + "-" + period.to() + ".xlsx",
            "binder.proves.satisfaction",
            () -> {
              Texts t = Texts.in(locale);
              List<ReportTable> tables =
                  reports.build(Reports.Kind.SATISFACTION, filter, locale).sections().stream()
                      .map(Dashboard.Section::table)
                      .toList();
              return TableFiles.xlsx(
                  tables, t.get("report.satisfaction.title"), t.get("app.association"));
            }));
  }
}
