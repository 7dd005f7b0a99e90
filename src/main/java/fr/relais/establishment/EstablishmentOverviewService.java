package fr.relais.establishment;

import fr.relais.kernel.NativeSql;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import fr.relais.site.Site;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One establishment as the association sees it: its contacts, requests, conventions, sessions and
 * totals per year (days held, trainees, amounts agreed). Coordinators only. One set-based query per
 * table, whatever the establishment's history.
 */
@Stateless
public class EstablishmentOverviewService {

  @PersistenceContext private EntityManager em;

  public record ContactRow(
      long accountId,
      String name,
      String email,
      String jobTitle,
      ContactStatus status,
      Instant since,
      boolean erased) {}

  public record RequestRow(
      long id,
      String activity,
      RequestStatus status,
      Instant createdAt,
      Instant updatedAt,
      Instant firstSession,
      LocalDate firstWish) {}

  public record ConventionRow(
      long requestId,
      int number,
      ConventionStatus status,
      long priceCents,
      PriceBasis basis,
      VatStatus vat,
      int trainees,
      long totalCents,
      Instant acceptedAt,
      String acceptedBy) {}

  public record SessionRow(
      long id,
      long requestId,
      String activity,
      Instant startsAt,
      String status,
      long registered,
      long attended) {}

  /** A year's totals: Paris days with a completed session, people present, amounts accepted. */
  public record YearRow(int year, long days, long trainees, long agreedCents) {}

  public record Overview(
      Site site,
      List<ContactRow> contacts,
      List<RequestRow> requests,
      List<ConventionRow> conventions,
      List<SessionRow> sessions,
      List<YearRow> years) {}

  public Overview of(Caller by, long siteId) {
    by.mustCoordinate();
    Site site = em.find(Site.class, siteId);
    if (site == null) {
      throw new NotFoundException("site");
    }
    return new Overview(
        site,
        contacts(siteId),
        requests(siteId),
        conventions(siteId),
        sessions(siteId),
        years(siteId));
  }

  private List<ContactRow> contacts(long site) {
    return rows(
            """
            SELECT a.id, a.first_name || ' ' || a.last_name, a.email, c.job_title, c.status,
            c.created_at, a.erased_at IS NOT NULL
            FROM establishment_contact c JOIN account a ON a.id = c.account_id
            WHERE c.site_id = ? ORDER BY a.last_name, a.first_name, a.id
            """,
            site)
        .stream()
        .map(
            r ->
                new ContactRow(
                    number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ContactStatus.valueOf((String) r[4]),
                    instant(r[5]),
                    (Boolean) r[6]))
        .toList();
  }

  private List<RequestRow> requests(long site) {
    return rows(
            """
            SELECT r.id, a.title, r.status, r.created_at, r.updated_at,
            (SELECT min(s.starts_at) FROM session s WHERE s.establishment_request_id = r.id
            AND s.status <> 'CANCELLED'),
            (SELECT d.day FROM establishment_request_day d WHERE d.request_id = r.id
            ORDER BY d.position LIMIT 1)
            FROM establishment_request r JOIN activity a ON a.id = r.activity_id
            WHERE r.site_id = ? ORDER BY r.created_at DESC, r.id DESC
            """,
            site)
        .stream()
        .map(
            r ->
                new RequestRow(
                    number(r[0]),
                    (String) r[1],
                    RequestStatus.valueOf((String) r[2]),
                    instant(r[3]),
                    instant(r[4]),
                    instant(r[5]),
                    r[6] == null ? null : ((java.sql.Date) r[6]).toLocalDate()))
        .toList();
  }

