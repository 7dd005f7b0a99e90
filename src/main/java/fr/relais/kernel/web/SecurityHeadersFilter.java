package fr.relais.kernel.web;

import fr.relais.kernel.i18n.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries, whatever produced it, and the attributes of every cookie it sets
 * (the container's session cookie included): see docs/security.md. Declared first in web.xml so
 * that it wraps every other filter, copies of the public cache included, and error pages.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /** Nothing Relais does needs a camera (check-in codes are scanned by the phone's own app). */
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(),"
          + " display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()";

  static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    boolean https = Https.requested(request);
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean personal = isPersonal(request) && !PublicPaths.isStatic(path);
    if (personal || !(PublicPaths.isStatic(path) || PublicPaths.isPublic(path))) {
      response.setHeader("Cache-Control", "no-store");
    }
    HardenedResponse hardened = new HardenedResponse(response, https, personal);
    chain.doFilter(request, hardened);
    hardened.completeCookies();
  }

  /**
   * A request of someone signed in, or carrying what may identify them (credentials, a session
   * cookie): whatever the answer, no cache may keep it.
   */
  static boolean isPersonal(HttpServletRequest request) {
    if (request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
      return true;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (!Language.COOKIE.equals(cookie.getName())) {
          return true;
        }
      }
    }
    return false;
  }
}
