package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Argon2id with m=7168 KiB, t=5, p=1: one of the five equivalent settings of OWASP's Password
 * Storage Cheat Sheet, the one with the least memory and the least CPU time per hash here
 * (docs/security.md). A 16-byte random salt and a 32-byte hash per password, in the PHC string
 * format ({@link Argon2Hash}). PBKDF2 hashes of before ({@link Pbkdf2Hash}) still verify; {@link
 * #needsUpgrade} tells the identity store to re-hash them at the next successful sign-in.
 *
 * <p>At most one hash per processor is computed at once (a fair queue for the others), so a crowd
 * of sign-ins waits its turn instead of allocating 7 MiB per request without bound.
 */
@ApplicationScoped
public class PasswordHasher {

  static final Argon2Hash.Cost TODAY = new Argon2Hash.Cost(7168, 5, 1);
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Semaphore computing;
  private final AtomicInteger inside = new AtomicInteger();

  /** Checked when an e-mail is unknown: today's cost, so both cases take the same time. */
  final String decoy = new Argon2Hash(TODAY, new byte[SALT_BYTES], new byte[HASH_BYTES]).encoded();

  /** Told how many hashes are being computed, from inside each (tests check the bound). */
  volatile IntConsumer probe = now -> {};

  public PasswordHasher() {
    this(Runtime.getRuntime().availableProcessors());
  }

  PasswordHasher(int atOnce) {
    computing = new Semaphore(atOnce, true);
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash =
        bounded(() -> Argon2Hash.derive(TODAY, salt, utf8(password), null, null, HASH_BYTES));
    return new Argon2Hash(TODAY, salt, hash).encoded();
  }

  /**
   * False for a wrong password and for a hash that is none (an erased account's "!"), after the
   * time a real check takes.
   */
  public boolean matches(String password, String storedHash) {
    Optional<Argon2Hash> argon2 = Argon2Hash.parse(storedHash);
    if (argon2.isPresent()) {
      return bounded(
          () -> MessageDigest.isEqual(argon2.get().derive(utf8(password)), argon2.get().hash()));
    }
    Optional<Pbkdf2Hash> pbkdf2 = Pbkdf2Hash.parse(storedHash);
    if (pbkdf2.isPresent()) {
      return bounded(() -> pbkdf2.get().matches(password));
    }
    burnTime(password);
    return false;
  }

  /** Whether a hash that just matched should be made again with today's algorithm and cost. */
  public boolean needsUpgrade(String storedHash) {
    return Pbkdf2Hash.parse(storedHash).isPresent()
        || Argon2Hash.parse(storedHash).map(h -> !h.cost().equals(TODAY)).orElse(false);
  }

  /** Spends the time a real check would, for an unknown account. */
  public void burnTime(String password) {
    matches(password, decoy);
  }

  private <T> T bounded(Supplier<T> hashing) {
    computing.acquireUninterruptibly();
    try {
      probe.accept(inside.incrementAndGet());
      return hashing.get();
    } finally {
      inside.decrementAndGet();
      computing.release();
    }
  }

  private static byte[] utf8(String password) {
    return password.getBytes(StandardCharsets.UTF_8);
  }
}
