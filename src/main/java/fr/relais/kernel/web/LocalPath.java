package fr.relais.kernel.web;

import java.util.Optional;

/**
 * A path inside this application, safe to redirect to. Anything that could leave the site
 * ("//evil.example", "https://…", "/\\evil", control characters) is refused, so a "next" parameter
 * can never become an open redirect.
 */
public final class LocalPath {

  private LocalPath() {}

  public static Optional<String> of(String candidate) {
    if (candidate == null || candidate.isBlank() || candidate.length() > 2000) {
      return Optional.empty();
    }
    if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
      return Optional.empty();
    }
    for (char c : candidate.toCharArray()) {
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return Optional.empty();
      }
    }
    return Optional.of(candidate);
  }
}
