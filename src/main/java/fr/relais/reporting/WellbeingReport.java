package fr.relais.reporting;

import fr.relais.survey.CbiScoring;
import fr.relais.survey.Pss10Scoring;
import fr.relais.survey.Who5Scoring;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wellbeing dashboard, from validated instruments' scores only (pseudonymous answers): scores
 * per instrument with the share past its threshold, their distribution, by format and audience, and
 * the change between linked before/after answers with its 95 % confidence interval. Every figure
 * drawn from fewer than five respondents is hidden.
 */
@Stateless
public class WellbeingReport {

  static final String SCORES = "wellbeing-scores";
  static final String BY_FORMAT = "wellbeing-by-format";
  static final String BY_AUDIENCE = "wellbeing-by-audience";
  static final String CHANGES = "wellbeing-changes";
  static final String DISTRIBUTION = "wellbeing-distribution";

  /** The scales reported, in order: WHO-5 as a percentage, PSS-10 total, the three CBI scales. */
  static final List<Scale> SCALES =
      List.of(
          new Scale(Who5Scoring.CODE, Who5Scoring.PERCENT),
          new Scale(Pss10Scoring.CODE, Pss10Scoring.TOTAL),
          new Scale(CbiScoring.CODE, CbiScoring.PERSONAL),
          new Scale(CbiScoring.CODE, CbiScoring.WORK),
          new Scale(CbiScoring.CODE, CbiScoring.PATIENT));

  /** One scale of an instrument: its questionnaire's code and the scale's name. */
  record Scale(String code, String name) {

    /** "code/scale", the key of its overall figures. */
    String key() {
      return code + "/" + name;
    }

    String label(Labels labels) {
      return labels.get("report.scale." + code + "." + name);
    }

    boolean isPss10() {
      return Pss10Scoring.CODE.equals(code);
    }

    boolean isWho5() {
      return Who5Scoring.CODE.equals(code);
    }
  }

  /**
   * A row of a query grouped by scale with GROUPING SETS: overall, by format or by audience
   * (GROUPING(x) is 0 where the row is one of x's values).
   */
  interface ScaleRow {
    String code();

    String scale();

    String format();

    String status();

    long withoutFormat();

    long withoutStatus();

    default Scale scaleOf() {
      return new Scale(code(), scale());
    }

    default boolean byFormat() {
      return withoutFormat() == 0;
    }

    default boolean byAudience() {
      return !byFormat() && withoutStatus() == 0;
    }

    /** "code/scale", "code/scale/f:FORMAT" or "code/scale/a:STATUS". */
    default String key() {
      String key = scaleOf().key();
      return byFormat() ? key + "/f:" + format() : byAudience() ? key + "/a:" + status() : key;
    }
  }

  /** The scales of the by-format and by-audience tables (one per instrument keeps them legible). */
  private static final List<Integer> MAIN_SCALES = List.of(0, 1, 3);

  private static final double WHO5_POOR_PERCENT = Who5Scoring.POOR_BELOW * 4.0;

  @Inject private ReportRepository queries;

  public Dashboard build(ReportFilter filter, Locale locale, Clearance clearance) {
    filter.checked();
    queries.roomToAggregate();
    Labels labels = new Labels(locale);
    Map<String, Stats> stats = stats(filter);
    ReportTable scores = scores(stats, labels, clearance);
    ReportTable formats = breakdown(BY_FORMAT, stats, labels, clearance, "Format", "f:");
    ReportTable audiences =
        breakdown(BY_AUDIENCE, stats, labels, clearance, "ParticipantStatus", "a:");
    ReportTable distribution = distribution(filter, labels, clearance);
    ReportTable changes = changes(filter, labels, clearance);
    List<Dashboard.Headline> headlines = new ArrayList<>();
    for (int i : MAIN_SCALES) {
      ReportTable.Row row = scores.rows().get(i);
      headlines.add(new Dashboard.Headline(row.label(), row.figure(1)));
    }
    return new Dashboard(
        labels.get("report.wellbeing.title"),
        headlines,
        List.of(
            new Dashboard.Section(scores, null),
            new Dashboard.Section(distribution, Chart.of(distribution, Chart.Type.BAR, 0, 2)),
            new Dashboard.Section(formats, null),
            new Dashboard.Section(audiences, null),
            new Dashboard.Section(changes, null)),
        stats.isEmpty());
  }

