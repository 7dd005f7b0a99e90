package fr.relais.reporting;

import fr.relais.establishment.ConventionSql;
import fr.relais.survey.CbiScoring;
import fr.relais.survey.ClientOpinion;
import fr.relais.survey.Who5Scoring;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

/**
 * The report queries as they were before issue 21 (commit 89ee90a), copied verbatim, for {@code
 * ReportsBeforeAfterIT}: the same generated data must give the same rows with these and with
 * today's ({@link ReportQueries}, the public results' {@code PublicResults.SQL}). Never used by the
 * application.
 */
final class BeforeIssue21 {

  private static final double WHO5_POOR_PERCENT = Who5Scoring.POOR_BELOW * 4.0;

  private BeforeIssue21() {}

  static List<ReportQuery> of(Reports.Kind kind, ReportFilter filter, Locale locale) {
    return switch (kind) {
      case ACTIVITY -> List.of(byMonth(filter), byPerson(filter), establishments(filter));
      case SATISFACTION ->
          List.of(
              sessions(filter, locale),
              comments(SatisfactionReport.COMMENTS, "'HOT', 'COLD'", filter),
              clients(filter),
              comments(SatisfactionReport.CLIENT_COMMENTS, "'CLIENT'", filter));
      case WELLBEING -> List.of(stats(filter), distribution(filter), changes(filter));
    };
  }

  static ReportQuery byMonth(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        "WITH "
            + ReportSql.scope(filter, p)
            + ", "
            + ATTENDANCE
            + ", reg AS (SELECT r.session_id,"
            + " count(*) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,"
            + " count(*) FILTER (WHERE r.status = 'WAITLISTED') AS waitlisted,"
            + " count(*) FILTER (WHERE r.status = 'CONFIRMED' AND att.came) AS attended,"
            + " count(*) FILTER (WHERE r.status = 'CONFIRMED' AND att.no_show) AS no_show"
            + " FROM registration r JOIN scope ON scope.id = r.session_id"
            + " JOIN account acc ON acc.id = r.account_id"
            + " LEFT JOIN att ON att.registration_id = r.id WHERE true"
            + ReportSql.people(filter, p)
            + " GROUP BY r.session_id)"
            + " SELECT scope.month,"
            + " count(*) FILTER (WHERE scope.status = 'COMPLETED'),"
            + " count(*) FILTER (WHERE scope.status = 'CANCELLED'),"
            + " coalesce(sum(extract(epoch FROM scope.ends_at - scope.starts_at))"
            + "   FILTER (WHERE scope.status = 'COMPLETED'), 0) / 3600.0,"
            + " coalesce(sum(scope.capacity) FILTER (WHERE scope.status = 'COMPLETED'), 0),"
            + " coalesce(sum(reg.confirmed) FILTER (WHERE scope.status = 'COMPLETED'), 0),"
            + " coalesce(sum(reg.waitlisted) FILTER (WHERE scope.status = 'COMPLETED'), 0),"
            + " coalesce(sum(reg.attended) FILTER (WHERE scope.status = 'COMPLETED'), 0),"
            + " coalesce(sum(reg.no_show) FILTER (WHERE scope.status = 'COMPLETED'), 0)"
            + " FROM scope LEFT JOIN reg ON reg.session_id = scope.id"
            + " GROUP BY GROUPING SETS ((scope.month), ()) ORDER BY scope.month NULLS LAST";
    return new ReportQuery(ActivityReport.BY_MONTH, sql, p.parameters());
  }

