package fr.relais.scheduling;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.JpqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sessions as coordinators and trainers list them (every status), filtered and paged in SQL: one
 * query for a page of rows, one for their trainers, one to count.
 */
@ApplicationScoped
public class SessionListRepository {

  private static final String ROW =
      """
      SELECT NEW fr.relais.scheduling.SessionRow(s.id, a.title, a.format, s.startsAt, s.endsAt,
      s.mode, si.name, r.name, s.status, s.capacity, rf.name, s.confirmedGeneral,
      s.confirmedStudents)
      """;
  private static final String FROM =
      """
       FROM Session s JOIN s.activity a LEFT JOIN s.site si LEFT JOIN s.room r
      LEFT JOIN s.reservedFor rf
      """;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<SessionRow> page(SessionFilter filter, int first, int size) {
    return page(filter, first, size, null, false);
  }

  /**
   * A page of rows sorted by a column of {@link SessionSort} (null: soonest first, or for past
   * sessions the latest first).
   */
  public List<SessionRow> page(
      SessionFilter filter, int first, int size, String sortColumn, boolean descending) {
    JpqlWhere where = where(filter);
    period(where, filter.getPeriod());
    String order =
        filter.getPeriod() == null && sortColumn == null
            ? " ORDER BY s.startsAt, s.id"
            : SessionSort.orderBy(sortColumn, descending, filter.getPeriod());
    TypedQuery<SessionRow> query = em.createQuery(ROW + FROM + where + order, SessionRow.class);
    where.bind(query);
    List<SessionRow> rows = query.setFirstResult(first).setMaxResults(size).getResultList();
    attachTrainers(rows);
    return rows;
  }

  public long count(SessionFilter filter) {
    JpqlWhere where = where(filter);
    period(where, filter.getPeriod());
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(s)" + FROM + where, Long.class);
    where.bind(query);
    return query.getSingleResult();
  }

  /** Sessions starting in [from, to), for a calendar; drafts only when asked for. */
  public List<SessionRow> between(
      Instant from, Instant to, SessionFilter filter, boolean withDrafts) {
    JpqlWhere where = where(filter);
    where.add("s.startsAt >= :rangeFrom", "rangeFrom", from);
    where.add("s.startsAt < :rangeTo", "rangeTo", to);
    where.add("s.status <> :cancelled", "cancelled", SessionStatus.CANCELLED);
    if (!withDrafts) {
      where.add("s.status <> :draft", "draft", SessionStatus.DRAFT);
    }
    TypedQuery<SessionRow> query =
        em.createQuery(ROW + FROM + where + " ORDER BY s.startsAt", SessionRow.class);
    where.bind(query);
    return query.setMaxResults(2000).getResultList();
  }

  /** Upcoming: not over yet (a session under way included); past: over. */
  private void period(JpqlWhere where, SessionPeriod period) {
    if (period == SessionPeriod.UPCOMING) {
      where.add("s.endsAt > :periodNow", "periodNow", clock.instant());
    } else if (period == SessionPeriod.PAST) {
      where.add("s.endsAt <= :periodNow", "periodNow", clock.instant());
    }
  }

  private void attachTrainers(List<SessionRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Map<Long, String> names =
        em.createQuery(
                """
                SELECT s.id, t.firstName, t.lastName FROM Session s JOIN s.trainers t
                WHERE s.id IN :ids ORDER BY t.lastName
                """,
                Object[].class)
            .setParameter("ids", rows.stream().map(SessionRow::getId).toList())
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    row -> (Long) row[0],
                    Collectors.mapping(row -> row[1] + " " + row[2], Collectors.joining(", "))));
    rows.forEach(row -> row.setTrainers(names.getOrDefault(row.getId(), "")));
  }

  private static JpqlWhere where(SessionFilter f) {
    JpqlWhere where = new JpqlWhere();
    if (f.getStatus() != null) {
      where.add("s.status = :status", "status", f.getStatus());
    }
    if (f.getFormat() != null) {
      where.add("a.format = :format", "format", f.getFormat());
    }
    if (f.getSiteId() != null) {
      where.add("si.id = :site", "site", f.getSiteId());
    }
    if (f.getSeriesId() != null) {
      where.add("s.series.id = :series", "series", f.getSeriesId());
    }
    if (f.getTrainerId() != null) {
      where.add(
          "EXISTS (SELECT t FROM Session s2 JOIN s2.trainers t WHERE s2 = s AND t.id = :trainer)",
          "trainer",
          f.getTrainerId());
    }
    if (f.getFrom() != null) {
      where.add("s.startsAt >= :from", "from", startOf(f.getFrom()));
    }
    if (f.getTo() != null) {
      where.add("s.startsAt < :to", "to", startOf(f.getTo().plusDays(1)));
    }
    if (f.getText() != null && !f.getText().isBlank()) {
      where.add(
          "LOWER(a.title) LIKE :text ESCAPE '\\\\'", "text", "%" + escapeLike(f.getText()) + "%");
    }
    return where;
  }

  private static String escapeLike(String text) {
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ClockProducer.PARIS).toInstant();
  }
}
