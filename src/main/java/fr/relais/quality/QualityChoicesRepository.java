package fr.relais.quality;

import fr.relais.people.Account;
import fr.relais.people.Role;
import fr.relais.programme.Activity;
import fr.relais.registration.RegistrationStatus;
import fr.relais.scheduling.Session;
import fr.relais.survey.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The choices the register's forms offer. */
@ApplicationScoped
public class QualityChoicesRepository {

  @PersistenceContext private EntityManager em;

  public List<Activity> activities() {
    return em.createQuery(
            "SELECT a FROM Activity a WHERE a.archived = false ORDER BY a.title", Activity.class)
        .getResultList();
  }

  /** The sessions one person registered for (the form's "which session?"), newest first. */
  public List<Session> registeredSessions(long accountId) {
    return em.createQuery(
            """
            SELECT r.session FROM Registration r WHERE r.account.id = :a
            AND r.status <> :cancelled ORDER BY r.session.startsAt DESC
            """,
            Session.class)
        .setParameter("a", accountId)
        .setParameter("cancelled", RegistrationStatus.CANCELLED)
        .setMaxResults(50)
        .getResultList();
  }

  /** Sessions an incident may be recorded for: those led (or, for coordinators, all) around now. */
  public List<Session> sessionsAround(Long trainerId, Instant from, Instant to) {
    String jpql =
        trainerId == null
            ? """
              SELECT s FROM Session s WHERE s.startsAt >= :from AND s.startsAt < :to
              ORDER BY s.startsAt DESC
              """
            : """
              SELECT s FROM Session s JOIN s.trainers t WHERE t.id = :t
              AND s.startsAt >= :from AND s.startsAt < :to ORDER BY s.startsAt DESC
              """;
    var q = em.createQuery(jpql, Session.class).setParameter("from", from).setParameter("to", to);
    if (trainerId != null) {
      q.setParameter("t", trainerId);
    }
    return q.setMaxResults(100).getResultList();
  }

  /** Who may own an improvement: the association's staff. */
  public List<Account> staff() {
    return em.createQuery(
            """
            SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r IN :roles
            AND a.deactivatedAt IS NULL ORDER BY a.lastName, a.firstName
            """,
            Account.class)
        .setParameter("roles", List.of(Role.COORDINATOR, Role.TRAINER))
        .getResultList();
  }

  public List<Campaign> campaigns() {
    return em.createQuery(
            "SELECT c FROM Campaign c ORDER BY c.createdAt DESC, c.id DESC", Campaign.class)
        .setMaxResults(200)
        .getResultList();
  }
}
