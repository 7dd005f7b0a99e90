package fr.relais.attendance;

import fr.relais.programme.Purpose;
import fr.relais.registration.Registration;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Attendance lines, half-day signatures, certificates and check-in secrets in the database. */
@ApplicationScoped
public class AttendanceRepository {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  /** The session's check-in secret, created once (the first writer wins, all read the same). */
  public byte[] checkinSecret(long sessionId) {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    em.createNativeQuery(
            "UPDATE session SET checkin_secret = ? WHERE id = ? AND checkin_secret IS NULL")
        .setParameter(1, fresh)
        .setParameter(2, sessionId)
        .executeUpdate();
    return (byte[])
        em.createNativeQuery("SELECT checkin_secret FROM session WHERE id = ?")
            .setParameter(1, sessionId)
            .getSingleResult();
  }

  /** Confirmed registrations of a session, by name, with their accounts. */
  public List<Registration> confirmed(long sessionId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r JOIN FETCH r.account a WHERE r.session.id = :s
            AND r.status = fr.relais.registration.RegistrationStatus.CONFIRMED
            ORDER BY a.lastName, a.firstName
            """,
            Registration.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /** Every attendance line of a session, keyed "registrationId:halfDay". */
  public Map<String, Attendance> lines(long sessionId) {
    return em.createQuery(
            "SELECT t FROM Attendance t WHERE t.registration.session.id = :s", Attendance.class)
        .setParameter("s", sessionId)
        .getResultStream()
        .collect(Collectors.toMap(t -> key(t.getRegistration().getId(), t.getHalfDay()), t -> t));
  }

  public Optional<Attendance> line(long registrationId, int halfDay) {
    return em.createQuery(
            "SELECT t FROM Attendance t WHERE t.registration.id = :r AND t.halfDay = :h",
            Attendance.class)
        .setParameter("r", registrationId)
        .setParameter("h", halfDay)
        .getResultStream()
        .findFirst();
  }

  public Map<Integer, HalfDaySignature> signatures(long sessionId) {
    return em.createQuery(
            "SELECT h FROM HalfDaySignature h JOIN FETCH h.trainer WHERE h.session.id = :s",
            HalfDaySignature.class)
        .setParameter("s", sessionId)
        .getResultStream()
        .collect(Collectors.toMap(HalfDaySignature::getHalfDay, h -> h));
  }

  public boolean locked(long sessionId, int halfDay) {
    return em.createQuery(
                "SELECT COUNT(h) FROM HalfDaySignature h WHERE h.session.id = :s AND h.halfDay = :h",
                Long.class)
            .setParameter("s", sessionId)
            .setParameter("h", halfDay)
            .getSingleResult()
        > 0;
  }

  public Optional<Certificate> certificateOf(long registrationId) {
    return em.createQuery(
            "SELECT c FROM Certificate c WHERE c.registration.id = :r", Certificate.class)
        .setParameter("r", registrationId)
        .getResultStream()
        .findFirst();
  }

  /** A certificate by its verification code, with what the verification page shows. */
  public Optional<Certificate> certificate(String code) {
    return em.createQuery(
            """
            SELECT c FROM Certificate c JOIN FETCH c.registration r JOIN FETCH r.account
            JOIN FETCH r.session s JOIN FETCH s.activity WHERE c.code = :code
            """,
            Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Certificate> certificates(long sessionId) {
    return em.createQuery(
            """
            SELECT c FROM Certificate c JOIN FETCH c.registration r JOIN FETCH r.account
            WHERE r.session.id = :s ORDER BY r.account.lastName
            """,
            Certificate.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  public boolean codeTaken(String code) {
    return em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.code = :c", Long.class)
            .setParameter("c", code)
            .getSingleResult()
        > 0;
  }

  public void remove(Certificate certificate) {
    em.remove(certificate);
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }

  public Optional<Session> findSession(long sessionId) {
    return Optional.ofNullable(em.find(Session.class, sessionId));
  }

  /**
   * Training actions held (completed) that started in [from, to), in order, with their activity.
   */
  public List<Session> heldTrainings(Instant from, Instant to) {
    return em.createQuery(
            """
            SELECT s FROM Session s JOIN FETCH s.activity a WHERE s.status = :completed
            AND a.purpose = :training AND s.startsAt >= :from AND s.startsAt < :to
            ORDER BY s.startsAt, s.id
            """,
            Session.class)
        .setParameter("completed", SessionStatus.COMPLETED)
        .setParameter("training", Purpose.TRAINING)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The session's trainers as "First Last", for its certificates. */
  public List<String> trainerNames(long sessionId) {
    return em.createQuery(
            "SELECT CONCAT(t.firstName, ' ', t.lastName) FROM Session s JOIN s.trainers t WHERE s.id = :s",
            String.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  static String key(long registrationId, int halfDay) {
    return registrationId + ":" + halfDay;
  }
}