  static ReportQuery establishments(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String scope = ReportSql.scope(filter, p);
    String people = ReportSql.people(filter, p);
    SqlWhere agreed = new SqlWhere();
    agreed.and("c.accepted_at >= CAST(? AS timestamptz)", Timestamp.from(filter.start()));
    agreed.and("c.accepted_at < CAST(? AS timestamptz)", Timestamp.from(filter.end()));
    agreed.andIf(filter.siteId(), "r.site_id = ?");
    agreed.andIf(filter.format(), "a.format = ?");
    agreed.andIf(filter.themeId(), "a.theme_id = ?");
    p.then(agreed);
    String sql =
        "WITH "
            + scope
            + ", "
            + ATTENDANCE
            + ", "
            + ConventionSql.REQUEST_DAYS
            + ", est AS (SELECT scope.id, r.site_id,"
            + "   (scope.starts_at AT TIME ZONE 'Europe/Paris')::date AS day"
            + "   FROM scope JOIN session s ON s.id = scope.id"
            + "   JOIN establishment_request r ON r.id = s.establishment_request_id"
            + "   WHERE scope.status = 'COMPLETED'),"
            + " facts AS (SELECT site_id, day, NULL::bigint AS person, NULL::bigint AS convention,"
            + "   0::bigint AS cents FROM est"
            + " UNION ALL SELECT est.site_id, NULL, g.account_id, NULL, 0 FROM est"
            + "   JOIN registration g ON g.session_id = est.id AND g.status = 'CONFIRMED'"
            + "   JOIN account acc ON acc.id = g.account_id"
            + "   JOIN att ON att.registration_id = g.id AND att.came WHERE true"
            + people
            + " UNION ALL SELECT r.site_id, NULL, NULL, c.id, "
            + ConventionSql.TOTAL_CENTS
            + "   FROM convention c JOIN establishment_request r ON r.id = c.request_id"
            + "   JOIN activity a ON a.id = r.activity_id"
            + "   LEFT JOIN request_days rd ON rd.request_id = c.request_id"
            + "   WHERE c.status = 'ACCEPTED'"
            + agreed
            + ")"
            + " SELECT st.name, GROUPING(st.id),"
            + " count(DISTINCT (f.site_id, f.day)) FILTER (WHERE f.day IS NOT NULL),"
            + " count(DISTINCT f.person), count(DISTINCT f.convention), coalesce(sum(f.cents), 0)"
            + " FROM facts f JOIN site st ON st.id = f.site_id"
            + " GROUP BY GROUPING SETS ((st.id, st.name), ()) ORDER BY 2, 1";
    return new ReportQuery(ActivityReport.BY_ESTABLISHMENT, sql, p.parameters());
  }

  static ReportQuery byPerson(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        "WITH "
            + ReportSql.scope(filter, p)
            + ", "
            + ATTENDANCE
            + " SELECT acc.status, acc.profession, acc.region,"
            + " GROUPING(acc.status), GROUPING(acc.profession), GROUPING(acc.region),"
            + " count(DISTINCT r.account_id),"
            + " count(DISTINCT r.account_id) FILTER (WHERE att.came),"
            + " count(*), count(*) FILTER (WHERE att.came), count(*) FILTER (WHERE att.no_show)"
            + " FROM registration r JOIN scope ON scope.id = r.session_id"
            + " AND scope.status = 'COMPLETED'"
            + " JOIN account acc ON acc.id = r.account_id"
            + " LEFT JOIN att ON att.registration_id = r.id"
            + " WHERE r.status = 'CONFIRMED'"
            + ReportSql.people(filter, p)
            + " GROUP BY GROUPING SETS ((acc.status), (acc.profession), (acc.region), ())"
            + " ORDER BY 8 DESC";
    return new ReportQuery(ActivityReport.BY_AUDIENCE, sql, p.parameters());
  }

  static ReportQuery clients(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String scope = ReportSql.scope(filter, p);
    String respondent = audience(filter, p);
    String rebook = "'" + ClientOpinion.REBOOK + "'";
    String sql =
        "WITH "
            + scope
            + ", cl AS (SELECT count(DISTINCT sr.id) AS n,"
            + " sum(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0))"
            + "   FILTER (WHERE qi.type = 'LIKERT' AND qi.scale IS DISTINCT FROM "
            + rebook
            + ") AS ls,"
            + " count(*) FILTER (WHERE qi.type = 'LIKERT' AND ch.hi > ch.lo"
            + "   AND qi.scale IS DISTINCT FROM "
            + rebook
            + ") AS lc,"
            + " count(*) FILTER (WHERE qi.scale = "
            + rebook
            + "   AND sa.number_value >= ch.lo + 0.5 * (ch.hi - ch.lo)) AS ys,"
            + " count(*) FILTER (WHERE qi.scale = "
            + rebook
            + ") AS yc"
            + " FROM survey_response sr"
            + " JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'CLIENT'"
            + " JOIN scope ON scope.id = sr.session_id AND scope.status = 'COMPLETED'"
            + " JOIN survey_answer sa ON sa.response_id = sr.id AND sa.number_value IS NOT NULL"
            + " JOIN questionnaire_item qi ON qi.id = sa.item_id"
            + " LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi FROM item_choice"
            + "   GROUP BY item_id) ch ON ch.item_id = qi.id"
            + " WHERE sr.submitted"
            + respondent
            + ")"
            + " SELECT cl.n, cl.ls, cl.lc, cl.ys, cl.yc,"
            + " (SELECT count(*) FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
            + "   AND c.phase = 'CLIENT' JOIN scope ON scope.id = i.session_id"
            + "   AND scope.status = 'COMPLETED')"
            + " FROM cl";
    return new ReportQuery("satisfaction-clients", sql, p.parameters());
  }

