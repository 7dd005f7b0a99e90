package fr.relais.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether the visitor's browser reached Relais over HTTPS, directly or through a proxy. */
public final class Https {

  private Https() {}

  /**
   * True over TLS, or when a TLS-terminating proxy says so with {@code X-Forwarded-Proto: https}. A
   * client forging the header over plain HTTP only gets cookies its own browser will not send back,
   * and a Strict-Transport-Security header that browsers ignore over HTTP.
   */
  public static boolean requested(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    String forwarded = request.getHeader("X-Forwarded-Proto");
    return forwarded != null && "https".equalsIgnoreCase(forwarded.split(",")[0].strip());
  }
}
