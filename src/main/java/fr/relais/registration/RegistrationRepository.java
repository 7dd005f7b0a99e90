package fr.relais.registration;

import fr.relais.kernel.NativeSql;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registrations in the database, and the seat counters of sessions. Seats are claimed by
 * conditional updates: the row changes only if a seat of that kind is free, so no code path can
 * overbook (the table's CHECK constraints guard the same rule).
 */
@ApplicationScoped
public class RegistrationRepository {

  @PersistenceContext private EntityManager em;

  /** The session as it is, nothing fetched with it, for a page about its registrations. */
  public Optional<Session> findSession(long sessionId) {
    return Optional.ofNullable(em.find(Session.class, sessionId));
  }

  /** The session, its row locked until the transaction ends: one registration at a time. */
  public Optional<Session> lockSession(long sessionId) {
    return Optional.ofNullable(em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The session with what the registration rules read (activity, reserved site), no lock. */
  public Optional<Session> session(long sessionId) {
    return em.createQuery(
            "SELECT s FROM Session s JOIN FETCH s.activity LEFT JOIN FETCH s.reservedFor WHERE s.id = :id",
            Session.class)
        .setParameter("id", sessionId)
        .getResultStream()
        .findFirst();
  }

  /**
   * What registering reads from the session's row once it is locked: the row's latest version (FOR
   * UPDATE waits for the holder, then reads what it committed), so the seat decision is exact.
   */
  public record SeatRow(
      SessionStatus status,
      int generalFree,
      int studentFree,
      int waitlistLimit,
      boolean ofRequest) {

    /** A student seat first for students, else a general one; null when none is free. */
    public Seat seatFor(boolean student) {
      if (student && studentFree > 0) {
        return Seat.STUDENT;
      }
      return generalFree > 0 ? Seat.GENERAL : null;
    }
  }

  /** Locks the session's row until the transaction ends; returns its seats as they are now. */
  public SeatRow lockSeats(long sessionId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    """
                    SELECT status, capacity - student_seats - confirmed_general,
                    student_seats - confirmed_students, coalesce(waitlist_limit, capacity),
                    establishment_request_id IS NOT NULL FROM session WHERE id = ? FOR UPDATE
                    """)
                .setParameter(1, sessionId)
                .getSingleResult();
    return new SeatRow(
        SessionStatus.valueOf((String) row[0]),
        ((Number) row[1]).intValue(),
        ((Number) row[2]).intValue(),
        ((Number) row[3]).intValue(),
        Boolean.TRUE.equals(row[4]));
  }

  /** What an insert gave back: the new row's id and rank, its waitlist place (0 with a seat). */
  public record Inserted(long id, long rank, int waitlistPosition) {}

  private static final String COLUMNS =
      """
      INSERT INTO registration (session_id, account_id, status, seat, registered_at, confirmed_at,
      by_invitation, trainee_category, category_source)
      """;

  // The partial unique index registration_live_key decides "one live registration per person":
  // a second click that got past the first look inserts nothing, without an exception (which
  // would mark the whole transaction rollback-only).
  private static final String ONE_LIVE =
      """
      ON CONFLICT (session_id, account_id) WHERE status <> 'CANCELLED' DO NOTHING
      RETURNING id, rank
      """;

  /**
   * Inserts a confirmed registration and takes its seat on the counter, in one statement; empty
   * when the person already has a live registration (then nothing changed). Called under the row
   * lock once {@link SeatRow#seatFor} found the seat free; the table's CHECK constraints refuse an
   * overbooking even so.
   */
  public Optional<Inserted> insertSeated(Registration r) {
    String counter = r.getSeat() == Seat.STUDENT ? "confirmed_students" : "confirmed_general";
    return inserted(
        bind(
                em.createNativeQuery(
                    """
                    WITH inserted AS (
                      %s
                      VALUES (?, ?, 'CONFIRMED', CAST(? AS varchar), CAST(? AS timestamptz),
                              CAST(? AS timestamptz), ?, CAST(? AS varchar), CAST(? AS varchar))
                      %s),
                    seated AS (
                      UPDATE session SET %s = %s + 1 FROM inserted
                      WHERE session.id = ? RETURNING session.id)
                    SELECT i.id, i.rank, 0 FROM inserted i, seated
                    """
                        .formatted(COLUMNS, ONE_LIVE, counter, counter)),
                r,
                1)
            .setParameter(9, r.getSession().getId()));
  }

  /**
   * Inserts a waitlisted registration if the waitlist holds fewer than {@code limit}, returning its
   * place (those waiting before it, plus one: ranks only grow, and the lock keeps others out);
   * empty when the waitlist is full or the person already has a live registration.
   */
  public Optional<Inserted> insertWaiting(Registration r, int limit) {
    return inserted(
        bind(
                em.createNativeQuery(
                        """
                        WITH waiting AS (
                          SELECT count(*) AS ahead FROM registration
                          WHERE session_id = ? AND status = 'WAITLISTED'),
                        inserted AS (
                          %s
                          SELECT ?, ?, 'WAITLISTED', CAST(? AS varchar), CAST(? AS timestamptz),
                                 CAST(? AS timestamptz), ?, CAST(? AS varchar), CAST(? AS varchar)
                          FROM waiting WHERE ahead < ?
                          %s)
                        SELECT i.id, i.rank, w.ahead + 1 FROM inserted i, waiting w
                        """
                            .formatted(COLUMNS, ONE_LIVE))
                    .setParameter(1, r.getSession().getId()),
                r,
                2)
            .setParameter(10, limit));
  }

  /** Binds the registration's eight values to the parameters from {@code at} on. */
  private static Query bind(Query query, Registration r, int at) {
    return query
        .setParameter(at, r.getSession().getId())
        .setParameter(at + 1, r.getAccount().getId())
        .setParameter(at + 2, r.getSeat() == null ? null : r.getSeat().name())
        .setParameter(at + 3, Timestamp.from(r.getRegisteredAt()))
        .setParameter(
            at + 4, r.getConfirmedAt() == null ? null : Timestamp.from(r.getConfirmedAt()))
        .setParameter(at + 5, r.isByInvitation())
        .setParameter(at + 6, r.getTraineeCategory() == null ? null : r.getTraineeCategory().name())
        .setParameter(at + 7, r.getCategorySource() == null ? null : r.getCategorySource().name());
  }

  private static Optional<Inserted> inserted(Query query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new Inserted(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).intValue()));
  }

  /** The managed entity of a registration inserted in SQL, for what must reference it. */
  public Registration managed(Registration inserted) {
    return em.find(Registration.class, inserted.getId());
  }

  public Optional<Registration> find(long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  /** The person's registration that is not cancelled, if any. */
  public Optional<Registration> live(long sessionId, long accountId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r WHERE r.session.id = :session AND r.account.id = :account
            AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED
            """,
            Registration.class)
        .setParameter("session", sessionId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /** The sessions, not yet started, the person is registered to or waiting for. */
  public List<Long> upcomingSessionsOf(long accountId, java.time.Instant now) {
    return em.createQuery(
            """
            SELECT r.session.id FROM Registration r WHERE r.account.id = :account
            AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED
            AND r.session.startsAt > :now
            """,
            Long.class)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Confirmed registrations whose reminder is due: published sessions starting after {@code now}
   * and by {@code until}, for people who did not turn reminders off in "Mon compte".
   */
  public List<Registration> dueForReminder(java.time.Instant now, java.time.Instant until) {
    return em.createQuery(
            // reminderMails: turned off in "Mon compte"
            """
            SELECT r FROM Registration r JOIN FETCH r.account JOIN FETCH r.session s
              JOIN FETCH s.activity LEFT JOIN FETCH s.site LEFT JOIN FETCH s.room
            WHERE r.status = fr.relais.registration.RegistrationStatus.CONFIRMED
              AND r.account.reminderMails = TRUE
              AND s.status = fr.relais.scheduling.SessionStatus.PUBLISHED
              AND s.startsAt > :now AND s.startsAt <= :until
            """,
            Registration.class)
        .setParameter("now", now)
        .setParameter("until", until)
        .getResultList();
  }

  /** The account is one of the session's trainers. */
  public boolean isTrainerOf(long trainerId, long sessionId) {
    return em.createQuery(
                "SELECT COUNT(s) FROM Session s JOIN s.trainers t WHERE s.id = :session AND t.id = :trainer",
                Long.class)
            .setParameter("session", sessionId)
            .setParameter("trainer", trainerId)
            .getSingleResult()
        > 0;
  }

  /** The waitlist, in registration order. */
  public List<Registration> waitlist(long sessionId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r JOIN FETCH r.account WHERE r.session.id = :session
            AND r.status = fr.relais.registration.RegistrationStatus.WAITLISTED ORDER BY r.rank
            """,
            Registration.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public List<Registration> live(long sessionId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r JOIN FETCH r.account WHERE r.session.id = :session
            AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED ORDER BY r.rank
            """,
            Registration.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  /** Every registration of a session, cancelled ones included, in registration order. */
  public List<Registration> all(long sessionId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r JOIN FETCH r.account WHERE r.session.id = :session
            ORDER BY r.rank
            """,
            Registration.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  /**
   * The attendance statuses (PRESENT, LATE, ABSENT, EXCUSED) of each registration of a session, one
   * per marked half-day (the table is attendance's).
   */
  public Map<Long, List<String>> attendanceOfSession(long sessionId) {
    return statuses(
        """
        SELECT t.registration_id, t.status FROM attendance t JOIN registration r
        ON r.id = t.registration_id WHERE r.session_id = ?
        """,
        sessionId);
  }

  /** The same for every registration of one person. */
  public Map<Long, List<String>> attendanceOfAccount(long accountId) {
    return statuses(
        """
        SELECT t.registration_id, t.status FROM attendance t JOIN registration r
        ON r.id = t.registration_id WHERE r.account_id = ?
        """,
        accountId);
  }

  private Map<Long, List<String>> statuses(String sql, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    Map<Long, List<String>> byRegistration = new HashMap<>();
    rows.forEach(
        row ->
            byRegistration
                .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                .add((String) row[1]));
    return byRegistration;
  }

  /** 1 for the first in line, and so on. */
  public int waitlistPosition(Registration registration) {
    if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
      return 0;
    }
    Number ahead =
        (Number)
            em.createNativeQuery(
                    """
                    SELECT count(*) FROM registration WHERE session_id = ? AND status = 'WAITLISTED'
                    AND rank <= (SELECT rank FROM registration WHERE id = ?)
                    """)
                .setParameter(1, registration.getSession().getId())
                .setParameter(2, registration.getId())
                .getSingleResult();
    return ahead.intValue();
  }

  public long waitlistLength(long sessionId) {
    return em.createQuery(
            """
            SELECT COUNT(r) FROM Registration r WHERE r.session.id = :session
            AND r.status = fr.relais.registration.RegistrationStatus.WAITLISTED
            """,
            Long.class)
        .setParameter("session", sessionId)
        .getSingleResult();
  }

  /** Takes a free seat for this person: a student seat first for students, else a general one. */
  public Seat claimSeat(long sessionId, boolean student) {
    if (student
        && update(
            """
            UPDATE session SET confirmed_students = confirmed_students + 1
            WHERE id = ? AND confirmed_students < student_seats
            """,
            sessionId)) {
      return Seat.STUDENT;
    }
    if (update(
        """
        UPDATE session SET confirmed_general = confirmed_general + 1
        WHERE id = ? AND confirmed_general < capacity - student_seats
        """,
        sessionId)) {
      return Seat.GENERAL;
    }
    return null;
  }

  public void releaseSeat(long sessionId, Seat seat) {
    String column = seat == Seat.STUDENT ? "confirmed_students" : "confirmed_general";
    update(
        """
        UPDATE session SET %s = %s
        - 1 WHERE id = ? AND %s > 0
        """
            .formatted(column, column, column),
        sessionId);
  }

  /** Free seats of each kind, read from the locked row. */
  public SeatCounts freeSeats(long sessionId) {
    return seats(
        """
        SELECT capacity - student_seats - confirmed_general AS general,
          student_seats - confirmed_students AS student
        FROM session WHERE id = ?
        """,
        sessionId);
  }

  /** Seats taken, read from the row itself (not a possibly older entity). */
  public SeatCounts takenSeats(long sessionId) {
    return seats(
        """
        SELECT confirmed_general AS general, confirmed_students AS student
        FROM session WHERE id = ?
        """,
        sessionId);
  }

  private SeatCounts seats(String sql, long sessionId) {
    return NativeSql.records(em.createNativeQuery(sql), SeatCounts.class, sessionId).get(0);
  }

  private boolean update(String sql, long sessionId) {
    return em.createNativeQuery(sql).setParameter(1, sessionId).executeUpdate() == 1;
  }
}
