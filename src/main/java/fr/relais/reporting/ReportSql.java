package fr.relais.reporting;

import java.sql.Timestamp;

/** The parts every report query shares, written once. */
final class ReportSql {

  private ReportSql() {}

  /**
   * CTE "scope": the sessions of the period (started in it) that were held or cancelled, with the
   * filters on sessions. Appends its parameters to where.
   */
  static String scope(ReportFilter filter, SqlWhere parameters) {
    SqlWhere where = new SqlWhere();
    where.and("s.starts_at >= CAST(? AS timestamptz)", Timestamp.from(filter.start()));
    where.and("s.starts_at < CAST(? AS timestamptz)", Timestamp.from(filter.end()));
    where.andIf(filter.siteId(), "s.site_id = ?");
    where.andIf(filter.format(), "a.format = ?");
    where.andIf(filter.themeId(), "a.theme_id = ?");
    where.andIf(filter.mode(), "s.mode = ?");
    parameters.then(where);
    return """
           scope AS (SELECT s.id, s.status, s.starts_at, s.ends_at, s.capacity, a.format,
           a.theme_id, a.title,
           to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month
           FROM session s JOIN activity a ON a.id = s.activity_id
           WHERE s.status IN ('COMPLETED', 'CANCELLED')%s)
           """
        .formatted(where.toString());
  }

  /** Conditions on the registered person (alias acc), for the people filters. */
  static String people(ReportFilter filter, SqlWhere parameters) {
    SqlWhere own = new SqlWhere();
    own.andIf(filter.audience(), "acc.status = ?");
    own.andIf(filter.region(), "acc.region = ?");
    own.andIf(filter.profession(), "acc.profession = ?");
    parameters.then(own);
    return own.toString();
  }

  /**
   * CTE "sreg": the registrations of the sessions in scope with their session's status, read from
   * the table once (MATERIALIZED) whatever else in the query uses them. Issue 21: each report query
   * used to join attendance to every registration of every year before narrowing to the period.
   */
  static final String REGISTRATIONS =
      """
      sreg AS MATERIALIZED (SELECT r.id, r.session_id, r.account_id, r.status,
      scope.status AS session_status
      FROM registration r JOIN scope ON scope.id = r.session_id)
      """;

  /**
   * CTE "att" (after {@link #REGISTRATIONS}): per registration of a held session in scope with
   * attendance lines, whether the person came (one half-day present or late is enough) and whether
   * they missed it all without excuse, from registration_presence (V26: the lines' counts, kept up
   * to date by triggers on attendance) instead of aggregating the lines each time.
   */
  static final String ATTENDANCE =
      """
      att AS (SELECT p.registration_id, p.present > 0 AS came, p.absent = p.half_days AS no_show
      FROM registration_presence p JOIN sreg ON sreg.id = p.registration_id
      AND sreg.session_status = 'COMPLETED' WHERE p.half_days > 0)
      """;

  /** The join of the registered person (alias acc), needed only when people filters are set. */
  static String account(ReportFilter filter, String registration) {
    return filter.filtersPeople()
        ? " JOIN account acc ON acc.id = " + registration + ".account_id"
        : "";
  }
}