  /**
   * Count, mean and count past threshold, keyed "code/scale", "code/scale/f:FORMAT", "…/a:STATUS".
   */
  record Stats(long n, Double mean, long past) {}

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
    return """
           w AS (SELECT sr.id, sr.pseudonym, sr.questionnaire_id, sr.submitted_on,
           sr.respondent_status AS status, c.phase, q.code, sc.scale, sc.score::float8 AS score,
           coalesce(a.format, c.format) AS format
           FROM survey_response sr JOIN campaign c ON c.id = sr.campaign_id
           JOIN questionnaire q ON q.id = sr.questionnaire_id AND q.code IS NOT NULL
           JOIN survey_score sc ON sc.response_id = sr.id
             AND (q.code <> 'WHO5' OR sc.scale = 'percent')
           LEFT JOIN session s ON s.id = sr.session_id
           LEFT JOIN activity a ON a.id = s.activity_id
           WHERE sr.submitted%s)
           """
        .formatted(where);
  }

  static ReportQuery statsQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        """
        WITH %s
        SELECT code, scale, format, status, GROUPING(format) AS without_format,
        GROUPING(status) AS without_status, count(*) AS n, avg(score) AS mean,
        count(*) FILTER (WHERE (code = 'WHO5' AND score < ?)
          OR (code = 'CBI' AND score >= ?)) AS past
        FROM w GROUP BY GROUPING SETS ((code, scale), (code, scale, format),
        (code, scale, status))
        """
            .formatted(scoped(filter, p));
    p.value(WHO5_POOR_PERCENT).value(CbiScoring.HIGH);
    return new ReportQuery(SCORES, sql, p.parameters());
  }

  /** A row of {@link #statsQuery}: one instrument's scale, overall, by format or by audience. */
  record StatsRow(
      String code,
      String scale,
      String format,
      String status,
      long withoutFormat,
      long withoutStatus,
      long n,
      Double mean,
      long past)
      implements ScaleRow {}

  private Map<String, Stats> stats(ReportFilter filter) {
    Map<String, Stats> stats = new HashMap<>();
    for (StatsRow r : queries.records(statsQuery(filter), StatsRow.class)) {
      stats.put(r.key(), new Stats(r.n(), r.mean(), r.past()));
    }
    return stats;
  }

  private ReportTable scores(Map<String, Stats> stats, Labels labels, Clearance clearance) {
    ReportTable.Builder table =
        ReportTable.builder(
                SCORES, labels.get("report.wellbeing.scores"), labels.get("report.wellbeing.scale"))
            .column(labels.get("report.wellbeing.respondents"), 0)
            .column(labels.get("report.wellbeing.mean"), 0)
            .column(labels.get("report.wellbeing.past"), 0);
    for (Scale scale : SCALES) {
      Stats s = stats.getOrDefault(scale.key(), new Stats(0, null, 0));
      table.row(
          scale.label(labels),
          new long[] {s.n()},
          List.of(Figure.count(s.n()), Figure.decimal(s.mean()), past(scale, s)));
    }
    return table.build(clearance);
  }

  private static Figure past(Scale scale, Stats s) {
    return scale.isPss10() || s.n() == 0 ? Figure.percent(null) : Figure.share(s.past(), s.n());
  }

  /** One row per format (or audience), the three instruments side by side. */
  private ReportTable breakdown(
      String id,
      Map<String, Stats> stats,
      Labels labels,
      Clearance clearance,
      String enumName,
      String prefix) {
    ReportTable.Builder table =
        ReportTable.builder(
            id,
            labels.get("report." + id.replace('-', '.')),
            labels.get("report.activity.group." + enumName));
    for (int g = 0; g < MAIN_SCALES.size(); g++) {
      String name = SCALES.get(MAIN_SCALES.get(g)).label(labels);
      table
          .column(labels.get("report.wellbeing.respondentsOf", name), g)
          .column(labels.get("report.wellbeing.meanOf", name), g);
    }
    List<String> values =
        stats.keySet().stream()
            .filter(k -> k.contains("/" + prefix))
            .map(k -> k.substring(k.indexOf("/" + prefix) + prefix.length() + 1))
            .distinct()
            .sorted()
            .toList();
    for (String value : values) {
      addRow(
          table,
          labels.value(enumName, "null".equals(value) ? null : value),
          stats,
          "/" + prefix + value);
    }
    if (!values.isEmpty()) {
      addRow(table, labels.get("report.total"), stats, "");
    }
    return table.build(clearance);
  }

  private static void addRow(
      ReportTable.Builder table, String label, Map<String, Stats> stats, String suffix) {
    long[] people = new long[MAIN_SCALES.size()];
    List<Figure> figures = new ArrayList<>();
    for (int g = 0; g < MAIN_SCALES.size(); g++) {
      Scale scale = SCALES.get(MAIN_SCALES.get(g));
      Stats s = stats.getOrDefault(scale.key() + suffix, new Stats(0, null, 0));
      people[g] = s.n();
      figures.add(Figure.count(s.n()));
      figures.add(Figure.decimal(s.mean()));
    }
    if (suffix.isEmpty()) {
      table.total(label, people, figures);
    } else {
      table.row(label, people, figures);
    }
  }

  /** Respondents per band of 20 points (10 for the PSS-10, out of 40). */
  static ReportQuery distributionQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        """
        WITH %s
        SELECT code, scale, CASE WHEN code = 'PSS10' THEN least(floor(score / 10), 3)
        ELSE least(floor(score / 20), 4) END AS band, count(*) AS respondents
        FROM w GROUP BY 1, 2, 3
        """
            .formatted(scoped(filter, p));
    return new ReportQuery(DISTRIBUTION, sql, p.parameters());
  }

  /** A row of {@link #distributionQuery}: respondents of a scale within a band. */
  record Band(String code, String scale, int band, long respondents) {}

  private ReportTable distribution(ReportFilter filter, Labels labels, Clearance clearance) {
    Map<String, Long> counts = new HashMap<>();
    for (Band b : queries.records(distributionQuery(filter), Band.class)) {
      counts.put(new Scale(b.code(), b.scale()).key() + "/" + b.band(), b.respondents());
    }
    ReportTable.Builder table =
        ReportTable.builder(
            DISTRIBUTION,
            labels.get("report.wellbeing.distribution"),
            labels.get("report.wellbeing.band"));
    for (int g = 0; g < SCALES.size(); g++) {
      table.column(SCALES.get(g).label(labels), g);
    }
    long[] totals = new long[SCALES.size()];
    for (int band = 0; band < 5; band++) {
      long[] people = new long[SCALES.size()];
      List<Figure> figures = new ArrayList<>();
      for (int g = 0; g < SCALES.size(); g++) {
        Scale scale = SCALES.get(g);
        boolean pss = scale.isPss10();
        Long n = counts.get(scale.key() + "/" + band);
        people[g] = n == null ? 0 : n;
        totals[g] += people[g];
        figures.add(pss && band == 4 ? Figure.none(Figure.Kind.COUNT) : Figure.count(people[g]));
      }
      table.row(labels.get("report.wellbeing.band." + band), people, figures);
    }
    if (Arrays.stream(totals).sum() > 0) {
      List<Figure> figures = new ArrayList<>();
      for (long t : totals) {
        figures.add(Figure.count(t));
      }
      table.total(labels.get("report.total"), totals, figures);
    }
    return table.build(clearance);
  }

  /**
   * Linked pairs: each "after" answer of the period with the same person's latest "before" answer
   * to the same instrument (same pseudonym), overall, by format and by audience.
   */
  static ReportQuery changesQuery(ReportFilter filter) {
    SqlWhere p = new SqlWhere();
    String sql =
        """
        WITH %s, pairs AS (SELECT af.code, af.scale, af.format, af.status, b.score AS before,
        af.score AS after, af.score - b.score AS change FROM w af
        JOIN LATERAL (SELECT sc.score::float8 AS score FROM survey_response sr2
          JOIN campaign c2 ON c2.id = sr2.campaign_id AND c2.phase = 'BEFORE'
          JOIN survey_score sc ON sc.response_id = sr2.id AND sc.scale = af.scale
          WHERE sr2.pseudonym = af.pseudonym AND sr2.questionnaire_id = af.questionnaire_id
          AND sr2.submitted AND sr2.submitted_on <= af.submitted_on
          ORDER BY sr2.submitted_on DESC, sr2.id DESC LIMIT 1) b ON true
        WHERE af.phase = 'AFTER')
        SELECT code, scale, format, status, GROUPING(format) AS without_format,
        GROUPING(status) AS without_status, count(*) AS pairs, avg(before) AS mean_before,
        avg(after) AS mean_after, avg(change) AS mean_change,
        coalesce(stddev_samp(change), 0) AS sd_change,
        count(*) FILTER (WHERE code = 'WHO5' AND change >= ?) AS improved
        FROM pairs GROUP BY GROUPING SETS ((code, scale), (code, scale, format),
        (code, scale, status)) ORDER BY 1, 2, 5 DESC, 6 DESC, 3, 4
        """
            .formatted(scoped(filter, p));
    p.value((double) Who5Scoring.MEANINGFUL_CHANGE);
    return new ReportQuery(CHANGES, sql, p.parameters());
  }

  /**
   * A row of {@link #changesQuery}: the linked pairs of a scale, overall, by format or audience.
   */
  record ChangeRow(
      String code,
      String scale,
      String format,
      String status,
      long withoutFormat,
      long withoutStatus,
      long pairs,
      double meanBefore,
      double meanAfter,
      double meanChange,
      double sdChange,
      long improved)
      implements ScaleRow {}

  private ReportTable changes(ReportFilter filter, Labels labels, Clearance clearance) {
    ReportTable.Builder table =
        ReportTable.builder(
                CHANGES,
                labels.get("report.wellbeing.changes"),
                labels.get("report.wellbeing.scale"))
            .column(labels.get("report.wellbeing.pairs"), 0)
            .column(labels.get("report.wellbeing.before"), 0)
            .column(labels.get("report.wellbeing.after"), 0)
            .column(labels.get("report.wellbeing.change"), 0)
            .column(labels.get("report.wellbeing.ciLow"), 0)
            .column(labels.get("report.wellbeing.ciHigh"), 0)
            .column(labels.get("report.wellbeing.improved"), 0);
    // Per scale, its overall row then its rows by audience and by format, each adding up to it.
    int overall = -1;
    List<Integer> byAudience = new ArrayList<>();
    List<Integer> byFormat = new ArrayList<>();
    for (ChangeRow r : queries.records(changesQuery(filter), ChangeRow.class)) {
      Scale scale = r.scaleOf();
      String label = scale.label(labels);
      if (r.byFormat()) {
        label += " – " + labels.value("Format", r.format());
        byFormat.add(table.rowCount());
      } else if (r.byAudience()) {
        label += " – " + labels.value("ParticipantStatus", r.status());
        byAudience.add(table.rowCount());
      } else {
        declareParts(table, overall, byAudience, byFormat);
        overall = table.rowCount();
      }
      int pairs = (int) r.pairs();
      List<Figure> figures = new ArrayList<>();
      figures.add(Figure.count(pairs));
      figures.add(Figure.decimal(r.meanBefore()));
      figures.add(Figure.decimal(r.meanAfter()));
      if (pairs >= 2) {
        PairedChange change = PairedChange.of(pairs, r.meanChange(), r.sdChange(), r.improved());
        figures.add(Figure.change(change.mean()));
        figures.add(Figure.change(change.low()));
        figures.add(Figure.change(change.high()));
        figures.add(scale.isWho5() ? Figure.percent(change.improvedShare()) : Figure.percent(null));
      } else {
        figures.add(Figure.change(null));
        figures.add(Figure.change(null));
        figures.add(Figure.change(null));
        figures.add(Figure.percent(null));
      }
      table.row(label, new long[] {pairs}, figures);
    }
    declareParts(table, overall, byAudience, byFormat);
    return table.build(clearance);
  }

  private static void declareParts(
      ReportTable.Builder table, int overall, List<Integer> byAudience, List<Integer> byFormat) {
    if (overall >= 0) {
      table.parts(overall, byAudience).parts(overall, byFormat);
    }
    byAudience.clear();
    byFormat.clear();
  }
}
