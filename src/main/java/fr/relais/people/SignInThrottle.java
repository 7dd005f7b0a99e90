package fr.relais.people;

import fr.relais.kernel.SharedMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Slows down password guessing: after a few failures for one e-mail address (whether or not an
 * account has it, so the answer tells nothing about who is registered), or many from one network
 * address, sign-in is refused for a while, longer at each further failure. The counts are kept in a
 * {@link SharedMap}: the data grid's JCache when Relais runs as a cluster, so that N instances do
 * not give N times the guesses, this instance's memory otherwise (docs/security.md).
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

  static final int FREE_FAILURES_PER_EMAIL = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  /** How long a count is kept after its last change: the window and the longest lock after it. */
  static final Duration KEPT = WINDOW.plus(LONGEST_LOCK);

  /** Compare-and-set attempts before a failure is counted without its lock (never seen). */
  private static final int ATTEMPTS = 50;

  @Inject private Clock clock;

  /** The grid's cache of the counts when clustered (docs/operations.md). */
  static final String CACHE = "relais-signin-failures";

  private SharedMap<String, String> counts;

  SignInThrottle() {}

  SignInThrottle(Clock clock) {
    this(clock, new SharedMap.InMemory<>());
  }

  SignInThrottle(Clock clock, SharedMap<String, String> counts) {
    this.clock = clock;
    this.counts = counts;
  }

  @PostConstruct
  void chooseStore() {
    counts = SharedMap.forCluster(CACHE, String.class, String.class, KEPT);
    LOG.info(() -> "Sign-in failures are counted in " + counts.where());
  }

  /** Where the counts are kept (for the log and the tests). */
  String where() {
    return counts.where();
  }

  /**
   * Failures in the current window, and until when the key is refused; kept as a short string
   * ("count,since,lockedUntil" in epoch milliseconds, 0 for no lock) so that any member of the grid
   * reads it without this application's classes.
   */
  record Failures(int count, Instant since, Instant lockedUntil) {

    String encode() {
      return count
          + ","
          + since.toEpochMilli()
          + ","
          + (lockedUntil == null ? 0 : lockedUntil.toEpochMilli());
    }

    static Failures decode(String value) {
      String[] parts = value.split(",");
      long locked = Long.parseLong(parts[2]);
      return new Failures(
          Integer.parseInt(parts[0]),
          Instant.ofEpochMilli(Long.parseLong(parts[1])),
          locked == 0 ? null : Instant.ofEpochMilli(locked));
    }
  }

  /** Whether a sign-in for this e-mail from this address may be checked now. */
  public boolean allowed(String email, String address) {
    Instant now = clock.instant();
    return !locked(emailKey(email), now) && !locked(addressKey(address), now);
  }

  public void failed(String email, String address) {
    Instant now = clock.instant();
    count(emailKey(email), FREE_FAILURES_PER_EMAIL, now);
    count(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
    counts.prune(value -> expired(Failures.decode(value), now));
  }

  /** A right password clears the e-mail's failures (the address keeps its own count). */
  public void succeeded(String email) {
    counts.remove(emailKey(email));
  }

  private boolean locked(String key, Instant now) {
    String value = counts.get(key);
    if (value == null) {
      return false;
    }
    Failures f = Failures.decode(value);
    return f.lockedUntil() != null && now.isBefore(f.lockedUntil());
  }

  /**
   * One more failure, by compare-and-set: another instance may count the same key at the same
   * moment, and neither failure may be lost.
   */
  private void count(String key, int free, Instant now) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String old = counts.get(key);
      Failures f = old == null ? null : Failures.decode(old);
      Failures current = f == null || expired(f, now) ? new Failures(0, now, null) : f;
      int count = current.count() + 1;
      Instant lockedUntil = current.lockedUntil();
      if (count >= free) {
        long doublings = Math.min(count - free, 4);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
      }
      String next = new Failures(count, current.since(), lockedUntil).encode();
      if (old == null ? counts.putIfAbsent(key, next) : counts.replace(key, old, next)) {
        return;
      }
    }
    LOG.warning("A sign-in failure could not be counted (too much contention on one key)");
  }

  private static boolean expired(Failures f, Instant now) {
    boolean windowOver = now.isAfter(f.since().plus(WINDOW));
    boolean unlocked = f.lockedUntil() == null || !now.isBefore(f.lockedUntil());
    return windowOver && unlocked;
  }

  private static String emailKey(String email) {
    return "e:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
