package fr.relais.registration;

import fr.relais.scheduling.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

  /** Locks the session's row until the transaction ends; returns its status as it is now. */
  public String lockRow(long sessionId) {
    return (String)
        em.createNativeQuery("SELECT status FROM session WHERE id = ? FOR UPDATE")
            .setParameter(1, sessionId)
            .getSingleResult();
  }

  public Optional<Registration> find(long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  /** The person's registration that is not cancelled, if any. */
  public Optional<Registration> live(long sessionId, long accountId) {
    return em.createQuery(
            "SELECT r FROM Registration r WHERE r.session.id = :session AND r.account.id = :account"
                + " AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED",
            Registration.class)
        .setParameter("session", sessionId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /** The sessions, not yet started, the person is registered to or waiting for. */
  public List<Long> upcomingSessionsOf(long accountId, java.time.Instant now) {
    return em.createQuery(
            "SELECT r.session.id FROM Registration r WHERE r.account.id = :account"
                + " AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED"
                + " AND r.session.startsAt > :now",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  /** The waitlist, in registration order. */
  public List<Registration> waitlist(long sessionId) {
    return em.createQuery(
            "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.session.id = :session"
                + " AND r.status = fr.relais.registration.RegistrationStatus.WAITLISTED ORDER BY r.rank",
            Registration.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public List<Registration> live(long sessionId) {
    return em.createQuery(
            "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.session.id = :session"
                + " AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED ORDER BY r.rank",
            Registration.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  /** Every registration of a session, cancelled ones included, in registration order. */
  public List<Registration> all(long sessionId) {
    return em.createQuery(
            "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.session.id = :session"
                + " ORDER BY r.rank",
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
        "SELECT t.registration_id, t.status FROM attendance t JOIN registration r"
            + " ON r.id = t.registration_id WHERE r.session_id = ?",
        sessionId);
  }

  /** The same for every registration of one person. */
  public Map<Long, List<String>> attendanceOfAccount(long accountId) {
    return statuses(
        "SELECT t.registration_id, t.status FROM attendance t JOIN registration r"
            + " ON r.id = t.registration_id WHERE r.account_id = ?",
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
                    "SELECT count(*) FROM registration WHERE session_id = ? AND status = 'WAITLISTED'"
                        + " AND rank <= (SELECT rank FROM registration WHERE id = ?)")
                .setParameter(1, registration.getSession().getId())
                .setParameter(2, registration.getId())
                .getSingleResult();
    return ahead.intValue();
  }

  public long waitlistLength(long sessionId) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Registration r WHERE r.session.id = :session"
                + " AND r.status = fr.relais.registration.RegistrationStatus.WAITLISTED",
            Long.class)
        .setParameter("session", sessionId)
        .getSingleResult();
  }

  /** Takes a free seat for this person: a student seat first for students, else a general one. */
  public Seat claimSeat(long sessionId, boolean student) {
    if (student
        && update(
            "UPDATE session SET confirmed_students = confirmed_students + 1"
                + " WHERE id = ? AND confirmed_students < student_seats",
            sessionId)) {
      return Seat.STUDENT;
    }
    if (update(
        "UPDATE session SET confirmed_general = confirmed_general + 1"
            + " WHERE id = ? AND confirmed_general < capacity - student_seats",
        sessionId)) {
      return Seat.GENERAL;
    }
    return null;
  }

  public void releaseSeat(long sessionId, Seat seat) {
    String column = seat == Seat.STUDENT ? "confirmed_students" : "confirmed_general";
    update(
        "UPDATE session SET "
            + column
            + " = "
            + column
            + " - 1 WHERE id = ? AND "
            + column
            + " > 0",
        sessionId);
  }

  /** Free seats of each kind, read from the locked row: [general, student]. */
  public int[] freeSeats(long sessionId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT capacity - student_seats - confirmed_general, student_seats - confirmed_students"
                        + " FROM session WHERE id = ?")
                .setParameter(1, sessionId)
                .getSingleResult();
    return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
  }

  /** Seats taken, read from the row itself (not a possibly older entity): [general, student]. */
  public int[] takenSeats(long sessionId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT confirmed_general, confirmed_students FROM session WHERE id = ?")
                .setParameter(1, sessionId)
                .getSingleResult();
    return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
  }

  public void persist(Registration registration) {
    em.persist(registration);
    em.flush();
  }

  private boolean update(String sql, long sessionId) {
    return em.createNativeQuery(sql).setParameter(1, sessionId).executeUpdate() == 1;
  }
}
