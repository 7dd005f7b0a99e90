package fr.relais.catalog;

import fr.relais.programme.Theme;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  @PersistenceContext private EntityManager em;
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
      read = new Choices(now, List.copyOf(readThemes()), List.copyOf(readSites()));
      choices = read;
    }
    return read;
  }

  private List<Theme> readThemes() {
    return em.createQuery("SELECT t FROM Theme t ORDER BY t.nameFr", Theme.class).getResultList();
  }

  private List<Site> readSites() {
    return em.createQuery(
            "SELECT si FROM Site si WHERE EXISTS (SELECT s FROM Session s WHERE s.site = si"
                + " AND s.status = fr.relais.scheduling.SessionStatus.PUBLISHED) ORDER BY si.name",
            Site.class)
        .getResultList();
  }
}
