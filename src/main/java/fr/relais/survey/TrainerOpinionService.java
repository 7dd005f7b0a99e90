package fr.relais.survey;

import fr.relais.attendance.SessionCompleted;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The trainers' opinion (Qualiopi, indicator 30: the teaching team): when a session is completed,
 * each of its trainers is asked "Avis du formateur" by mail (through the outbox), with the same
 * reminders as every survey; answered under a pseudonym, on the session.
 */
@Stateless
public class TrainerOpinionService {

  @PersistenceContext private EntityManager em;
  @Inject private Invitations invitations;

  public void onCompleted(@Observes SessionCompleted completed) {
    @SuppressWarnings("unchecked")
    List<Number> trainers =
        em.createNativeQuery("SELECT account_id FROM session_trainer WHERE session_id = ?")
            .setParameter(1, completed.sessionId())
            .getResultList();
    for (Number trainer : trainers) {
      invitations.askTrainer(trainer.longValue(), completed.sessionId());
    }
  }
}
