package fr.relais.catalog;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.JpqlWhere;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Purpose;
import fr.relais.programme.Theme;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.Room;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The public catalogue: upcoming published sessions, filtered, counted and paged in SQL. One query
 * per page of entries and one to count them, whatever the page size.
 */
@ApplicationScoped
public class CatalogueRepository {

  private static final String ENTRY =
      """
      SELECT NEW fr.relais.catalog.CatalogueEntry(s.id, a.title, a.format, t.nameFr, t.nameEn,
      s.startsAt, s.endsAt, s.mode, si.name, si.city, s.capacity,
      s.confirmedGeneral + s.confirmedStudents, a.audience, rf.name)
      """;

  private static final String FROM =
      " FROM Session s JOIN s.activity a JOIN a.theme t LEFT JOIN s.site si LEFT JOIN s.reservedFor rf";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public List<CatalogueEntry> page(CatalogueFilter filter, int first, int size) {
    JpqlWhere where = where(filter);
    TypedQuery<CatalogueEntry> query =
        em.createQuery(ENTRY + FROM + where + " ORDER BY s.startsAt, s.id", CatalogueEntry.class);
    where.bind(query);
    return query.setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
  }

  public long count(CatalogueFilter filter) {
    JpqlWhere where = where(filter);
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(s)" + FROM + where, Long.class);
    where.bind(query);
    return query.getSingleResult();
  }

  /** A published session, upcoming or not, as the public may see it. */
  public Optional<CatalogueEntry> find(long id) {
    return em.createQuery(
            ENTRY + FROM + " WHERE s.id = :id AND s.status = :published", CatalogueEntry.class)
        .setParameter("id", id)
        .setParameter("published", SessionStatus.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  /** The public page of a published session: its line plus description, place and trainers. */
  public Optional<SessionDetails> details(long id) {
    return find(id)
        .map(
            entry -> {
              Session s =
                  em.createQuery(
                          """
                          SELECT s FROM Session s JOIN FETCH s.activity LEFT JOIN FETCH s.site
                          LEFT JOIN FETCH s.room WHERE s.id = :id
                          """,
                          Session.class)
                      .setParameter("id", id)
                      .getSingleResult();
              List<String> trainers =
                  em.createQuery(
                          """
                          SELECT CONCAT(t.firstName, ' ', t.lastName) FROM Session s
                          JOIN s.trainers t WHERE s.id = :id ORDER BY t.lastName
                          """,
                          String.class)
                      .setParameter("id", id)
                      .getResultList();
              Site site = s.getSite();
              Room room = s.getRoom();
              return new SessionDetails(
                  entry,
                  s.getActivity().getDescription(),
                  s.getActivity().getObjectives(),
                  site == null ? null : site.getAddress(),
                  site == null ? null : site.getPostalCode(),
                  room == null ? null : room.getName(),
                  room != null && room.isAccessible(),
                  trainers);
            });
  }

  private JpqlWhere where(CatalogueFilter filter) {
    JpqlWhere where = new JpqlWhere();
    where.add("s.status = :published", "published", SessionStatus.PUBLISHED);
    where.add("s.startsAt > :now", "now", clock.instant());
    if (filter.format() != null) {
      where.add("a.format = :format", "format", filter.format());
    }
    if (filter.themeId() != null) {
      where.add("t.id = :theme", "theme", filter.themeId());
    }
    if (filter.siteId() != null) {
      where.add("si.id = :site", "site", filter.siteId());
    }
    if (filter.mode() != null) {
      where.add("s.mode = :mode", "mode", filter.mode());
    }
    if (filter.audience() != null && filter.audience() != Audience.ALL) {
      where.add("a.audience IN (:audience, :everyone)", "audience", filter.audience());
      where.with("everyone", Audience.ALL);
    }
    if (filter.from() != null) {
      where.add("s.startsAt >= :from", "from", startOf(filter.from()));
    }
    if (filter.to() != null) {
      where.add("s.startsAt < :to", "to", startOf(filter.to().plusDays(1)));
    }
    return where;
  }

  /** Themes, by French name, for the catalogue's filter ({@link CatalogueOptions} keeps them). */
  public List<Theme> themes() {
    return em.createQuery("SELECT t FROM Theme t ORDER BY t.nameFr", Theme.class).getResultList();
  }

  /** Sites holding at least one published session, by name, for the catalogue's filter. */
  public List<Site> sitesWithSessions() {
    return em.createQuery(
            """
            SELECT si FROM Site si WHERE EXISTS (SELECT s FROM Session s WHERE s.site = si
            AND s.status = fr.relais.scheduling.SessionStatus.PUBLISHED) ORDER BY si.name
            """,
            Site.class)
        .getResultList();
  }

  /** The training actions of the catalogue (not archived), by title, for the binder. */
  public List<Activity> trainingActivities() {
    return em.createQuery(
            """
            SELECT a FROM Activity a WHERE a.purpose = :training AND a.archived = false
            ORDER BY a.title
            """,
            Activity.class)
        .setParameter("training", Purpose.TRAINING)
        .getResultList();
  }

  private static Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(ClockProducer.PARIS).toInstant();
  }
}
