package fr.relais.registration;

import fr.relais.scheduling.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A participant's own registrations, with their place in line and presence, in four queries. */
@ApplicationScoped
public class MyRegistrationsRepository {

  @PersistenceContext private EntityManager em;
  @Inject private RegistrationRepository registrations;

  /**
   * A registration, its position when waitlisted (1 = next), whether an attendance certificate was
   * issued for it, and once the session has started what its sign-in sheet says (null before).
   */
  public record View(Registration registration, int position, boolean certified, Presence presence)
      implements java.io.Serializable {
    public boolean isCertified() {
      return certified;
    }

    public Registration getRegistration() {
      return registration;
    }

    public int getPosition() {
      return position;
    }

    public Presence getPresence() {
      return presence;
    }

    /**
     * Why a past registration has no certificate, as a message key; null when it has one or needs
     * none (cancelled, waitlisted, not started).
     */
    public String getNoCertificateReason() {
      if (certified || presence == null) {
        return null;
      }
      if (presence.missed()) {
        return "mine.noCertificate.absent";
      }
      if (registration.getSession().getStatus() != SessionStatus.COMPLETED) {
        return "mine.noCertificate.notClosed";
      }
      return "mine.noCertificate.ask";
    }
  }

  /** Every registration of the person, newest sessions first (the latest registration first). */
  public List<View> all(long accountId, Instant now) {
    List<Registration> mine =
        em.createQuery(
                """
                SELECT r FROM Registration r JOIN FETCH r.session s JOIN FETCH s.activity
                LEFT JOIN FETCH s.site LEFT JOIN FETCH s.room WHERE r.account.id = :me
                ORDER BY s.startsAt DESC, s.id, r.rank DESC
                """,
                Registration.class)
            .setParameter("me", accountId)
            .getResultList();
    var positions = positions(accountId);
    var certified = certified(accountId);
    var attendance = registrations.attendanceOfAccount(accountId);
    return mine.stream()
        .map(
            r ->
                new View(
                    r,
                    positions.getOrDefault(r.getId(), 0),
                    certified.contains(r.getId()),
                    r.getStatus() == RegistrationStatus.CONFIRMED
                            && !RegistrationPolicy.staffMayChange(r.getSession(), now)
                        ? Presence.of(attendance.getOrDefault(r.getId(), List.of()))
                        : null))
        .toList();
  }

  /**
   * One line per session, for the page: the registration that holds (confirmed or waiting), or else
   * the latest cancelled one; older cancelled registrations of a session one registered for again
   * are left out. In the order given ({@link #all}: the latest registration of a session first).
   */
  public static List<View> onePerSession(List<View> newestFirst) {
    Map<Long, View> bySession = new LinkedHashMap<>();
    for (View v : newestFirst) {
      bySession.merge(
          v.registration().getSession().getId(),
          v,
          (kept, other) ->
              !kept.registration().isLive() && other.registration().isLive() ? other : kept);
    }
    return List.copyOf(bySession.values());
  }

  public Optional<Registration> own(long accountId, long registrationId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r JOIN FETCH r.session s JOIN FETCH s.activity
            LEFT JOIN FETCH s.site LEFT JOIN FETCH s.room JOIN FETCH r.account
            WHERE r.id = :id AND r.account.id = :me
            """,
            Registration.class)
        .setParameter("id", registrationId)
        .setParameter("me", accountId)
        .getResultStream()
        .findFirst();
  }

  /** Registrations of this person that have a certificate (the table is attendance's). */
  private java.util.Set<Long> certified(long accountId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                """
                SELECT c.registration_id FROM certificate c JOIN registration r
                ON r.id = c.registration_id WHERE r.account_id = ?
                """)
            .setParameter(1, accountId)
            .getResultList();
    return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
  }

  /** Waitlist positions of this person's waitlisted registrations, in one query. */
  private java.util.Map<Long, Integer> positions(long accountId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT mine.id, (SELECT count(*) FROM registration w WHERE w.session_id = mine.session_id
                AND w.status = 'WAITLISTED' AND w.rank <= mine.rank)
                FROM registration mine WHERE mine.account_id = ? AND mine.status = 'WAITLISTED'
                """)
            .setParameter(1, accountId)
            .getResultList();
    java.util.Map<Long, Integer> positions = new java.util.HashMap<>();
    rows.forEach(r -> positions.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
    return positions;
  }
}
