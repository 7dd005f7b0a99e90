package fr.relais.registration;

import fr.relais.people.Account;
import fr.relais.programme.Purpose;
import fr.relais.site.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the registration box asks a person for one session (see {@link CategoryQuestion}). */
@ApplicationScoped
public class RegistrationQuestions {

  @PersistenceContext private EntityManager em;

  /** Indicator 26's question is a training action's (prevention boxes stay as short as before). */
  public boolean asksArrangement(long sessionId) {
    return em.createQuery(
                "SELECT count(s) FROM Session s WHERE s.id = :id"
                    + " AND s.activity.purpose = fr.relais.programme.Purpose.TRAINING",
                Long.class)
            .setParameter("id", sessionId)
            .getSingleResult()
        > 0;
  }

  /** Whether the box asks this person who pays for their training. */
  public boolean asksCategory(long sessionId, Account person) {
    return em.createQuery(
            "SELECT a.purpose, rf.id, rf.sector FROM Session s JOIN s.activity a"
                + " LEFT JOIN s.reservedFor rf WHERE s.id = :id",
            Object[].class)
        .setParameter("id", sessionId)
        .getResultStream()
        .findFirst()
        .map(
            row ->
                row[1] == null
                    && CategoryQuestion.asked(
                        row[0] == Purpose.TRAINING, person.getStatus(), (Sector) row[2]))
        .orElse(false);
  }

  /** Both questions of the box. */
  public record Asked(boolean category, boolean arrangement) {}

  /** {@link #asksCategory} and {@link #asksArrangement} in one statement, for the session page. */
  public Asked asked(long sessionId, Account person) {
    return em.createQuery(
            "SELECT a.purpose, rf.id, rf.sector FROM Session s JOIN s.activity a"
                + " LEFT JOIN s.reservedFor rf WHERE s.id = :id",
            Object[].class)
        .setParameter("id", sessionId)
        .getResultStream()
        .findFirst()
        .map(
            row ->
                new Asked(
                    row[1] == null
                        && CategoryQuestion.asked(
                            row[0] == Purpose.TRAINING, person.getStatus(), (Sector) row[2]),
                    row[0] == Purpose.TRAINING))
        .orElse(new Asked(false, false));
  }
}
