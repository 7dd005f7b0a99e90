package fr.relais.people;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.audit.AuditService;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * API tokens (issue 18): made with the e-mail and password (checked and throttled exactly as the
 * sign-in form does) or from "Mon compte", listed and revoked by their owner only. The token is
 * returned once; only its SHA-256 is stored.
 */
@Stateless
public class ApiTokens {

  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

  @Inject private IdentityStoreHandler identityStores;
  @Inject private SignInThrottle throttle;
  @Inject private AccountRepository accounts;
  @Inject private ApiTokenRepository tokens;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** The e-mail and password were refused (a 401), or not even checked for now (a 429). */
  @ApplicationException(rollback = true)
  public static class CredentialsRefused extends RuntimeException {
    private final boolean throttled;

    CredentialsRefused(boolean throttled) {
      super(throttled ? "too many failures" : "wrong e-mail or password");
      this.throttled = throttled;
    }

    public boolean isThrottled() {
      return throttled;
    }
  }

  /** A token just made: the only time its text is known. */
  public record Created(ApiToken token, String secret) {}

  /** What is asked for: a name (optional), scope names, a number of days (optional). */
  public record Wish(String name, List<String> scopes, Integer days) {}

  /** POST /api/tokens: the account proves itself with its e-mail and password. */
  public Created create(String email, String password, Wish wish, String address) {
    List<FieldError> missing = new ArrayList<>();
    if (email == null || email.isBlank()) {
      missing.add(new FieldError("email", "token.error.email"));
    }
    if (password == null || password.isEmpty()) {
      missing.add(new FieldError("password", "token.error.password"));
    }
    if (!missing.isEmpty()) {
      // Nothing to check: no password work, and no failure counted against the address.
      throw new InvalidInput(missing);
    }
    String login = email;
    if (!throttle.allowed(login, address)) {
      LOG.warning(() -> "Token refused for now (too many failures) from " + address);
      throw new CredentialsRefused(true);
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(login, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(login, address);
      throw new CredentialsRefused(false);
    }
    throttle.succeeded(login);
    Account account =
        accounts
            .findByEmail(result.getCallerPrincipal().getName())
            .orElseThrow(() -> new CredentialsRefused(false));
    return make(Caller.of(account), wish);
  }

  /** "Mon compte": a signed-in person makes a token for themselves. */
  public Created createFor(Caller caller, Wish wish) {
    return make(caller, wish);
  }

  public List<ApiToken> mine(Caller caller) {
    return tokens.ofAccount(caller.accountId());
  }

  /** Revokes one of the caller's own tokens; anyone else's answers 404, like a missing one. */
  public ApiToken revoke(Caller caller, long tokenId) {
    ApiToken token =
        tokens
            .find(tokenId)
            .filter(t -> caller.is(t.getAccountId()))
            .orElseThrow(() -> new NotFoundException("token " + tokenId));
    if (token.getRevokedAt() == null) {
      token.revoke(clock.instant().truncatedTo(ChronoUnit.SECONDS));
      audit.record("account", caller.accountId(), "API_TOKEN_REVOKED", "token " + tokenId);
    }
    return token;
  }

  private Created make(Caller caller, Wish wish) {
    List<FieldError> errors = new ArrayList<>();
    String name =
        wish.name() == null || wish.name().isBlank()
            ? ApiTokenRules.DEFAULT_NAME
            : wish.name().strip();
    if (name.length() > ApiTokenRules.MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("name", "token.error.name", ApiTokenRules.MAX_NAME));
    }
    Set<Scope> scopes = scopes(wish.scopes(), caller.roles(), errors);
    int days = wish.days() == null ? ApiTokenRules.DEFAULT_DAYS : wish.days();
    if (days < 1 || days > ApiTokenRules.MAX_DAYS) {
      errors.add(new FieldError("days", "token.error.days", ApiTokenRules.MAX_DAYS));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String secret = ApiTokenRules.newToken();
    ApiToken token =
        new ApiToken(
            caller.accountId(),
            name,
            scopes,
            ApiTokenRules.hash(secret),
            now,
            now.plus(Duration.ofDays(days)));
    tokens.persist(token);
    audit.record(
        "account",
        caller.accountId(),
        "API_TOKEN_CREATED",
        "token " + token.getId() + " " + ApiTokenRules.format(scopes) + ", " + days + " days");
    return new Created(token, secret);
  }

  private static Set<Scope> scopes(List<String> names, Set<Role> roles, List<FieldError> errors) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    if (names == null || names.isEmpty()) {
      errors.add(new FieldError("scopes", "token.error.scopes.none"));
      return scopes;
    }
    for (String name : names) {
      Scope scope = scopeNamed(name);
      if (scope == null) {
        errors.add(new FieldError("scopes", "token.error.scopes.unknown"));
      } else if (!ApiTokenRules.mayHold(roles, scope)) {
        errors.add(new FieldError("scopes", "token.error.scopes.coordinate"));
      } else {
        scopes.add(scope);
      }
    }
    return scopes;
  }

  private static Scope scopeNamed(String name) {
    for (Scope s : Scope.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