  static ReportQuery comments(String id, String phases, ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        "WITH "
            + ReportSql.scope(filter, p)
            + " SELECT sa.text_value, count(*) FROM survey_answer sa"
            + " JOIN survey_response sr ON sr.id = sa.response_id AND sr.submitted"
            + " JOIN campaign c ON c.id = sr.campaign_id AND c.phase IN ("
            + phases
            + ")"
            + " JOIN scope ON scope.id = sr.session_id AND scope.status = 'COMPLETED'"
            + " WHERE sa.text_value IS NOT NULL"
            + audience(filter, p)
            + " GROUP BY sa.text_value ORDER BY count(*) DESC, 1 LIMIT 30";
    return new ReportQuery(id, sql, p.parameters());
  }

  static ReportQuery sessions(ReportFilter filter, Locale locale) {
    SqlWhere p = new SqlWhere();
    String scope = ReportSql.scope(filter, p);
    String respondent = audience(filter, p);
    String sql =
        "WITH "
            + scope
            + ", agg AS (SELECT sr.session_id, c.phase, count(DISTINCT sr.id) AS n,"
            + " sum(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0))"
            + "   FILTER (WHERE qi.type = 'LIKERT') AS ls,"
            + " count(*) FILTER (WHERE qi.type = 'LIKERT' AND ch.hi > ch.lo) AS lc,"
            + " count(*) FILTER (WHERE qi.scale = 'objectives'"
            + "   AND sa.number_value >= ch.lo + 0.75 * (ch.hi - ch.lo)) AS os,"
            + " count(*) FILTER (WHERE qi.scale = 'objectives') AS oc,"
            + " sum(sa.number_value) FILTER (WHERE qi.type = 'RATING') AS rs,"
            + " count(*) FILTER (WHERE qi.type = 'RATING') AS rc"
            + " FROM survey_response sr"
            + " JOIN campaign c ON c.id = sr.campaign_id AND c.phase IN ('HOT', 'COLD')"
            + " JOIN scope ON scope.id = sr.session_id AND scope.status = 'COMPLETED'"
            + " JOIN survey_answer sa ON sa.response_id = sr.id AND sa.number_value IS NOT NULL"
            + " JOIN questionnaire_item qi ON qi.id = sa.item_id"
            + " LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi FROM item_choice"
            + "   GROUP BY item_id) ch ON ch.item_id = qi.id"
            + " WHERE sr.submitted"
            + respondent
            + " GROUP BY sr.session_id, c.phase),"
            + " inv AS (SELECT i.session_id, c.phase, count(*) AS invited"
            + " FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
            + " AND c.phase IN ('HOT', 'COLD') JOIN scope ON scope.id = i.session_id"
            + " GROUP BY i.session_id, c.phase)"
            + " SELECT scope.id, scope.title, scope.starts_at, scope.format,"
            + " CASE WHEN ? THEN th.name_fr ELSE coalesce(th.name_en, th.name_fr) END,"
            + " (SELECT string_agg(t.first_name || ' ' || t.last_name, '|' ORDER BY t.last_name)"
            + "   FROM session_trainer st JOIN account t ON t.id = st.account_id"
            + "   WHERE st.session_id = scope.id),"
            + " h.n, h.ls, h.lc, h.os, h.oc, h.rs, h.rc, ih.invited, c.n, c.ls, c.lc, ic.invited"
            + " FROM scope JOIN theme th ON th.id = scope.theme_id"
            + " LEFT JOIN agg h ON h.session_id = scope.id AND h.phase = 'HOT'"
            + " LEFT JOIN agg c ON c.session_id = scope.id AND c.phase = 'COLD'"
            + " LEFT JOIN inv ih ON ih.session_id = scope.id AND ih.phase = 'HOT'"
            + " LEFT JOIN inv ic ON ic.session_id = scope.id AND ic.phase = 'COLD'"
            + " WHERE scope.status = 'COMPLETED' ORDER BY scope.starts_at";
    p.value(Locale.FRENCH.getLanguage().equals(locale.getLanguage()));
    return new ReportQuery(SatisfactionReport.BY_SESSION, sql, p.parameters());
  }

