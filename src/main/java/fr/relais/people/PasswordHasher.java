package fr.relais.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP's 2023 figure for this function), a 32-byte
 * random salt per password. The stored string names its own parameters, so raising them later still
 * verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** Verified against when an e-mail is unknown, so both cases take the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("decoy-password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /**
   * False for a wrong password and for a hash that is none (an erased account's "!"), after the
   * time a real check takes.
   */
  public boolean matches(String password, String storedHash) {
    try {
      return storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    } catch (IllegalArgumentException notAHash) {
      burnTime(password);
      return false;
    }
  }

  /** Spends the time a real check would, for an unknown account. */
  public void burnTime(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
