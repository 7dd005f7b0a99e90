package fr.relais.registration;

import fr.relais.people.Account;
import fr.relais.scheduling.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** Read-only views of registrations for pages. */
@ApplicationScoped
public class RegistrationBoxRepository {

  @PersistenceContext private EntityManager em;
  @Inject private RegistrationRepository registrations;
  @Inject private Clock clock;

  /** Read outside a transaction: a fresh persistence context, so seat counters are current. */
  public Optional<RegistrationBox> box(long sessionId, Account me) {
    Session s = em.find(Session.class, sessionId);
    if (s == null) {
      return Optional.empty();
    }
    Registration mine = registrations.live(sessionId, me.getId()).orElse(null);
    int position = mine == null ? 0 : registrations.waitlistPosition(mine);
    return Optional.of(
        RegistrationBox.of(
            s, me, mine, position, registrations.waitlistLength(sessionId), clock.instant()));
  }
}
