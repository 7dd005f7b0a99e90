package fr.relais.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Activities and themes in the database. */
@ApplicationScoped
public class ProgrammeRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Activity> activity(long id) {
    return Optional.ofNullable(em.find(Activity.class, id));
  }

  public Optional<Theme> theme(long id) {
    return Optional.ofNullable(em.find(Theme.class, id));
  }

  /** All activities, open ones first, with their theme, in one query. */
  public List<Activity> activities(boolean withArchived) {
    return em.createQuery(
            """
            SELECT a FROM Activity a JOIN FETCH a.theme%s
            ORDER BY a.archived, a.format, a.title
            """
                .formatted((withArchived ? "" : " WHERE a.archived = false")),
            Activity.class)
        .getResultList();
  }

  public List<Theme> themes() {
    return em.createQuery("SELECT t FROM Theme t ORDER BY t.nameFr", Theme.class).getResultList();
  }

  public long sessionsOf(Activity activity) {
    return em.createQuery("SELECT COUNT(s) FROM Session s WHERE s.activity = :a", Long.class)
        .setParameter("a", activity)
        .getSingleResult();
  }

  public long activitiesAbout(Theme theme) {
    return em.createQuery("SELECT COUNT(a) FROM Activity a WHERE a.theme = :t", Long.class)
        .setParameter("t", theme)
        .getSingleResult();
  }

  public boolean themeNameTaken(String nameFr, Long except) {
    return em.createQuery(
            "SELECT t.id FROM Theme t WHERE LOWER(t.nameFr) = LOWER(:name)", Long.class)
        .setParameter("name", nameFr.strip())
        .getResultStream()
        .anyMatch(id -> !id.equals(except));
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }

  public void remove(Object entity) {
    em.remove(entity);
    em.flush();
  }
}
