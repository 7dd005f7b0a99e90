package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failures for one e-mail address (whether or not an
 * account has it, so the answer tells nothing about who is registered), or many from one network
 * address, sign-in is refused for a while, longer at each further failure. Kept in memory: each
 * instance counts its own attempts (docs/security.md).
 */
@ApplicationScoped
public class SignInThrottle {

  static final int FREE_FAILURES_PER_EMAIL = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  private static final int PRUNE_ABOVE = 10_000;

  @Inject private Clock clock;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  SignInThrottle() {}

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Failures in the current window, and until when the key is refused. */
  private record Failures(int count, Instant since, Instant lockedUntil) {}

  /** Whether a sign-in for this e-mail from this address may be checked now. */
  public boolean allowed(String email, String address) {
    Instant now = clock.instant();
    return !locked(emailKey(email), now) && !locked(addressKey(address), now);
  }

  public void failed(String email, String address) {
    Instant now = clock.instant();
    count(emailKey(email), FREE_FAILURES_PER_EMAIL, now);
    count(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(f -> expired(f, now));
    }
  }

  /** A right password clears the e-mail's failures (the address keeps its own count). */
  public void succeeded(String email) {
    failures.remove(emailKey(email));
  }

  private boolean locked(String key, Instant now) {
    Failures f = failures.get(key);
    return f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil());
  }

  private void count(String key, int free, Instant now) {
    failures.compute(
        key,
        (k, f) -> {
          Failures current = f == null || expired(f, now) ? new Failures(0, now, null) : f;
          int count = current.count() + 1;
          Instant lockedUntil = current.lockedUntil();
          if (count >= free) {
            long doublings = Math.min(count - free, 4);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
          }
          return new Failures(count, current.since(), lockedUntil);
        });
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
