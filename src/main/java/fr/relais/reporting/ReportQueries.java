package fr.relais.reporting;

import java.util.List;
import java.util.Locale;

/**
 * Every query a dashboard runs for a filter, in the order it runs them: for the benchmark's EXPLAIN
 * and for the tests that compare them with the queries of before issue 21. The dashboards build
 * theirs with the same methods.
 */
public final class ReportQueries {

  private ReportQueries() {}

  public static List<ReportQuery> of(Reports.Kind kind, ReportFilter filter, Locale locale) {
    return switch (kind) {
      case ACTIVITY ->
          List.of(
              ActivityReport.byMonthQuery(filter),
              ActivityReport.byPersonQuery(filter),
              ActivityReport.establishmentsQuery(filter));
      case SATISFACTION ->
          List.of(
              SatisfactionReport.sessionsQuery(filter, locale),
              SatisfactionReport.commentsQuery(
                  SatisfactionReport.COMMENTS, "'HOT', 'COLD'", filter),
              SatisfactionReport.clientsQuery(filter),
              SatisfactionReport.commentsQuery(
                  SatisfactionReport.CLIENT_COMMENTS, "'CLIENT'", filter));
      case WELLBEING ->
          List.of(
              WellbeingReport.statsQuery(filter),
              WellbeingReport.distributionQuery(filter),
              WellbeingReport.changesQuery(filter));
    };
  }
}
