package fr.relais.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check-in code of a session: an HMAC of the session and the current minute under the session's
 * own secret, shown as a QR code and readable aloud (6 characters, no look-alikes). It changes
 * every 60 seconds; the previous one is still accepted (a scan takes a moment), and only from 30
 * minutes before the start to 30 minutes after the end. A photo sent to an absent colleague is
 * useless a minute later; a forged code fails the HMAC.
 */
public final class CheckInCodes {

  public static final Duration STEP = Duration.ofSeconds(60);
  public static final Duration MARGIN = fr.relais.scheduling.Session.CHECK_IN_MARGIN;
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 6;

  private CheckInCodes() {}

  /** Why a code is refused, or null when it is good. */
  public enum Refusal {
    OUTSIDE_WINDOW,
    WRONG_OR_EXPIRED
  }

  public static String code(byte[] secret, long sessionId, Instant at) {
    return code(secret, sessionId, at.getEpochSecond() / STEP.getSeconds());
  }

  static String code(byte[] secret, long sessionId, long step) {
    byte[] mac = hmac(secret, ByteBuffer.allocate(16).putLong(sessionId).putLong(step).array());
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt((mac[i] & 0xff) % ALPHABET.length()));
    }
    return code.toString();
  }

  /** Checks a typed or scanned code for a session running from start to end. */
  public static Refusal check(
      byte[] secret, long sessionId, String typed, Instant start, Instant end, Instant now) {
    if (now.isBefore(start.minus(MARGIN)) || now.isAfter(end.plus(MARGIN))) {
      return Refusal.OUTSIDE_WINDOW;
    }
    if (typed == null || secret == null) {
      return Refusal.WRONG_OR_EXPIRED;
    }
    byte[] given =
        typed.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    long step = now.getEpochSecond() / STEP.getSeconds();
    for (long s = step; s >= step - 1; s--) {
      if (MessageDigest.isEqual(
          given, code(secret, sessionId, s).getBytes(StandardCharsets.US_ASCII))) {
        return null;
      }
    }
    return Refusal.WRONG_OR_EXPIRED;
  }

  private static byte[] hmac(byte[] secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