  static ReportQuery stats(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        "WITH "
            + scoped(filter, p)
            + " SELECT code, scale, format, status, GROUPING(format), GROUPING(status), count(*),"
            + " avg(score), count(*) FILTER (WHERE (code = 'WHO5' AND score < ?)"
            + "   OR (code = 'CBI' AND score >= ?))"
            + " FROM w GROUP BY GROUPING SETS ((code, scale), (code, scale, format),"
            + " (code, scale, status))";
    p.value(WHO5_POOR_PERCENT).value(CbiScoring.HIGH);
    return new ReportQuery(WellbeingReport.SCORES, sql, p.parameters());
  }

  static ReportQuery distribution(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        "WITH "
            + scoped(filter, p)
            + " SELECT code, scale, CASE WHEN code = 'PSS10' THEN least(floor(score / 10), 3)"
            + " ELSE least(floor(score / 20), 4) END AS band, count(*)"
            + " FROM w GROUP BY 1, 2, 3";
    return new ReportQuery(WellbeingReport.DISTRIBUTION, sql, p.parameters());
  }

  static ReportQuery changes(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        "WITH "
            + scoped(filter, p)
            + ", pairs AS (SELECT af.code, af.scale, af.format, af.status, b.score AS before,"
            + " af.score AS after, af.score - b.score AS change FROM w af"
            + " JOIN LATERAL (SELECT sc.score::float8 AS score FROM survey_response sr2"
            + "   JOIN campaign c2 ON c2.id = sr2.campaign_id AND c2.phase = 'BEFORE'"
            + "   JOIN survey_score sc ON sc.response_id = sr2.id AND sc.scale = af.scale"
            + "   WHERE sr2.pseudonym = af.pseudonym AND sr2.questionnaire_id = af.questionnaire_id"
            + "   AND sr2.submitted AND sr2.submitted_on <= af.submitted_on"
            + "   ORDER BY sr2.submitted_on DESC, sr2.id DESC LIMIT 1) b ON true"
            + " WHERE af.phase = 'AFTER')"
            + " SELECT code, scale, format, status, GROUPING(format), GROUPING(status), count(*),"
            + " avg(before), avg(after), avg(change), coalesce(stddev_samp(change), 0),"
            + " count(*) FILTER (WHERE code = 'WHO5' AND change >= ?)"
            + " FROM pairs GROUP BY GROUPING SETS ((code, scale), (code, scale, format),"
            + " (code, scale, status)) ORDER BY 1, 2, 5 DESC, 6 DESC, 3, 4";
    p.value((double) Who5Scoring.MEANINGFUL_CHANGE);
    return new ReportQuery(WellbeingReport.CHANGES, sql, p.parameters());
  }

  private static String scoped(ReportFilter filter, SqlWhere p) {
    SqlWhere where = new SqlWhere();
    where.and("sr.submitted_on >= ?", java.sql.Date.valueOf(filter.from()));
    where.and("sr.submitted_on <= ?", java.sql.Date.valueOf(filter.to()));
    where.andIf(filter.siteId(), "s.site_id = ?");
    where.andIf(filter.format(), "coalesce(a.format, c.format) = ?");
    where.andIf(filter.themeId(), "a.theme_id = ?");
    where.andIf(filter.mode(), "s.mode = ?");
    where.andIf(filter.audience(), "sr.respondent_status = ?");
    p.then(where);
    return "w AS (SELECT sr.id, sr.pseudonym, sr.questionnaire_id, sr.submitted_on,"
        + " sr.respondent_status AS status, c.phase, q.code, sc.scale, sc.score::float8 AS score,"
        + " coalesce(a.format, c.format) AS format"
        + " FROM survey_response sr JOIN campaign c ON c.id = sr.campaign_id"
        + " JOIN questionnaire q ON q.id = sr.questionnaire_id AND q.code IS NOT NULL"
        + " JOIN survey_score sc ON sc.response_id = sr.id"
        + "   AND (q.code <> 'WHO5' OR sc.scale = 'percent')"
        + " LEFT JOIN session s ON s.id = sr.session_id"
        + " LEFT JOIN activity a ON a.id = s.activity_id"
        + " WHERE sr.submitted"
        + where
        + ")";
  }

