package fr.relais.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Sites and rooms in the database. */
@ApplicationScoped
public class SiteRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Site> site(long id) {
    return Optional.ofNullable(em.find(Site.class, id));
  }

  public Optional<Room> room(long id) {
    return Optional.ofNullable(em.find(Room.class, id));
  }

  public List<Site> sites(boolean withArchived) {
    return em.createQuery(
            """
            SELECT s FROM Site s%s
            ORDER BY s.archived, s.kind, s.name
            """
                .formatted((withArchived ? "" : " WHERE s.archived = false")),
            Site.class)
        .getResultList();
  }

  /** Partner establishments a JADES day can be reserved for. */
  public List<Site> partners() {
    return em.createQuery(
            """
            SELECT s FROM Site s WHERE (s.emailDomain IS NOT NULL OR s.kind IN :kinds)
            AND s.archived = false
            ORDER BY s.name
            """,
            Site.class)
        .setParameter(
            "kinds",
            java.util.EnumSet.of(
                SiteKind.HOSPITAL, SiteKind.CLINIC, SiteKind.NURSING_HOME, SiteKind.UNIVERSITY))
        .getResultList();
  }

  public List<Room> roomsOf(long siteId) {
    return em.createQuery(
            "SELECT r FROM Room r WHERE r.site.id = :site ORDER BY r.archived, r.name", Room.class)
        .setParameter("site", siteId)
        .getResultList();
  }

  /** Every open room with its site, for choosing where a session takes place. */
  public List<Room> openRooms() {
    return em.createQuery(
            """
            SELECT r FROM Room r JOIN FETCH r.site s WHERE r.archived = false
            AND s.archived = false ORDER BY s.name, r.name
            """,
            Room.class)
        .getResultList();
  }

  public boolean roomNameTaken(long siteId, String name, Long except) {
    return em.createQuery(
            "SELECT r.id FROM Room r WHERE r.site.id = :site AND LOWER(r.name) = LOWER(:name)",
            Long.class)
        .setParameter("site", siteId)
        .setParameter("name", name.strip())
        .getResultStream()
        .anyMatch(id -> !id.equals(except));
  }

  /** The largest capacity among the upcoming, not cancelled sessions held in the room. */
  public int largestUpcomingSessionIn(long roomId, java.time.Instant now) {
    Integer max =
        em.createQuery(
                """
                SELECT MAX(s.capacity) FROM Session s WHERE s.room.id = :room AND s.endsAt > :now
                AND s.status <> fr.relais.scheduling.SessionStatus.CANCELLED
                """,
                Integer.class)
            .setParameter("room", roomId)
            .setParameter("now", now)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }
}
