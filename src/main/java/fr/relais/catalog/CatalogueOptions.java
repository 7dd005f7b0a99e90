package fr.relais.catalog;

import fr.relais.programme.Theme;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The choices offered by the catalogue's filters, read at most every 30 seconds: they were two of
 * the four queries of every catalogue page (docs/performance.md), and a new theme or site may well
 * wait half a minute to appear in a filter. Read-only, shared by all requests.
 */
@ApplicationScoped
public class CatalogueOptions {

  static final Duration FRESH = Duration.ofSeconds(30);

  @Inject private CatalogueRepository catalogue;
  @Inject private Clock clock;

  private volatile Choices choices;

  private record Choices(Instant readAt, List<Theme> themes, List<Site> sites) {}

  public List<Theme> themes() {
    return current().themes();
  }

  /** Sites that hold at least one published session: a filter never leads to nothing. */
  public List<Site> sitesWithSessions() {
    return current().sites();
  }

  private Choices current() {
    Instant now = clock.instant();
    Choices read = choices;
    if (read == null || read.readAt().plus(FRESH).isBefore(now)) {
      // Two requests may read at once after expiry: harmless, the last one wins.
      read =
          new Choices(
              now, List.copyOf(catalogue.themes()), List.copyOf(catalogue.sitesWithSessions()));
      choices = read;
    }
    return read;
  }
}
