package fr.relais.kernel.web;

import fr.relais.kernel.i18n.Language;
import java.util.Locale;

/**
 * The attributes every cookie Relais sends carries, whoever wrote it (the container's session
 * cookie included): {@code HttpOnly} (scripts never read them; the language cookie aside, it holds
 * nothing secret), {@code SameSite=Lax} (never sent with another site's form) and {@code Secure}
 * over HTTPS.
 */
final class CookieAttributes {

  private CookieAttributes() {}

  /** The Set-Cookie header value with what is missing added; unchanged when nothing is. */
  static String complete(String setCookie, boolean secure) {
    String lower = setCookie.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(setCookie.strip());
    if (!isLanguage(setCookie) && !hasAttribute(lower, "httponly")) {
      out.append("; HttpOnly");
    }
    if (!hasAttribute(lower, "samesite")) {
      out.append("; SameSite=Lax");
    }
    if (secure && !hasAttribute(lower, "secure")) {
      out.append("; Secure");
    }
    return out.length() == setCookie.strip().length() ? setCookie : out.toString();
  }

  private static boolean isLanguage(String setCookie) {
    return setCookie.strip().startsWith(Language.COOKIE + "=");
  }

  /** An attribute after the first ';' (the name=value pair itself never counts). */
  private static boolean hasAttribute(String lowerCaseCookie, String name) {
    String[] parts = lowerCaseCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].strip();
      int equals = attribute.indexOf('=');
      String key = (equals < 0 ? attribute : attribute.substring(0, equals)).strip();
      if (key.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
