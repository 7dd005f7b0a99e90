package fr.relais.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

  public Dashboard build(Kind kind, ReportFilter filter, Locale locale) {
    return switch (kind) {
      case ACTIVITY -> activity.build(filter, locale);
      case SATISFACTION -> satisfaction.build(filter, locale);
      case WELLBEING -> wellbeing.build(filter, locale);
    };
  }
}
