package fr.relais.establishment;

import fr.relais.people.Account;
import fr.relais.survey.Invitations;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The client's opinion (Qualiopi, indicator 30): when a request becomes held, each active contact
 * of its establishment is asked the questionnaire "Avis de l'établissement" by mail, on the
 * request's last session (so that its answers fall in that session's period in the reports).
 */
@Stateless
public class ClientOpinionService {

  @PersistenceContext private EntityManager em;
  @Inject private EstablishmentRepository repository;
  @Inject private Invitations invitations;

  public void onHeld(@Observes RequestHeld held) {
    EstablishmentRequest request = repository.request(held.requestId()).orElseThrow();
    List<?> last =
        em.createNativeQuery(
                """
                SELECT id FROM session WHERE establishment_request_id = ?
                AND status <> 'CANCELLED' ORDER BY ends_at DESC, id DESC LIMIT 1
                """)
            .setParameter(1, request.getId())
            .getResultList();
    if (last.isEmpty()) {
      return; // nothing was held to give an opinion on
    }
    long session = ((Number) last.get(0)).longValue();
    for (Account contact : repository.activeContacts(request.getSite().getId())) {
      invitations.askClient(contact.getId(), session);
    }
  }
}
