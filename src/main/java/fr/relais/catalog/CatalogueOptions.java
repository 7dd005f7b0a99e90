package fr.relais.catalog;

import fr.relais.programme.Theme;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The choices offered by the catalogue's filters. */
@ApplicationScoped
public class CatalogueOptions {

  @PersistenceContext private EntityManager em;

  public List<Theme> themes() {
    return em.createQuery("SELECT t FROM Theme t ORDER BY t.nameFr", Theme.class).getResultList();
  }

  /** Sites that hold at least one published session: a filter never leads to nothing. */
  public List<Site> sitesWithSessions() {
    return em.createQuery(
            "SELECT si FROM Site si WHERE EXISTS (SELECT s FROM Session s WHERE s.site = si"
                + " AND s.status = fr.relais.scheduling.SessionStatus.PUBLISHED) ORDER BY si.name",
            Site.class)
        .getResultList();
  }
}
