package fr.relais.establishment;

/**
 * {@link Convention#totalCents(int)} in SQL, for set-based totals (the establishment's page, the
 * activity report): the days are the request's Paris days with a session that was not cancelled;
 * VAT is added in whole cents, rounded to the nearest (half up), as the convention's PDF writes it.
 */
public final class ConventionSql {

  private ConventionSql() {}

  /** CTE "request_days": per request, its days (sessions not cancelled, Paris dates). */
  public static final String REQUEST_DAYS =
      """
      request_days AS (SELECT establishment_request_id AS request_id,
      count(DISTINCT (starts_at AT TIME ZONE 'Europe/Paris')::date) AS days
      FROM session WHERE establishment_request_id IS NOT NULL AND status <> 'CANCELLED'
      GROUP BY establishment_request_id)
      """;

  /** The total including VAT of convention c, with request_days rd left-joined on it. */
  public static final String TOTAL_CENTS;

  static {
    String base =
        "(CASE c.price_basis WHEN 'PER_DAY' THEN c.price_cents * coalesce(rd.days, 0)"
            + " ELSE c.price_cents * c.trainees END)";
    StringBuilder rate = new StringBuilder("(CASE c.vat");
    for (VatStatus vat : VatStatus.values()) {
      rate.append(" WHEN '").append(vat.name()).append("' THEN ").append(vat.ratePercent());
    }
    rate.append(" END)");
    TOTAL_CENTS = "(" + base + " + (" + base + " * " + rate + " + 50) / 100)";
  }
}