  private List<ConventionRow> conventions(long site) {
    return rows(
            """
            WITH %s
            SELECT c.request_id, c.number, c.status, c.price_cents, c.price_basis, c.vat, c.trainees, %s, c.accepted_at, c.accepted_by_name
            FROM convention c JOIN establishment_request r ON r.id = c.request_id
            LEFT JOIN request_days rd ON rd.request_id = c.request_id
            WHERE r.site_id = ? ORDER BY c.request_id DESC, c.number DESC
            """
                .formatted(ConventionSql.REQUEST_DAYS, ConventionSql.TOTAL_CENTS),
            site)
        .stream()
        .map(
            r ->
                new ConventionRow(
                    number(r[0]),
                    (int) number(r[1]),
                    ConventionStatus.valueOf((String) r[2]),
                    number(r[3]),
                    PriceBasis.valueOf((String) r[4]),
                    VatStatus.valueOf((String) r[5]),
                    (int) number(r[6]),
                    number(r[7]),
                    instant(r[8]),
                    (String) r[9]))
        .toList();
  }

  private List<SessionRow> sessions(long site) {
    return rows(
            """
            SELECT s.id, s.establishment_request_id, a.title, s.starts_at, s.status,
            count(DISTINCT g.id) FILTER (WHERE g.status = 'CONFIRMED'),
            count(DISTINCT g.id) FILTER (WHERE g.status = 'CONFIRMED'
            AND t.status IN ('PRESENT', 'LATE'))
            FROM session s JOIN establishment_request r ON r.id = s.establishment_request_id
            JOIN activity a ON a.id = s.activity_id
            LEFT JOIN registration g ON g.session_id = s.id
            LEFT JOIN attendance t ON t.registration_id = g.id
            WHERE r.site_id = ?
            GROUP BY s.id, s.establishment_request_id, a.title, s.starts_at, s.status
            ORDER BY s.starts_at DESC, s.id DESC
            """,
            site)
        .stream()
        .map(
            r ->
                new SessionRow(
                    number(r[0]),
                    number(r[1]),
                    (String) r[2],
                    instant(r[3]),
                    (String) r[4],
                    number(r[5]),
                    number(r[6])))
        .toList();
  }

  /**
   * Per Paris year: days with a completed session, distinct people present or late at one of them
   * at least, and the totals of the conventions in force accepted that year.
   */
  private List<YearRow> years(long site) {
    return rows(
            """
            WITH %s, held AS (SELECT s.id,
              (s.starts_at AT TIME ZONE 'Europe/Paris')::date AS day
              FROM session s JOIN establishment_request r
              ON r.id = s.establishment_request_id
              WHERE r.site_id = ? AND s.status = 'COMPLETED'),
            facts AS (SELECT extract(year FROM day)::int AS year, day,
              NULL::bigint AS person, 0::bigint AS cents FROM held
            UNION ALL SELECT extract(year FROM h.day)::int, NULL, g.account_id, 0
              FROM held h JOIN registration g ON g.session_id = h.id
              AND g.status = 'CONFIRMED'
              WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.registration_id = g.id
              AND t.status IN ('PRESENT', 'LATE'))
            UNION ALL SELECT extract(year FROM c.accepted_at AT TIME ZONE 'Europe/Paris')::int,
              NULL, NULL, %s
              FROM convention c JOIN establishment_request r ON r.id = c.request_id
              LEFT JOIN request_days rd ON rd.request_id = c.request_id
              WHERE r.site_id = ? AND c.status = 'ACCEPTED' AND c.accepted_at IS NOT NULL)
            SELECT year, count(DISTINCT day), count(DISTINCT person), sum(cents)
            FROM facts GROUP BY year ORDER BY year DESC
            """
                .formatted(ConventionSql.REQUEST_DAYS, ConventionSql.TOTAL_CENTS),
            site,
            site)
        .stream()
        .map(r -> new YearRow((int) number(r[0]), number(r[1]), number(r[2]), number(r[3])))
        .toList();
  }

  private List<Object[]> rows(String sql, Object... values) {
    return NativeSql.rows(em.createNativeQuery(sql), values);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    return value == null ? null : value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }
}
