package fr.relais.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The three dashboards by name, for pages, exports and the API. */
@Stateless
public class Reports {

  public enum Kind {
    ACTIVITY,
    SATISFACTION,
    WELLBEING
  }

  @Inject private ActivityReport activity;
  @Inject private SatisfactionReport satisfaction;
  @Inject private WellbeingReport wellbeing;

  /**
   * The dashboard for filter. A narrowed one is built after the broader reports it could be
   * subtracted from ({@link ReportFilter#broader()}), whose raw counts only serve to hide its cells
   * that differ from theirs by one to four people.
   */
  public Dashboard build(Kind kind, ReportFilter filter, Locale locale) {
    filter.checked();
    List<Census> broader = new ArrayList<>();
    ReportFilter used = kind == Kind.ACTIVITY ? filter : filter.withoutAccountFilters();
    for (ReportFilter wider : used.broader()) {
      Clearance alone = Clearance.alone();
      build(kind, wider, locale, alone);
      broader.add(alone.census());
    }
    return build(kind, filter, locale, new Clearance(broader));
  }

  private Dashboard build(Kind kind, ReportFilter filter, Locale locale, Clearance clearance) {
    return switch (kind) {
      case ACTIVITY -> activity.build(filter, locale, clearance);
      case SATISFACTION -> satisfaction.build(filter, locale, clearance);
      case WELLBEING -> wellbeing.build(filter, locale, clearance);
    };
  }
}
