package fr.relais.quality;

import fr.relais.kernel.ClockProducer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public results page (Qualiopi indicator 2): per training action and overall, for the last
 * closed year and the current year to date, the trainees (confirmed registrations present at least
 * one half-day), completion (present at every half-day of their session), hot satisfaction (out of
 * 5, as the satisfaction dashboard scores Likert answers) and the sessions held. Never a prevention
 * activity, a cancelled registration or an absent half-day. Small cells are cleared by {@link
 * ResultsTable}.
 */
@Stateless
public class PublicResults {

  @Inject private QualityRepository repository;
  @Inject private Clock clock;

  public Results build() {
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    LocalDate yearStart = today.withDayOfYear(1);
    List<ResultsTable> periods = new ArrayList<>();
    periods.add(period(yearStart.minusYears(1), yearStart, yearStart.minusDays(1)));
    periods.add(period(yearStart, today.plusDays(1), today));
    return new Results(today, periods);
  }

  /** One period [from, to) in Paris days; last: the last day it covers, for the heading. */
  public ResultsTable period(LocalDate from, LocalDate to, LocalDate last) {
    List<ResultsTable.Line> lines =
        repository.publicResults(
            from.atStartOfDay(ClockProducer.PARIS).toInstant(),
            to.atStartOfDay(ClockProducer.PARIS).toInstant());
    return ResultsTable.of(from, last, lines);
  }

  /**
   * Per training activity with a session held in the period: sessions held, trainees, those who
   * completed, hot respondents, the sum and count of their Likert answers scored 1–5.
   */
  public static final String SQL =
      """
      WITH s AS (SELECT se.id, se.activity_id FROM session se
        JOIN activity a ON a.id = se.activity_id AND a.purpose = 'TRAINING'
        WHERE se.status = 'COMPLETED' AND se.starts_at >= ? AND se.starts_at < ?),
      -- The registrations of the period first, read once, then their attendance (issue 21: joining
      -- attendance to every registration of every year came first before).
      sreg AS MATERIALIZED (SELECT r.session_id, r.id, r.status FROM registration r
        JOIN s ON s.id = r.session_id),
      att_line AS MATERIALIZED (SELECT sreg.session_id, sreg.id, sreg.status, at.half_day,
        at.status AS presence FROM sreg JOIN attendance at ON at.registration_id = sreg.id),
      halves AS (SELECT session_id, count(DISTINCT half_day) AS n FROM att_line
        GROUP BY session_id),
      t AS (SELECT session_id, id,
        count(*) FILTER (WHERE presence IN ('PRESENT', 'LATE')) AS present
        FROM att_line WHERE status = 'CONFIRMED' GROUP BY session_id, id),
      tr AS (SELECT s.activity_id, count(*) FILTER (WHERE t.present > 0) AS trainees,
        count(*) FILTER (WHERE t.present > 0 AND t.present >= h.n) AS completed
        FROM t JOIN s ON s.id = t.session_id JOIN halves h ON h.session_id = t.session_id
        GROUP BY s.activity_id),
      sat AS (SELECT s.activity_id, count(DISTINCT sr.id) AS respondents,
        sum(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0)) AS ls,
        count(*) FILTER (WHERE ch.hi > ch.lo) AS lc
        FROM survey_response sr JOIN s ON s.id = sr.session_id
        JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'HOT'
        LEFT JOIN survey_answer sa ON sa.response_id = sr.id AND sa.number_value IS NOT NULL
          AND EXISTS (SELECT 1 FROM questionnaire_item qi WHERE qi.id = sa.item_id
          AND qi.type = 'LIKERT')
        LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi FROM item_choice
          GROUP BY item_id) ch ON ch.item_id = sa.item_id
        WHERE sr.submitted GROUP BY s.activity_id)
      SELECT a.id AS activity_id, a.title, (SELECT count(*) FROM s WHERE s.activity_id = a.id)
        AS sessions,
      coalesce(tr.trainees, 0) AS trainees, coalesce(tr.completed, 0) AS completed,
      coalesce(sat.respondents, 0) AS respondents, sat.ls AS likert_sum,
      coalesce(sat.lc, 0) AS likert_count
      FROM activity a JOIN (SELECT DISTINCT activity_id FROM s) sa ON sa.activity_id = a.id
      LEFT JOIN tr ON tr.activity_id = a.id LEFT JOIN sat ON sat.activity_id = a.id
      ORDER BY a.title, a.id
      """;

  /** The page's content: the day it is dated and its periods (last closed year, this year). */
  public record Results(LocalDate asOf, List<ResultsTable> periods) {

    public LocalDate getAsOf() {
      return asOf;
    }

    public List<ResultsTable> getPeriods() {
      return periods;
    }
  }
}
