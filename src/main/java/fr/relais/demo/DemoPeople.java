package fr.relais.demo;

import fr.relais.people.Account;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.PasswordHasher;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.people.WorkplaceType;
import fr.relais.trainers.TrainerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's people: one account per role plus 300 participants for load tests. Names are invented
 * (drawn from common French first and last names); every address ends in relais.test, a domain
 * reserved for tests.
 */
@ApplicationScoped
public class DemoPeople {

  public static final String PASSWORD = "relais-demo-2026";
  public static final String DOMAIN = "@relais.test";
  public static final String ADMIN = "admin" + DOMAIN;
  public static final String COORDINATOR = "coordination" + DOMAIN;
  public static final String TRAINER = "formatrice" + DOMAIN;
  public static final String PARTICIPANT = "participante" + DOMAIN;
  public static final String STUDENT = "etudiant" + DOMAIN;
  public static final int LOAD_TEST_PARTICIPANTS = 300;

  private static final String[] FIRST_NAMES = {
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Sarah",
    "Julie",
    "Emma",
    "Laura",
    "Pauline",
    "Marie",
    "Anaïs",
    "Clara",
    "Lucie",
    "Mathilde",
    "Thomas",
    "Nicolas",
    "Julien",
    "Maxime",
    "Antoine",
    "Hugo",
    "Lucas",
    "Yanis",
    "Mehdi",
    "Romain",
    "Alexandre",
    "Kevin",
    "Samuel",
    "Aïcha",
    "Fatou",
    "Nour",
    "Océane",
    "Élise",
    "Bastien",
    "Théo",
    "Quentin"
  };
  private static final String[] LAST_NAMES = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
    "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller",
    "Henry", "Roussel", "Nicolas", "Perrin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez"
  };

  @Inject private DemoRepository data;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  /** Who the demo programme needs. */
  public record Cast(List<Account> trainers, int participantCount) {}

  public Cast create() {
    // One hash for every demo account: 300 password hashes would slow start-up for nothing.
    String hash = hasher.hash(PASSWORD);
    staff(hash, ADMIN, "Agnès", "Rivière", Role.ADMIN);
    staff(hash, COORDINATOR, "Nadia", "Lefèvre", Role.COORDINATOR);
    List<Account> trainers = new ArrayList<>();
    trainers.add(staff(hash, TRAINER, "Hélène", "Garnier", Role.TRAINER));
    trainers.add(staff(hash, "formateur.morel" + DOMAIN, "Julien", "Morel", Role.TRAINER));
    trainers.add(staff(hash, "formatrice.lambert" + DOMAIN, "Sophie", "Lambert", Role.TRAINER));
    trainers.add(staff(hash, "formateur.benali" + DOMAIN, "Karim", "Benali", Role.TRAINER));
    trainers.add(staff(hash, "formatrice.marchand" + DOMAIN, "Élodie", "Marchand", Role.TRAINER));
    participant(
        hash,
        PARTICIPANT,
        "Camille",
        "Durand",
        ParticipantStatus.PROFESSIONAL,
        Profession.NURSE,
        WorkplaceType.UNIVERSITY_HOSPITAL,
        Region.ILE_DE_FRANCE);
    participant(
        hash,
        STUDENT,
        "Lucas",
        "Petit",
        ParticipantStatus.STUDENT,
        Profession.NURSE,
        WorkplaceType.SCHOOL_OR_UNIVERSITY,
        Region.OCCITANIE);
    Random random = new Random(2026);
    for (int i = 1; i <= LOAD_TEST_PARTICIPANTS; i++) {
      boolean student = random.nextInt(10) < 3;
      participant(
          hash,
          String.format("participant%03d%s", i, DOMAIN),
          pick(random, FIRST_NAMES),
          pick(random, LAST_NAMES),
          student ? ParticipantStatus.STUDENT : ParticipantStatus.PROFESSIONAL,
          pick(random, Profession.values()),
          student ? WorkplaceType.SCHOOL_OR_UNIVERSITY : pick(random, WorkplaceType.values()),
          pick(random, Region.values()));
    }
    data.flush();
    return new Cast(trainers, LOAD_TEST_PARTICIPANTS + 2);
  }

  private Account staff(String hash, String email, String first, String last, Role role) {
    Account account = new Account(email, first, last, clock.instant());
    account.grant(role);
    account.setPasswordHash(hash);
    data.save(account);
    if (role == Role.TRAINER) {
      data.save(new TrainerProfile(account));
    }
    return account;
  }

  private void participant(
      String hash,
      String email,
      String first,
      String last,
      ParticipantStatus status,
      Profession profession,
      WorkplaceType workplace,
      Region region) {
    Account account = new Account(email, first, last, clock.instant());
    account.describeAsParticipant(status, profession, workplace, region);
    account.consentToPrivacyNotice(clock.instant());
    account.setPasswordHash(hash);
    data.save(account);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
