package fr.relais.people;

import fr.relais.kernel.api.AllowedFilter;
import fr.relais.kernel.api.ApiError;
import fr.relais.kernel.api.Scope;
import fr.relais.kernel.web.LocalPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How callers prove who they are:
 *
 * <ul>
 *   <li>pages: the sign-in form (through {@code SecurityContext.authenticate}), remembered in the
 *       HTTP session; a protected page sends an anonymous visitor to the sign-in page;
 *   <li>the API under /api: an API token ({@code Authorization: Bearer rl_…}, made with POST
 *       /api/tokens), looked up on every request by its hash in one indexed query, never creating
 *       an HTTP session; the token's scopes go on the request for {@code AllowedFilter}. The API
 *       also accepts a signed-in browser's session;
 *   <li>HTTP Basic is refused everywhere, with a 401 saying how to get a token (issue 18: checking
 *       a password on every call capped the API at a few calls a second).
 * </ul>
 */
@ApplicationScoped
public class RelaisAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(RelaisAuthenticationMechanism.class.getName());
  static final String SIGN_IN_PAGE = "/people/signin";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private SignInThrottle throttle;
  @Inject private CredentialVersions credentials;
  @Inject private AccountRepository accounts;
  @Inject private ApiTokenRepository tokens;
  @Inject private TokenUses uses;
  @Inject private Clock clock;

  /**
   * Set on a resumed request: the caller's first name, read with their roles, for a page served
   * from the public copy with only its header made personal (catalog.PublicCache).
   */
  public static final String FIRST_NAME = "relais.firstName";

  /** The names of the roles a resumed session holds for this request ({@link CurrentUser#has}). */
  static final String ROLES = "relais.roles";

  /** Set on the request when a sign-in was refused for too many failures, for the page to say. */
  public static final String THROTTLED = "relais.signin.throttled";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return signIn(submitted, context);
    }
    String authorization = request.getHeader("Authorization");
    if (hasScheme(authorization, "Basic")) {
      return basic(response);
    }
    if (isApi(request) && hasScheme(authorization, "Bearer")) {
      return bearer(authorization.substring(BEARER.length()).strip(), request, response, context);
    }
    Principal remembered = request.getUserPrincipal();
    if (remembered != null) {
      return resume(remembered, request, context);
    }
    if (context.isProtected() && !isApi(request)) {
      return context.redirect(signInUrl(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(Credential credential, HttpMessageContext context) {
    HttpServletRequest request = context.getRequest();
    String email = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "";
    if (!throttle.allowed(email, request.getRemoteAddr())) {
      LOG.warning(
          () -> "Sign-in refused for now (too many failures) from " + request.getRemoteAddr());
      request.setAttribute(THROTTLED, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(email, request.getRemoteAddr());
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(email);
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    credentials.remember(
        context.getRequest().getSession(true), result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * The HTTP session already holds a signed-in caller: hand the same principal back with the roles
   * the account holds now (read from the database, so that a role removed counts at once; Payara
   * also lost the roles of a few concurrent requests when left to itself). A deactivated or erased
   * account's session ends here, at its next request.
   */
  private AuthenticationStatus resume(
      Principal principal, HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (!credentials.stillValid(session, principal.getName())) {
      return signedInElsewhereWithOldCredentials(request, session, context);
    }
    Optional<AccountRepository.Standing> standing = accounts.currentStanding(principal.getName());
    if (standing.isEmpty()) {
      if (session != null) {
        session.invalidate();
      }
      LOG.info("Session of a deactivated account ended");
      return context.isProtected() && !isApi(request)
          ? context.redirect(signInUrl(request))
          : context.doNothing();
    }
    Set<String> roles =
        standing.get().roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    request.setAttribute(FIRST_NAME, standing.get().firstName());
    request.setAttribute(ROLES, roles);
    return context.notifyContainerAboutLogin(principal, roles);
  }

  /**
   * The password or e-mail changed since this session signed in (or the account is gone): the
   * session ends, and the person signs in again, coming back to the page they asked for.
   */
  private static AuthenticationStatus signedInElsewhereWithOldCredentials(
      HttpServletRequest request, HttpSession session, HttpMessageContext context) {
    LOG.info("A session signed in with older credentials was ended");
    if (session != null) {
      session.invalidate();
    }
    String url = signInUrl(request);
    return context.redirect(url + (url.contains("?") ? "&" : "?") + "ended=true");
  }

  /**
   * A token call: one indexed query (token hash → active account, its roles, the token's scopes and
   * dates), then the account's roles for this request only (the coordinating ones only with
   * COORDINATE), the scopes on the request, the use recorded at most once a minute.
   */
  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!ApiTokenRules.looksLikeToken(token)) {
      return refuse(response, "Invalid API token");
    }
    Optional<ApiTokenRepository.Holder> holder = tokens.holderOf(ApiTokenRules.hash(token));
    Instant now = clock.instant();
    if (holder.isEmpty()) {
      return refuse(response, "Invalid API token");
    }
    ApiTokenRepository.Holder h = holder.get();
    if (!ApiTokenRules.usableAt(now, h.expiresAt(), h.revokedAt())) {
      return refuse(
          response,
          h.revokedAt() != null ? "This API token was revoked" : "This API token has expired");
    }
    uses.used(h, now);
    request.setAttribute(Scope.ATTRIBUTE, Set.copyOf(h.scopes()));
    return context.notifyContainerAboutLogin(
        h.email(), ApiTokenRules.rolesActedWith(h.roles(), h.scopes()));
  }

  /** HTTP Basic, on any page or endpoint: refused, saying how to get a token. */
  private static AuthenticationStatus basic(HttpServletResponse response) {
    return refuse(response, BASIC_REFUSED);
  }

  static final String BASIC_REFUSED =
      "HTTP Basic is no longer accepted: get an API token with POST /api/tokens"
          + " (your e-mail and password in a JSON body, see /openapi) and send it as"
          + " Authorization: Bearer <token>";

  private static final String BEARER = "Bearer ";

  private static boolean hasScheme(String authorization, String scheme) {
    return authorization != null
        && authorization.length() > scheme.length()
        && authorization.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1);
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, String message) {
    try {
      ApiError.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    } catch (IOException ignored) {
      // The status is what matters to an API client.
    }
    response.setHeader("WWW-Authenticate", AllowedFilter.CHALLENGE);
    // Sent before any filter runs (SecurityHeadersFilter never sees it): its own few headers.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String signInUrl(HttpServletRequest request) {
    String target = request.getRequestURI();
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String url = request.getContextPath() + SIGN_IN_PAGE;
    return LocalPath.of(target)
        .map(next -> url + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
        .orElse(url);
  }
}
