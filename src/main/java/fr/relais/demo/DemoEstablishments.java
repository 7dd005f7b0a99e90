package fr.relais.demo;

import fr.relais.establishment.ContactStatus;
import fr.relais.establishment.EstablishmentContact;
import fr.relais.establishment.EstablishmentRequest;
import fr.relais.establishment.EstablishmentRequestService;
import fr.relais.establishment.RequestDetails;
import fr.relais.kernel.ClockProducer;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.people.PasswordHasher;
import fr.relais.people.Role;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The establishments of the demo as clients: a contact for each partner establishment, a JADES day
 * asked, agreed, held and documented (CHU Val-de-Seine, {@link DemoEstablishmentHistory}), one
 * request waiting for the association (Clinique des Tilleuls) and one declined (EHPAD Les
 * Glycines).
 */
@ApplicationScoped
public class DemoEstablishments {

  public static final String HOSPITAL_CONTACT = "etablissement" + DemoPeople.DOMAIN;
  public static final String CLINIC_CONTACT = "clinique" + DemoPeople.DOMAIN;
  public static final String NURSING_HOME_CONTACT = "ehpad" + DemoPeople.DOMAIN;

  @Inject private DemoRepository data;
  @Inject private PasswordHasher hasher;
  @Inject private EstablishmentRequestService requests;
  @Inject private DemoEstablishmentHistory history;
  @Inject private Clock clock;

  public boolean present() {
    return data.find(EstablishmentContact.class, idOrZero(HOSPITAL_CONTACT)) != null;
  }

  /** Returns the number of requests made. */
  public int create() {
    String hash = hasher.hash(DemoPeople.PASSWORD);
    Caller hospital =
        contact(
            hash,
            HOSPITAL_CONTACT,
            "Isabelle",
            "Fontaine",
            "Cadre supérieure de santé",
            "CHU Val-de-Seine");
    Caller clinic =
        contact(
            hash,
            CLINIC_CONTACT,
            "Marc",
            "Delaunay",
            "Directeur des soins",
            "Clinique des Tilleuls");
    Caller nursingHome =
        contact(
            hash,
            NURSING_HOME_CONTACT,
            "Sandrine",
            "Colin",
            "Infirmière coordinatrice",
            "EHPAD Les Glycines");
    Activity jades = jadesDay();
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    requests.submit(
        clinic,
        new RequestDetails(
            jades.getId(),
            List.of(today.plusWeeks(7), today.plusWeeks(8), today.plusWeeks(10)),
            15,
            Audience.PROFESSIONALS,
            "Salle Bellecour (15 places), vidéoprojecteur",
            "Plutôt un jeudi : les équipes de nuit peuvent venir le matin."));
    EstablishmentRequest declined =
        requests.submit(
            nursingHome,
            new RequestDetails(
                jades.getId(),
                List.of(today.plusWeeks(2)),
                30,
                Audience.ALL,
                "Salle d'animation",
                null));
    Account coordinator =
        data.query("SELECT a FROM Account a WHERE a.email = :email", Account.class)
            .setParameter("email", DemoPeople.COORDINATOR)
            .getSingleResult();
    requests.decline(
        Caller.of(coordinator),
        declined.getId(),
        "Trop tôt pour réunir deux formatrices ; proposez une date dans deux mois au moins.");
    Account hospitalAccount = data.find(Account.class, hospital.accountId());
    Site chu = data.find(EstablishmentContact.class, hospital.accountId()).getSite();
    int lastYear = today.getYear() - 1;
    int booked = 2;
    for (Caller contact : List.of(hospital, clinic)) {
      Site site = data.find(EstablishmentContact.class, contact.accountId()).getSite();
      for (Session day : heldIn(site, lastYear)) {
        history.book(
            data.find(Account.class, contact.accountId()), site, coordinator, day, 110_000L);
        booked++;
      }
    }
    return history.create(hospitalAccount, chu, coordinator) ? booked + 1 : booked;
  }

  /** The JADES days held at the site in that year (the demo's past year). */
  private List<Session> heldIn(Site site, int year) {
    return data.query(
            """
            SELECT s FROM Session s WHERE s.site = :site AND s.status = :completed
            ORDER BY s.startsAt
            """,
            Session.class)
        .setParameter("site", site)
        .setParameter("completed", SessionStatus.COMPLETED)
        .getResultStream()
        .filter(s -> s.getStartsAt().atZone(ClockProducer.PARIS).getYear() == year)
        .toList();
  }

  private Caller contact(
      String hash, String email, String first, String last, String title, String siteName) {
    Account account = new Account(email, first, last, clock.instant());
    account.grant(Role.CONTACT);
    account.setPasswordHash(hash);
    data.save(account);
    Site site =
        data.query("SELECT s FROM Site s WHERE s.name = :name", Site.class)
            .setParameter("name", siteName)
            .getSingleResult();
    data.save(
        new EstablishmentContact(account, site, ContactStatus.ACTIVE, title, clock.instant()));
    data.flush();
    return Caller.of(account);
  }

  private Activity jadesDay() {
    return data.query(
            "SELECT a FROM Activity a WHERE a.format = :format AND a.archived = false ORDER BY a.id",
            Activity.class)
        .setParameter("format", Format.JADES)
        .setMaxResults(1)
        .getSingleResult();
  }

  private long idOrZero(String email) {
    return data.query("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(0L);
  }
}
