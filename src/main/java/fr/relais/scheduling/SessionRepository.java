package fr.relais.scheduling;

import fr.relais.people.Account;
import fr.relais.programme.Activity;
import fr.relais.programme.ProgrammeRepository;
import fr.relais.site.Room;
import fr.relais.site.Site;
import fr.relais.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Sessions and series in the database, and the overlaps the scheduling rules look for. */
@ApplicationScoped
public class SessionRepository {

  private static final String ACTIVE = "s.status <> fr.relais.scheduling.SessionStatus.CANCELLED";

  @PersistenceContext private EntityManager em;
  @Inject private ProgrammeRepository programme;
  @Inject private SiteRepository sites;

  public Optional<Session> find(long id) {
    return Optional.ofNullable(em.find(Session.class, id));
  }

  /** A session with its activity, place and trainers loaded, for a page that shows them all. */
  public Optional<Session> findComplete(long id) {
    return em.createQuery(
            """
            SELECT DISTINCT s FROM Session s JOIN FETCH s.activity LEFT JOIN FETCH s.site
            LEFT JOIN FETCH s.room LEFT JOIN FETCH s.trainers LEFT JOIN FETCH s.reservedFor
            WHERE s.id = :id
            """,
            Session.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Room room(long id) {
    return em.find(Room.class, id);
  }

  public Optional<Series> series(long id) {
    return Optional.ofNullable(em.find(Series.class, id));
  }

  /** The first other session holding the room during the period, if any. */
  public Optional<Session> roomTaken(long roomId, Instant start, Instant end, Long except) {
    return em.createQuery(
            """
            SELECT s FROM Session s JOIN FETCH s.activity WHERE s.room.id = :room AND %s
            AND s.startsAt < :end AND s.endsAt > :start ORDER BY s.startsAt
            """
                .formatted(ACTIVE),
            Session.class)
        .setParameter("room", roomId)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultStream()
        .filter(s -> !s.getId().equals(except))
        .findFirst();
  }

  /** A trainer leading a session. */
  public record TrainerBusy(Session session, Account trainer) {}

  /** A trainer of the list already leading another session during the period, if any. */
  public Optional<TrainerBusy> trainerTaken(
      Collection<Long> trainerIds, Instant start, Instant end, Long except) {
    if (trainerIds.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            """
            SELECT s, t FROM Session s JOIN s.trainers t JOIN FETCH s.activity
            WHERE t.id IN :trainers AND %s
            AND s.startsAt < :end AND s.endsAt > :start ORDER BY s.startsAt
            """
                .formatted(ACTIVE),
            Object[].class)
        .setParameter("trainers", trainerIds)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultStream()
        .map(row -> new TrainerBusy((Session) row[0], (Account) row[1]))
        .filter(busy -> !busy.session().getId().equals(except))
        .findFirst();
  }

  public List<Session> ofSeriesFrom(long seriesId, Instant from) {
    return em.createQuery(
            """
            SELECT s FROM Session s WHERE s.series.id = :series AND s.startsAt >= :from
            AND s.status IN (fr.relais.scheduling.SessionStatus.DRAFT,
            fr.relais.scheduling.SessionStatus.PUBLISHED) ORDER BY s.startsAt
            """,
            Session.class)
        .setParameter("series", seriesId)
        .setParameter("from", from)
        .getResultList();
  }

  public List<Account> accounts(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public boolean invitationCodeTaken(String code) {
    return !em.createQuery("SELECT s.id FROM Session s WHERE s.invitationCode = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  /** The activity a session is planned for (programme's). */
  public Optional<Activity> activity(long id) {
    return programme.activity(id);
  }

  /** Sites not archived, for the sessions' filter (site's). */
  public List<Site> openSites() {
    return sites.sites(false);
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
