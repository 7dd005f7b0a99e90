package fr.relais.people;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking, handed to services whose rules depend on it (the pages and the API build it from
 * the signed-in account; tests build it directly).
 */
public record Caller(long accountId, String email, Set<Role> roles) implements Serializable {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Coordinators and administrators act for the association on any session. */
  public boolean isCoordinator() {
    return has(Role.COORDINATOR) || has(Role.ADMIN);
  }
}
