package fr.relais.people;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PBKDF2 hash as Relais stored them until issue 18: the format of Jakarta Security's {@code
 * Pbkdf2PasswordHash} (Soteria), {@code PBKDF2WithHmacSHA512:210000:<salt>:<hash>} in padded
 * base64. Only checked, never written: the next successful sign-in replaces it with Argon2id.
 */
record Pbkdf2Hash(String algorithm, int iterations, byte[] salt, byte[] hash) {

  private static final Set<String> ALGORITHMS =
      Set.of(
          "PBKDF2WithHmacSHA224",
          "PBKDF2WithHmacSHA256",
          "PBKDF2WithHmacSHA384",
          "PBKDF2WithHmacSHA512");

  /** Empty when the string is not such a hash. */
  static Optional<Pbkdf2Hash> parse(String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split(":", -1);
    if (parts.length != 4 || !ALGORITHMS.contains(parts[0]) || !parts[1].matches("\\d{1,8}")) {
      return Optional.empty();
    }
    try {
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      int iterations = Integer.parseInt(parts[1]);
      return iterations < 1 || salt.length == 0 || hash.length < 16
          ? Optional.empty()
          : Optional.of(new Pbkdf2Hash(parts[0], iterations, salt, hash));
    } catch (IllegalArgumentException badBase64) {
      return Optional.empty();
    }
  }

  boolean matches(String password) {
    try {
      byte[] computed =
          SecretKeyFactory.getInstance(algorithm)
              .generateSecret(
                  new PBEKeySpec(password.toCharArray(), salt, iterations, hash.length * 8))
              .getEncoded();
      return MessageDigest.isEqual(computed, hash);
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException(unavailable);
    }
  }
}
