package fr.relais.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random token bound to the HTTP session, for the few plain (non-JSF) forms: a cross-site page
 * cannot read it, so it cannot forge the post.
 */
public final class SessionToken {

  private static final String ATTRIBUTE = "relais.token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionToken() {}

  /** The token of the current session; empty when there is no session (nothing to protect). */
  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return "";
    }
    Object token = session.getAttribute(ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, token);
    }
    return (String) token;
  }

  public static boolean matches(HttpServletRequest request, String submitted) {
    HttpSession session = request.getSession(false);
    if (session == null || submitted == null) {
      return false;
    }
    Object token = session.getAttribute(ATTRIBUTE);
    return token != null
        && MessageDigest.isEqual(
            token.toString().getBytes(StandardCharsets.UTF_8),
            submitted.getBytes(StandardCharsets.UTF_8));
  }
}
