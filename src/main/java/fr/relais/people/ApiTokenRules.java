package fr.relais.people;

import fr.relais.kernel.api.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/** The pure rules of API tokens: their form, their hash, their life, what they let one do. */
public final class ApiTokenRules {

  static final String PREFIX = "rl_";
  private static final int RANDOM_BYTES = 32;

  /** "rl_" and 43 characters of base64url: what a token looks like before any lookup. */
  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("rl_[A-Za-z0-9_-]{43}");

  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 365;
  public static final int MAX_NAME = 80;
  public static final String DEFAULT_NAME = "API";

  /** A token's last use is written at most this often, so a crowd does not write a row a call. */
  static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokenRules() {}

  /** A new token: "rl_" + 32 random bytes in base64url without padding. */
  public static String newToken() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean looksLikeToken(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  /** What is stored: the SHA-256 of the token, 64 hex characters. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Usable at this instant: not revoked, and its expiry not reached. */
  public static boolean usableAt(Instant now, Instant expiresAt, Instant revokedAt) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Whether the last use should be written now (never written, or over a minute ago). */
  public static boolean useWorthRecording(Instant lastUsed, Instant now) {
    return lastUsed == null || !now.isBefore(lastUsed.plus(USE_RECORDED_EVERY));
  }

  /** COORDINATE is for coordinators and administrators only; the other scopes for anyone. */
  public static boolean mayHold(Set<Role> roles, Scope scope) {
    return scope != Scope.COORDINATE
        || roles.contains(Role.COORDINATOR)
        || roles.contains(Role.ADMIN);
  }

  /** Every scope this account may hold (what a client asking for "all" gets). */
  public static Set<Scope> allFor(Set<Role> roles) {
    Set<Scope> all = EnumSet.noneOf(Scope.class);
    for (Scope s : Scope.values()) {
      if (mayHold(roles, s)) {
        all.add(s);
      }
    }
    return all;
  }

  /**
   * The roles a token call acts with: all of the account's with COORDINATE; without it, the
   * coordinating roles are left out, so the token reaches only what the person may do as themselves
   * (a coordinator's READ or REGISTER token reads no one else's sheet).
   */
  public static Set<String> rolesActedWith(Set<Role> roles, Set<Scope> scopes) {
    return roles.stream()
        .filter(
            r -> scopes.contains(Scope.COORDINATE) || (r != Role.COORDINATOR && r != Role.ADMIN))
        .map(Role::name)
        .collect(Collectors.toSet());
  }

  /** As stored: "READ,REGISTER", in the scopes' order. */
  public static String format(Set<Scope> scopes) {
    return scopes.stream().sorted().map(Scope::name).collect(Collectors.joining(","));
  }

  public static Set<Scope> parse(String stored) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(String::strip).map(Scope::valueOf).forEach(scopes::add);
    }
    return scopes;
  }
}
