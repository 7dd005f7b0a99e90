package fr.relais.registration;

import fr.relais.people.Account;
import fr.relais.programme.Purpose;
import fr.relais.site.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What the registration box asks a person for one session (see {@link CategoryQuestion}). */
@ApplicationScoped
public class RegistrationQuestionsRepository {

  @PersistenceContext private EntityManager em;

  /** Both questions of the box. */
  public record Asked(boolean category, boolean arrangement) {}

  /**
   * Both in one statement, for the session page: the category (who pays) unless an establishment
   * booked the session or {@link CategoryQuestion} can tell; the arrangement (indicator 26) for a
   * training action only, so prevention boxes stay as short as before.
   */
  public Asked asked(long sessionId, Account person) {
    return em.createQuery(
            """
            SELECT a.purpose, rf.id, rf.sector FROM Session s JOIN s.activity a
            LEFT JOIN s.reservedFor rf WHERE s.id = :id
            """,
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
