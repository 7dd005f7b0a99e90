package fr.relais.people;

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
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How callers prove who they are:
 *
 * <ul>
 *   <li>pages: the sign-in form (through {@code SecurityContext.authenticate}), remembered in the
 *       HTTP session; a protected page sends an anonymous visitor to the sign-in page;
 *   <li>the API under /api: HTTP Basic with the same accounts, on every request, never creating an
 *       HTTP session.
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

  /**
   * Set on a resumed request: the caller's first name, read with their roles, for a page served
   * from the public copy with only its header made personal (catalog.PublicCache).
   */
  public static final String FIRST_NAME = "relais.firstName";

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
    Principal remembered = request.getUserPrincipal();
    if (remembered != null) {
      return resume(remembered, request, context);
    }
    String authorization = request.getHeader("Authorization");
    if (isApi(request) && authorization != null && authorization.startsWith("Basic ")) {
      return basic(authorization.substring(6), response, context);
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
    request.setAttribute(FIRST_NAME, standing.get().firstName());
    return context.notifyContainerAboutLogin(
        principal, standing.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
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

  private AuthenticationStatus basic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return refuse(response);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return refuse(response);
    }
    String email = decoded.substring(0, colon);
    String address = context.getRequest().getRemoteAddr();
    if (!throttle.allowed(email, address)) {
      LOG.warning(() -> "API sign-in refused for now (too many failures) from " + address);
      response.setHeader("Retry-After", "60");
      response.setStatus(429);
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(email, decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(email, address);
      return refuse(response);
    }
    throttle.succeeded(email);
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus refuse(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Relais\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    try {
      response.getWriter().write("{\"message\":\"Authentication failed\"}");
    } catch (IOException ignored) {
      // The status is what matters to an API client.
    }
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
