package fr.relais.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secret tokens of mailed links: random, URL-safe, and stored only as their SHA-256, so a copy of
 * the database opens nothing.
 */
public final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** 24 random bytes, base64url: 32 characters. */
  public static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String token) {
    return sha256(token.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of bytes, in lowercase hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Whether a text can be a token at all (before looking it up). */
  public static boolean plausible(String token) {
    return token != null && !token.isBlank() && token.length() <= 64;
  }
}
