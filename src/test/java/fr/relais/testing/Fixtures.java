package fr.relais.testing;

import fr.relais.people.Account;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.people.WorkplaceType;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.Theme;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.Room;
import fr.relais.site.Site;
import fr.relais.site.SiteKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Test data built through JPA inside the container; every name is unique to the run. */
@ApplicationScoped
@Transactional
public class Fixtures {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

  @PersistenceContext private EntityManager em;

  public static String unique(String prefix) {
    return prefix + " " + SEQUENCE.incrementAndGet();
  }

  /** An account with the TRAINER role (password hash is a placeholder: it never signs in). */
  public long trainer(String firstName, String lastName) {
    Account account =
        new Account(
            firstName.toLowerCase() + "." + SEQUENCE.incrementAndGet() + "@trainers.relais.test",
            firstName,
            lastName,
            Instant.now());
    account.grant(Role.TRAINER);
    account.setPasswordHash("not-a-hash");
    em.persist(account);
    em.flush();
    return account.getId();
  }

  /** A participant account, professional or student, with an e-mail unique to the run. */
  public long participant(String firstName, boolean student) {
    Account account =
        new Account(
            firstName.toLowerCase()
                + "."
                + SEQUENCE.incrementAndGet()
                + "@participants.relais.test",
            firstName,
            "Testeur",
            Instant.now());
    account.describeAsParticipant(
        student ? ParticipantStatus.STUDENT : ParticipantStatus.PROFESSIONAL,
        Profession.NURSE,
        WorkplaceType.PUBLIC_HOSPITAL,
        Region.GRAND_EST);
    account.setPasswordHash("not-a-hash");
    em.persist(account);
    em.flush();
    return account.getId();
  }

  /**
   * A person acting for that establishment, in that state (with the CONTACT role; the password hash
   * is a placeholder: it never signs in).
   */
  public long contact(long siteId, fr.relais.establishment.ContactStatus status) {
    Account account =
        new Account(
            "contact." + SEQUENCE.incrementAndGet() + "@etablissement.relais.test",
            "Camille",
            "Contact",
            Instant.now());
    account.grant(Role.CONTACT);
    account.setPasswordHash("not-a-hash");
    em.persist(account);
    fr.relais.establishment.EstablishmentContact contact =
        new fr.relais.establishment.EstablishmentContact(
            account, em.find(Site.class, siteId), status, "Cadre de santé", Instant.now());
    em.persist(contact);
    em.flush();
    return account.getId();
  }

  /** A published online session open for registration, with seats kept for students. */
  public long openSession(long activityId, Instant start, int capacity, int studentSeats) {
    long id =
        session(activityId, start, SessionMode.ONLINE, null, SessionStatus.PUBLISHED, capacity);
    em.createNativeQuery("UPDATE session SET student_seats = ? WHERE id = ?")
        .setParameter(1, studentSeats)
        .setParameter(2, id)
        .executeUpdate();
    return id;
  }

  /** A partner establishment (with a staff e-mail domain) and one room. */
  public long[] partnerWithRoom(String name, String domain, int capacity) {
    long site = site(name, SiteKind.HOSPITAL, "Lille", Region.HAUTS_DE_FRANCE);
    em.find(Site.class, site).setEmailDomain(domain);
    return new long[] {site, room(site, "Salle " + SEQUENCE.incrementAndGet(), capacity)};
  }

  public long theme(String name) {
    Theme theme = new Theme(name, name + " (en)");
    em.persist(theme);
    em.flush();
    return theme.getId();
  }

  public long site(String name, SiteKind kind, String city, Region region) {
    Site site = new Site(name, kind, city, region);
    em.persist(site);
    em.flush();
    return site.getId();
  }

  public long room(long siteId, String name, int capacity) {
    Room room = new Room(em.find(Site.class, siteId), name, capacity, true);
    em.persist(room);
    em.flush();
    return room.getId();
  }

  public long activity(String title, Format format, long themeId, Audience audience) {
    Activity activity = new Activity(title, format, em.find(Theme.class, themeId), audience);
    activity.describe("Description de " + title, "Objectifs de " + title);
    activity.setDefaults(90, 20);
    em.persist(activity);
    em.flush();
    return activity.getId();
  }

  /** A session in the given state; on site or hybrid when a room is given, online otherwise. */
  public long session(
      long activityId,
      Instant start,
      SessionMode mode,
      Long roomId,
      SessionStatus status,
      int capacity) {
    Session session =
        new Session(
            em.find(Activity.class, activityId), start, start.plus(Duration.ofMinutes(90)), mode);
    if (roomId != null) {
      Room room = em.find(Room.class, roomId);
      session.placeIn(room.getSite(), room);
    }
    if (mode.needsLink()) {
      session.setVideoLink("https://visio.relais.test/it");
    }
    session.setSeats(capacity, 0);
    em.persist(session);
    em.flush();
    em.createNativeQuery("UPDATE session SET status = ?, cancel_reason = ? WHERE id = ?")
        .setParameter(1, status.name())
        .setParameter(2, status == SessionStatus.CANCELLED ? "Annulée pour le test" : null)
        .setParameter(3, session.getId())
        .executeUpdate();
    return session.getId();
  }

  /** Makes the trainer lead the session. */
  public void lead(long sessionId, long trainerId) {
    em.createNativeQuery("INSERT INTO session_trainer (session_id, account_id) VALUES (?, ?)")
        .setParameter(1, sessionId)
        .setParameter(2, trainerId)
        .executeUpdate();
  }

  /** Moves a session in time, even into the past (the rules would refuse it; tests need it). */
  public void moveTo(long sessionId, Instant start, Instant end) {
    em.createNativeQuery("UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?")
        .setParameter(1, java.sql.Timestamp.from(start))
        .setParameter(2, java.sql.Timestamp.from(end))
        .setParameter(3, sessionId)
        .executeUpdate();
  }
}
