package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the other sign-ins of an account when its password or e-mail changes. Sessions live in
 * memory, so instead of finding them, each one keeps the account's credentials version of its
 * sign-in and is ended at its next request when the account's is different (or when no account has
 * its e-mail any more). Versions are read from the database and kept a few seconds: a change made
 * on this server is seen at once (it forgets the cached value), one made on another server within
 * {@link #KEPT_NANOS}.
 */
@ApplicationScoped
public class CredentialVersions {

  static final String SESSION_KEY = "relais.credentials";
  static final long KEPT_NANOS = 5_000_000_000L;

  private record Read(long version, long at) {}

  private static final Read NO_ACCOUNT = new Read(-1, 0);

  @Inject private AccountRepository accounts;

  private final Map<String, Read> cache = new ConcurrentHashMap<>();

  /** The current version of the account with this e-mail; empty when none has it. */
  public OptionalLong current(String email) {
    long now = System.nanoTime();
    Read read = cache.get(email);
    if (read == null || now - read.at() > KEPT_NANOS) {
      OptionalLong version = accounts.credentialsVersion(email);
      read = version.isEmpty() ? NO_ACCOUNT : new Read(version.getAsLong(), now);
      cache.put(email, new Read(read.version(), now));
    }
    return read.version() < 0 ? OptionalLong.empty() : OptionalLong.of(read.version());
  }

  /** The credentials of these addresses' account changed (fired by the services). */
  public record Changed(String... emails) {}

  /** Once the change is committed, the next check reads the database. */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
    for (String email : changed.emails()) {
      cache.remove(email);
    }
  }

  /** Remembers in the session the version it signed in with (or was kept signed in with). */
  public void remember(HttpSession session, String email) {
    cache.remove(email); // read afresh: a sign-in may follow a change made elsewhere
    current(email).ifPresent(v -> session.setAttribute(SESSION_KEY, v));
  }

  /** Whether the session was signed in with the account's present credentials. */
  public boolean stillValid(HttpSession session, String email) {
    Object remembered = session == null ? null : session.getAttribute(SESSION_KEY);
    OptionalLong current = current(email);
    return remembered instanceof Long v && current.isPresent() && current.getAsLong() == v;
  }
}
