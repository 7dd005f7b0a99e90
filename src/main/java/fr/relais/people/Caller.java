package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.audit.Actor;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking, handed to every service method that acts for someone (the pages and the API build
 * it from the signed-in account; tests build it directly). The services refuse, with {@link
 * #mustCoordinate()} or {@link #mustCoordinateOrBe(boolean)}, what the role or ownership does not
 * allow: a page hiding a button is never the only check.
 */
public record Caller(long accountId, String email, Set<Role> roles) implements Serializable {

  /** The key of the refusal a wrong role gets (a 403 in the API, a message on a page). */
  public static final String FORBIDDEN = "relais.forbidden.role";

  /** The application itself (demo seeding at start-up): acts as the association. */
  public static Caller system() {
    return new Caller(0, Actor.SYSTEM, Set.of(Role.ADMIN));
  }

  /** The account acting for itself, with the roles it holds (demo seeding, tests). */
  public static Caller of(Account account) {
    return new Caller(account.getId(), account.getEmail(), Set.copyOf(account.getRoles()));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Coordinators and administrators act for the association on any session. */
  public boolean isCoordinator() {
    return has(Role.COORDINATOR) || has(Role.ADMIN);
  }

  /** Whether this caller is that account. */
  public boolean is(long otherAccountId) {
    return accountId == otherAccountId;
  }

  /** Refuses anyone but that account itself (what is strictly personal, e.g. a secret link). */
  public void mustBe(long otherAccountId) {
    if (!is(otherAccountId)) {
      throw BusinessException.forbidden(FORBIDDEN);
    }
  }

  /** Refuses anyone but coordinators and administrators. */
  public void mustCoordinate() {
    if (!isCoordinator()) {
      throw BusinessException.forbidden(FORBIDDEN);
    }
  }

  /** Refuses anyone but administrators (accounts and roles, operations). */
  public void mustAdminister() {
    if (!has(Role.ADMIN)) {
      throw BusinessException.forbidden(FORBIDDEN);
    }
  }

  /**
   * Refuses anyone who neither coordinates nor owns what is acted on ({@code owns}: the service
   * says, e.g. "leads this session" or "is this account").
   */
  public void mustCoordinateOrBe(boolean owns) {
    if (!isCoordinator() && !owns) {
      throw BusinessException.forbidden(FORBIDDEN);
    }
  }
}
