package fr.relais.kernel.web;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answers anonymous visitors may have kept by a cache: the public catalogue (pages and API,
 * with their own Cache-Control and ETag, docs/performance.md) and the static files. Everything else
 * is sent with {@code Cache-Control: no-store}.
 */
public final class PublicPaths {

  private static final Set<String> CATALOGUE =
      Set.of(
          "/",
          "/catalog/",
          "/catalog/index",
          "/catalog/session",
          "/quality/results",
          "/api/sessions",
          "/api/sessions.ics");
  private static final Pattern ONE_SESSION = Pattern.compile("/api/sessions/\\d{1,18}");

  private PublicPaths() {}

  /** The catalogue, as everyone sees it (path without the context root). */
  public static boolean isPublic(String path) {
    return CATALOGUE.contains(path) || ONE_SESSION.matcher(path).matches();
  }

  /** Style sheets, scripts, fonts and images served by Faces. */
  public static boolean isStatic(String path) {
    return path.startsWith("/jakarta.faces.resource/");
  }
}
