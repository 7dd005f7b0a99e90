package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final String PASSWORD = "Ancien-mot-2026!";

  /**
   * Made by Soteria's Pbkdf2PasswordHashImpl as Payara Micro 6.2025.10 ships it, with the
   * parameters PasswordHasher used until issue 18 (PBKDF2WithHmacSHA512, 210,000 iterations,
   * 32-byte salt, 64-byte key), for {@link #PASSWORD}.
   */
  static final String SOTERIA_PBKDF2 =
      "PBKDF2WithHmacSHA512:210000:vWBVNZd7uvJ7hVPTRubFLY7ex2JCmtR8gCF3uLM5dqg=:"
          + "1jtUO7irRzAMEHW84fIEr6XzuFHmA20fgdTwkeQ7IFEn4WA9syYTl4fTnwehHj9+uGqFGIf+jz3P5rTp4PPDHA==";

  /** The reference implementation's (phc-winner-argon2, src/test.c) for "password". */
  private static final String REFERENCE_PHC =
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void aNewHashIsArgon2idInThePhcFormatWithTodaysCostAndItsOwnSalt() {
    String hash = hasher.hash(PASSWORD);
    assertTrue(
        hash.matches("\\$argon2id\\$v=19\\$m=7168,t=5,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
        hash);
    assertNotEquals(hash, hasher.hash(PASSWORD), "a fresh salt each time");
    assertEquals(hash, Argon2Hash.parse(hash).orElseThrow().encoded());
  }

  @Test
  void theRightPasswordMatchesAndAnyOtherDoesNot() {
    String hash = hasher.hash(PASSWORD);
    assertTrue(hasher.matches(PASSWORD, hash));
    assertFalse(hasher.matches("Ancien-mot-2026?", hash));
    assertFalse(hasher.matches("", hash));
    String accents = hasher.hash("Éléphant-à-l'été-2026");
    assertTrue(hasher.matches("Éléphant-à-l'été-2026", accents));
    assertFalse(hasher.matches("Elephant-a-l'ete-2026", accents));
  }

  /** RFC 9106, section 5.3: so the parameters given to Bouncy Castle are Argon2id version 1.3. */
  @Test
  void argon2idGivesTheTagOfRfc9106() {
    byte[] tag =
        Argon2Hash.derive(
            new Argon2Hash.Cost(32, 3, 4),
            filled(16, 0x02),
            filled(32, 0x01),
            filled(8, 0x03),
            filled(12, 0x04),
            32);
    assertArrayEquals(
        HexFormat.of().parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"),
        tag);
  }

  @Test
  void aHashOfTheReferenceImplementationVerifiesAndAsksForAnUpgrade() {
    assertTrue(hasher.matches("password", REFERENCE_PHC));
    assertFalse(hasher.matches("Password", REFERENCE_PHC));
    assertEquals(REFERENCE_PHC, Argon2Hash.parse(REFERENCE_PHC).orElseThrow().encoded());
    assertTrue(hasher.needsUpgrade(REFERENCE_PHC), "another cost than today's");
  }

  @Test
  void aPbkdf2HashOfBeforeStillVerifiesAndAsksForAnUpgrade() {
    assertTrue(hasher.matches(PASSWORD, SOTERIA_PBKDF2));
    assertFalse(hasher.matches("Ancien-mot-2026?", SOTERIA_PBKDF2));
    assertTrue(hasher.needsUpgrade(SOTERIA_PBKDF2));
  }

  @Test
  void onlyOlderHashesNeedAnUpgrade() {
    assertFalse(hasher.needsUpgrade(hasher.hash(PASSWORD)));
    String sameSaltOtherCost = hasher.hash(PASSWORD).replace("m=7168,t=5,p=1", "m=19456,t=2,p=1");
    assertTrue(hasher.needsUpgrade(sameSaltOtherCost));
    assertTrue(hasher.needsUpgrade(hasher.hash(PASSWORD).replace("t=5", "t=6")));
    assertFalse(hasher.needsUpgrade("!"), "an erased account has nothing to upgrade");
    assertFalse(hasher.needsUpgrade(null));
    assertFalse(hasher.needsUpgrade(""));
  }

  /** A stored value that is no hash costs one real check, then is refused. */
  @Test
  void noHashNeverMatchesAfterTheCostOfARealCheck() {
    AtomicInteger computed = new AtomicInteger();
    hasher.probe = inside -> computed.incrementAndGet();
    List<String> noHashes =
        Arrays.asList(
            "!",
            null,
            "",
            "$argon2id$v=19$m=7168,t=5,p=1$!!!!$!!!!",
            "$argon2i$v=19$m=7168,t=5,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=16$m=7168,t=5,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=4194304,t=5,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "PBKDF2WithHmacSHA512:abc:vWBVNZd7uvJ7hVPTRubFLY7ex2JCmtR8gCF3uLM5dqg=:AAAA",
            "MD5:1:AAAA:AAAA");
    for (String stored : noHashes) {
      int before = computed.get();
      assertFalse(hasher.matches(PASSWORD, stored), stored);
      assertEquals(before + 1, computed.get(), "one hash computed for " + stored);
    }
  }

  /** An unknown e-mail costs what a wrong password on an account hashed today costs. */
  @Test
  void theDecoyForUnknownEmailsIsAnArgon2idCheckAtTodaysCost() {
    assertEquals(PasswordHasher.TODAY, Argon2Hash.parse(hasher.decoy).orElseThrow().cost());
    AtomicInteger computed = new AtomicInteger();
    hasher.probe = inside -> computed.incrementAndGet();
    hasher.burnTime(PASSWORD);
    assertEquals(1, computed.get());
  }

  /**
   * Hashes, checks and decoys share one bound. The probe holds each pair inside until both are
   * there, so the bound is reached, and records the most ever inside at once.
   */
  @Test
  void neverMoreHashesAtOnceThanTheBound() throws Exception {
    int bound = 2;
    PasswordHasher bounded = new PasswordHasher(bound);
    String stored = bounded.hash(PASSWORD);
    AtomicInteger most = new AtomicInteger();
    CyclicBarrier pair = new CyclicBarrier(bound);
    bounded.probe =
        inside -> {
          most.accumulateAndGet(inside, Math::max);
          try {
            pair.await(20, TimeUnit.SECONDS);
          } catch (Exception broken) {
            throw new IllegalStateException(broken);
          }
        };
    ExecutorService crowd = Executors.newFixedThreadPool(12);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int kind = i % 4;
        done.add(
            crowd.submit(
                () -> {
                  switch (kind) {
                    case 0 -> bounded.hash(PASSWORD);
                    case 1 -> bounded.matches(PASSWORD, stored);
                    case 2 -> bounded.burnTime(PASSWORD);
                    default -> bounded.matches(PASSWORD, "!");
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      crowd.shutdownNow();
    }
    assertEquals(bound, most.get());
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
