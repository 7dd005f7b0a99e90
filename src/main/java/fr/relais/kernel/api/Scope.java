package fr.relais.kernel.api;

import java.util.Set;

/**
 * What an API token may do, each scope covering the ones before it: {@link #READ} the caller's own
 * things (safe methods only), {@link #REGISTER} also the caller's own writes (register, cancel,
 * check in, revoke a token), {@link #COORDINATE} everything the account's roles allow (only a
 * coordinator's or administrator's token holds it). A signed-in browser's session has no scopes:
 * its roles alone count.
 */
public enum Scope {
  READ,
  REGISTER,
  COORDINATE;

  /** The request attribute holding a token call's scopes (a {@code Set<Scope>}). */
  public static final String ATTRIBUTE = "relais.token.scopes";

  /**
   * Whether a token holding {@code held} may call a method that declares {@code needed} with this
   * HTTP method. No declared scope is a refusal; a token that holds nothing above READ only reads.
   */
  public static boolean permits(Set<Scope> held, Scope needed, String httpMethod) {
    if (needed == null || held.isEmpty()) {
      return false;
    }
    Scope best = held.stream().max(Enum::compareTo).orElseThrow();
    boolean safe = "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
    return best.compareTo(needed) >= 0 && (safe || best != READ);
  }
}
