package fr.relais.testing;

import fr.relais.people.Caller;
import fr.relais.people.Role;
import java.util.Set;

/** Callers as the services see them, for in-container tests that call the services directly. */
public final class Callers {

  private Callers() {}

  /** A coordinator (no account behind it: coordinators act on anything, whoever they are). */
  public static Caller coordinator() {
    return new Caller(0, "coordination.tests@relais.test", Set.of(Role.COORDINATOR));
  }

  public static Caller participant(long accountId) {
    return new Caller(
        accountId, "participant." + accountId + "@relais.test", Set.of(Role.PARTICIPANT));
  }

  public static Caller trainer(long accountId) {
    return new Caller(accountId, "trainer." + accountId + "@relais.test", Set.of(Role.TRAINER));
  }

  public static Caller contact(long accountId) {
    return new Caller(accountId, "contact." + accountId + "@relais.test", Set.of(Role.CONTACT));
  }
}
