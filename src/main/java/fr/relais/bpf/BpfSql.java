package fr.relais.bpf;

/**
 * The SQL every BPF figure starts from: the year's training sessions (a training action, not
 * cancelled, starting within the Paris year: its two parameters are the bounds) and their half-days
 * with the minutes each one trains, as {@code attendance.HalfDay.of} cuts them (at 13:00 Paris when
 * the session spans it) with the break taken off the morning.
 */
final class BpfSql {

  private BpfSql() {}

  static final String SESSIONS =
      """
      y_session AS (SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.break_minutes, s.mode,
      s.delivery, s.status, s.establishment_request_id,
      ((date_trunc('day', s.starts_at AT TIME ZONE 'Europe/Paris') + interval '13 hours')
      AT TIME ZONE 'Europe/Paris') AS noon
      FROM session s JOIN activity a ON a.id = s.activity_id
      WHERE a.purpose = 'TRAINING' AND s.status <> 'CANCELLED'
      AND s.starts_at >= CAST(? AS timestamptz) AND s.starts_at < CAST(? AS timestamptz))
      """;

  static final String HALVES =
      """
      y_half AS (SELECT id AS session_id, 0 AS half_day,
      greatest(0, round(extract(epoch FROM (CASE WHEN starts_at < noon AND ends_at > noon
      THEN noon ELSE ends_at END) - starts_at) / 60) - break_minutes) AS minutes
      FROM y_session
      UNION ALL SELECT id, 1, round(extract(epoch FROM ends_at - noon) / 60) FROM y_session
      WHERE starts_at < noon AND ends_at > noon)
      """;

  /** A session's trained minutes: its length less its break. */
  static final String SESSION_MINUTES =
      "greatest(0, round(extract(epoch FROM s.ends_at - s.starts_at) / 60) - s.break_minutes)";

  /** A convention's amount excluding VAT (frame C is "hors taxes"), as {@code ConventionSql}. */
  static final String CONVENTION_CENTS =
      "(CASE c.price_basis WHEN 'PER_DAY' THEN c.price_cents * coalesce(rd.days, 0)"
          + " ELSE c.price_cents * c.trainees END)";

  /** Per establishment request: its Paris days and first session (sessions not cancelled). */
  static final String REQUEST_DAYS =
      """
      request_days AS (SELECT establishment_request_id AS request_id,
      count(DISTINCT (starts_at AT TIME ZONE 'Europe/Paris')::date) AS days,
      min(starts_at) AS first_start
      FROM session WHERE establishment_request_id IS NOT NULL AND status <> 'CANCELLED'
      GROUP BY establishment_request_id)
      """;
}