  /** Answers are pseudonymous: of the people filters, only professional / student applies. */
  private static String audience(ReportFilter filter, SqlWhere p) {
    SqlWhere own = new SqlWhere().andIf(filter.audience(), "sr.respondent_status = ?");
    p.then(own);
    return own.toString();
  }

  /** ReportSql.ATTENDANCE before issue 21. */
  static final String ATTENDANCE =
      "att AS (SELECT t.registration_id, bool_or(t.status IN ('PRESENT', 'LATE')) AS came,"
          + " bool_and(t.status = 'ABSENT') AS no_show"
          + " FROM attendance t JOIN registration r ON r.id = t.registration_id"
          + " JOIN scope ON scope.id = r.session_id AND scope.status = 'COMPLETED'"
          + " GROUP BY t.registration_id)";

  /** PublicResults.SQL before issue 21. */
  static final String PUBLIC_RESULTS =
      "WITH s AS (SELECT se.id, se.activity_id FROM session se"
          + "   JOIN activity a ON a.id = se.activity_id AND a.purpose = 'TRAINING'"
          + "   WHERE se.status = 'COMPLETED' AND se.starts_at >= ? AND se.starts_at < ?),"
          + " halves AS (SELECT r.session_id, count(DISTINCT at.half_day) AS n FROM attendance at"
          + "   JOIN registration r ON r.id = at.registration_id JOIN s ON s.id = r.session_id"
          + "   GROUP BY r.session_id),"
          + " t AS (SELECT r.session_id, r.id,"
          + "   count(*) FILTER (WHERE at.status IN ('PRESENT', 'LATE')) AS present"
          + "   FROM registration r JOIN s ON s.id = r.session_id"
          + "   JOIN attendance at ON at.registration_id = r.id"
          + "   WHERE r.status = 'CONFIRMED' GROUP BY r.session_id, r.id),"
          + " tr AS (SELECT s.activity_id, count(*) FILTER (WHERE t.present > 0) AS trainees,"
          + "   count(*) FILTER (WHERE t.present > 0 AND t.present >= h.n) AS completed"
          + "   FROM t JOIN s ON s.id = t.session_id JOIN halves h ON h.session_id = t.session_id"
          + "   GROUP BY s.activity_id),"
          + " sat AS (SELECT s.activity_id, count(DISTINCT sr.id) AS respondents,"
          + "   sum(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0)) AS ls,"
          + "   count(*) FILTER (WHERE ch.hi > ch.lo) AS lc"
          + "   FROM survey_response sr JOIN s ON s.id = sr.session_id"
          + "   JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'HOT'"
          + "   LEFT JOIN survey_answer sa ON sa.response_id = sr.id AND sa.number_value IS NOT NULL"
          + "     AND EXISTS (SELECT 1 FROM questionnaire_item qi WHERE qi.id = sa.item_id"
          + "     AND qi.type = 'LIKERT')"
          + "   LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi FROM item_choice"
          + "     GROUP BY item_id) ch ON ch.item_id = sa.item_id"
          + "   WHERE sr.submitted GROUP BY s.activity_id)"
          + " SELECT a.id, a.title, (SELECT count(*) FROM s WHERE s.activity_id = a.id),"
          + " coalesce(tr.trainees, 0), coalesce(tr.completed, 0), coalesce(sat.respondents, 0),"
          + " sat.ls, coalesce(sat.lc, 0)"
          + " FROM activity a JOIN (SELECT DISTINCT activity_id FROM s) sa ON sa.activity_id = a.id"
          + " LEFT JOIN tr ON tr.activity_id = a.id LEFT JOIN sat ON sat.activity_id = a.id"
          + " ORDER BY a.title, a.id";
}
