package fr.relais.demo;

import fr.relais.bpf.IncomeSource;
import fr.relais.bpf.SessionIncome;
import fr.relais.kernel.ClockProducer;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.programme.Activity;
import fr.relais.registration.CategorySource;
import fr.relais.registration.Registration;
import fr.relais.registration.RegistrationService;
import fr.relais.registration.RegistrationStatus;
import fr.relais.registration.TraineeCategory;
import fr.relais.registration.TraineeCategoryRule;
import fr.relais.scheduling.Delivery;
import fr.relais.scheduling.FrenchHolidays;
import fr.relais.scheduling.Session;
import fr.relais.site.Room;
import fr.relais.site.SiteKind;
import fr.relais.trainers.TrainerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Last calendar year, closed: the year whose BPF the association files before the end of May. Its
 * training actions (one training a month, JADES days booked by the CHU and the clinic under a
 * convention, one at the Maison des soignants on a public grant, one run for a nursing school's
 * training organisation, one entrusted to a partner), a sample of its prevention workshops and talk
 * groups, with registrations of every trainee category, a cancellation per training, attendance
 * with absences and the incomes of each source. Everything goes through {@link DemoHistory#held},
 * so it obeys the same rules as live data.
 */
@ApplicationScoped
public class DemoPastYear {

  /**
   * Who paid a fee, who was sent and paid for by a private employer, who came as a public agent.
   */
  private static final long FEE_CENTS = 6_000;

  private static final long EMPLOYER_FEE_CENTS = 18_000;

  private static final String NURSING_SCHOOL = "IFSI Rive Gauche (organisme de formation)";

  private static final String PARTNER = "Centre de prévention du suicide Occitanie";

  @Inject private DemoRepository data;
  @Inject private DemoHistory history;
  @Inject private RegistrationService registrations;
  @Inject private Clock clock;

  private final Random random = new Random(2025);

  /** The year seeded: the last closed calendar year. */
  public int year() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear() - 1;
  }

  public int create() {
    int year = year();
    List<Activity> trainings =
        List.of(
            activity("Repérage et prise en charge"),
            activity("Le management bienveillant"),
            activity("Le Mindfulness"),
            activity("La prise en charge des crises suicidaires"),
            activity("L'amélioration du sommeil"));
    markExternal("formatrice.marchand" + DemoPeople.DOMAIN);
    int made = 0;
    for (Month month : Month.values()) {
      if (month == Month.AUGUST) {
        continue; // the association rests in August
      }
      LocalDate first = LocalDate.of(year, month, 1);
      made += prevention(first);
      Activity training = trainings.get(month.ordinal() % trainings.size());
      made += training(training, first, month);
    }
    made += jadesDays(year);
    return made;
  }

  private int training(Activity training, LocalDate first, Month month) {
    boolean online = training.getTitle().startsWith("L'amélioration du sommeil");
    LocalDate day = first.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
    while (FrenchHolidays.isHoliday(day)) {
      day = day.plusDays(1); // Whit Monday, 14 July: the training moves to the next day
    }
    int minutes = training.getDurationMinutes();
    ZonedDateTime start = online ? at(day, 18, 30) : at(day, 9, 0);
    Room room =
        online ? null : month.getValue() % 2 == 0 ? room("Salle Réalis") : room("Salle Étoile");
    Account trainer = trainer(month.getValue() % 2 == 0 ? "formateur.morel" : "formatrice");
    Consumer<Session> shape = s -> lunch(s, minutes);
    if (month == Month.MAY) {
      shape = shape.andThen(s -> s.deliver(Delivery.ENTRUSTED_BY_US, PARTNER));
      trainer = trainer("formatrice.marchand");
    } else if (month == Month.SEPTEMBER) {
      shape = shape.andThen(s -> s.deliver(Delivery.ENTRUSTED_TO_US, NURSING_SCHOOL));
    }
    Session s = history.held(training, start, minutes, room, trainer, shape, this::oneCancels);
    if (s == null) {
      return 0;
    }
    categorise(s, true);
    if (s.getDelivery() == Delivery.ENTRUSTED_TO_US) {
      income(s, IncomeSource.TRAINING_ORGANISATIONS, NURSING_SCHOOL, 180_000);
    } else {
      fees(s);
      income(s, IncomeSource.OTHER_PUBLIC, "Agence régionale de santé (ARS)", 80_000);
    }
    return 1;
  }

  /**
   * One eJADES a month in the demo (the programme runs two a week: a sample keeps the demo quick to
   * start) and a talk group every other month: prevention, never counted.
   */
  private int prevention(LocalDate first) {
    boolean odd = first.getMonthValue() % 2 == 1;
    int made =
        held(
            activity(odd ? "eJADES – Souffler" : "eJADES – Mieux dormir"),
            at(
                first.with(
                    TemporalAdjusters.dayOfWeekInMonth(
                        odd ? 1 : 3, odd ? DayOfWeek.TUESDAY : DayOfWeek.THURSDAY)),
                18,
                0),
            90,
            trainer(odd ? "formatrice.lambert" : "formateur.benali"));
    if (odd) {
      made +=
          held(
              activity("Groupe de parole des soignants"),
              at(first.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.WEDNESDAY)), 18, 30),
              120,
              trainer("formateur.morel"));
    }
    return made;
  }

  private int held(Activity activity, ZonedDateTime start, int minutes, Account trainer) {
    return history.held(activity, start, minutes, null, trainer, s -> {}, s -> {}) == null ? 0 : 1;
  }

  /**
   * Two JADES days booked by establishments (the conventions are written by {@link
   * DemoEstablishmentHistory}) and one at the Maison des soignants, open to all, on a public grant.
   */
  private int jadesDays(int year) {
    Activity jades = activity("JADES – Journée");
    int made = 0;
    for (Object[] plan :
        new Object[][] {
          {LocalDate.of(year, 3, 11), room("Salle de formation 2"), "formatrice"},
          {LocalDate.of(year, 10, 16), room("Salle Bellecour"), "formatrice.marchand"},
          {LocalDate.of(year, 6, 19), room("Salle Étoile"), "formatrice.lambert"}
        }) {
      Room room = (Room) plan[1];
      Session s =
          history.held(
              jades,
              at((LocalDate) plan[0], 9, 0),
              jades.getDurationMinutes(),
              room,
              trainer((String) plan[2]),
              day -> lunch(day, jades.getDurationMinutes()),
              day -> {});
      if (s == null) {
        continue;
      }
      made++;
      if (room.getSite().getKind() == SiteKind.MAISON_DES_SOIGNANTS) {
        categorise(s, false);
        income(s, IncomeSource.REGIONS, "Conseil régional d'Île-de-France", 150_000);
      }
    }
    return made;
  }

  /** A day's training breaks an hour for lunch; shorter ones run straight through. */
  private static void lunch(Session s, int minutes) {
    s.setBreakMinutes(minutes >= 360 ? 60 : 0);
  }

  /** The last one to register cannot come after all, and says so in time. */
  private void oneCancels(Session s) {
    List<Registration> seated = confirmed(s);
    if (seated.size() > 4) {
      Account last = seated.get(seated.size() - 1).getAccount();
      registrations.cancelOwn(Caller.of(last), s.getId());
    }
  }

  /**
   * The trainee category of each registration: what Relais can tell (a student), else what the
   * participant declared when registering (a fee paid themselves, an employer's, a public agent).
   */
  private void categorise(Session s, boolean mixed) {
    for (Registration r : confirmed(s)) {
      TraineeCategoryRule.derive(r.getAccount().getStatus(), null)
          .ifPresentOrElse(
              c -> r.categorise(c, CategorySource.DERIVED),
              () -> r.categorise(declared(mixed), CategorySource.DECLARED));
    }
    data.flush();
  }

  private TraineeCategory declared(boolean mixed) {
    int roll = random.nextInt(100);
    if (!mixed) {
      return TraineeCategory.OTHER;
    }
    if (roll < 45) {
      return TraineeCategory.INDIVIDUAL;
    }
    if (roll < 70) {
      return TraineeCategory.PRIVATE_EMPLOYEE;
    }
    return roll < 95 ? TraineeCategory.OTHER : TraineeCategory.JOB_SEEKER;
  }

  /** Fees paid by the individuals and by the private employers who sent someone. */
  private void fees(Session s) {
    long individuals = count(s, TraineeCategory.INDIVIDUAL);
    long employees = count(s, TraineeCategory.PRIVATE_EMPLOYEE);
    if (individuals > 0) {
      income(s, IncomeSource.INDIVIDUALS, null, individuals * FEE_CENTS);
    }
    if (employees > 0) {
      income(
          s,
          IncomeSource.COMPANIES,
          "Employeurs privés des participants",
          employees * EMPLOYER_FEE_CENTS);
    }
  }

  private long count(Session s, TraineeCategory category) {
    return confirmed(s).stream().filter(r -> r.getTraineeCategory() == category).count();
  }

  private void income(Session s, IncomeSource source, String funder, long cents) {
    SessionIncome income = new SessionIncome(s, cents, s.getEndsAt(), DemoPeople.COORDINATOR);
    income.attribute(source, funder, null);
    data.save(income);
  }

  private List<Registration> confirmed(Session s) {
    return data.query(
            """
            SELECT r FROM Registration r WHERE r.session = :s AND r.status = :confirmed
            ORDER BY r.id
            """,
            Registration.class)
        .setParameter("s", s)
        .setParameter("confirmed", RegistrationStatus.CONFIRMED)
        .getResultList();
  }

  private void markExternal(String email) {
    TrainerProfile profile = data.find(TrainerProfile.class, trainer(email).getId());
    if (profile != null) {
      profile.setExternal(true);
    }
  }

  private Account trainer(String emailStart) {
    return data.account(emailStart.contains("@") ? emailStart : emailStart + DemoPeople.DOMAIN);
  }

  private Activity activity(String titleStart) {
    return data.activity(titleStart);
  }

  private Room room(String name) {
    return data.query("SELECT r FROM Room r WHERE r.name = :n ORDER BY r.id", Room.class)
        .setParameter("n", name)
        .setMaxResults(1)
        .getSingleResult();
  }

  private static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return DemoLookups.at(date, hour, minute);
  }
}
