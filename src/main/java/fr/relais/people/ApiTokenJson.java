package fr.relais.people;

import fr.relais.kernel.ClockProducer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** One of the caller's tokens, as the API lists it: never its hash. */
public record ApiTokenJson(
    long id,
    String name,
    List<String> scopes,
    OffsetDateTime createdAt,
    OffsetDateTime lastUsedAt,
    OffsetDateTime expiresAt,
    OffsetDateTime revokedAt,
    boolean usable) {

  public static ApiTokenJson of(ApiToken t, Instant now) {
    return new ApiTokenJson(
        t.getId(),
        t.getName(),
        t.getScopes().stream().map(Enum::name).toList(),
        paris(t.getCreatedAt()),
        paris(t.getLastUsedAt()),
        paris(t.getExpiresAt()),
        paris(t.getRevokedAt()),
        t.usableAt(now));
  }

  /** The answer to POST /api/tokens: the only time the token is shown. */
  public record Created(
      long id, String token, String name, List<String> scopes, OffsetDateTime expiresAt) {
    static Created of(ApiTokens.Created made) {
      ApiToken t = made.token();
      return new Created(
          t.getId(),
          made.secret(),
          t.getName(),
          t.getScopes().stream().map(Enum::name).toList(),
          paris(t.getExpiresAt()));
    }
  }

  static OffsetDateTime paris(Instant instant) {
    return instant == null ? null : instant.atZone(ClockProducer.PARIS).toOffsetDateTime();
  }
}
