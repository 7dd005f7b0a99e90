package fr.relais.demo;

import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A few registrations, made through the real service (so their mails land in the outbox): the demo
 * participants in two eJADES, and the first talk group full with a waitlist. Only people the
 * session admits are registered: a refusal would roll the whole seed back.
 */
@ApplicationScoped
public class DemoRegistrations {

  private static final int TALK_GROUP_CROWD = 11;

  @Inject private DemoRepository data;
  @Inject private RegistrationService registrations;
  @Inject private AccountRepository accounts;

  public int create() {
    int count = 0;
    for (long session : sessions("EJADES", 2)) {
      count += register(session, accounts.findByEmail(DemoPeople.PARTICIPANT));
      count += register(session, accounts.findByEmail(DemoPeople.STUDENT));
    }
    // The talk group is for professionals: fill it with the first of them, and more.
    for (long session : sessions("TALK_GROUP", 1)) {
      int professionals = 0;
      for (int i = 1;
          professionals < TALK_GROUP_CROWD && i <= DemoPeople.LOAD_TEST_PARTICIPANTS;
          i++) {
        Optional<Account> person =
            accounts.findByEmail(String.format("participant%03d%s", i, DemoPeople.DOMAIN));
        if (person.isPresent() && !person.get().isStudent()) {
          professionals += register(session, person);
        }
      }
      count += professionals;
    }
    return count;
  }

  private int register(long session, Optional<Account> person) {
    person.ifPresent(p -> registrations.register(Caller.of(p), session, null));
    return person.isPresent() ? 1 : 0;
  }

  private List<Long> sessions(String format, int howMany) {
    return data.query(
            """
            SELECT s.id FROM Session s WHERE s.activity.format = fr.relais.programme.Format.%s
            AND s.status = fr.relais.scheduling.SessionStatus.PUBLISHED ORDER BY s.startsAt
            """
                .formatted(format),
            Long.class)
        .setMaxResults(howMany)
        .getResultList();
  }
}
