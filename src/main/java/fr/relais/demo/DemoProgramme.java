package fr.relais.demo;

import fr.relais.kernel.ClockProducer;
import fr.relais.people.Account;
import fr.relais.people.Region;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.programme.BpfObjective;
import fr.relais.programme.Format;
import fr.relais.programme.Purpose;
import fr.relais.programme.Theme;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionMode;
import fr.relais.site.Room;
import fr.relais.site.Sector;
import fr.relais.site.Site;
import fr.relais.site.SiteKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The demo programme, over the next three months: eJADES every Tuesday and Thursday evening, JADES
 * days in three partner establishments, trainings, talk groups and conferences at the two Maisons
 * des soignants (Paris, Montpellier) or by videoconference. Titles and themes follow the
 * association's own programme (seed 002).
 */
@ApplicationScoped
public class DemoProgramme {

  private static final int WEEKS = 13;

  @Inject private DemoRepository data;
  @Inject private Clock clock;

  private int created;

  public int create(List<Account> trainers) {
    created = 0;
    DemoPlaces places = new DemoPlaces(data);
    Themes t = new Themes();
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));

    Activity ejadesStress =
        activity(
            "eJADES – Souffler avant la garde : gérer son stress",
            Format.EJADES,
            t.stress,
            Audience.ALL,
            90,
            20,
            "Atelier en visioconférence d'une heure trente : exercices de respiration, partage"
                + " d'expériences et outils simples à emporter dans le service.",
            "Reconnaître les signes de stress ; pratiquer deux techniques de régulation.");
    Activity ejadesSleep =
        activity(
            "eJADES – Mieux dormir avec des horaires décalés",
            Format.EJADES,
            t.sleep,
            Audience.ALL,
            90,
            20,
            "Atelier en visioconférence sur le sommeil des soignants en horaires de nuit ou"
                + " alternés, animé par une spécialiste du sommeil.",
            "Comprendre ses rythmes ; adapter ses siestes et sa récupération.");
    scheduleEjades(today, ejadesStress, ejadesSleep, trainers);

    Activity jades =
        activity(
            "JADES – Journée d'ateliers dynamiques et d'échanges en santé",
            Format.JADES,
            t.stress,
            Audience.PROFESSIONALS,
            390,
            15,
            "Une journée dans votre établissement : ateliers de gestion du stress, de communication"
                + " et de mode de vie, en petits groupes, avec les équipes.",
            "Prendre soin de soi pour prendre soin des autres ; repartir avec un plan personnel.");
    day(jades, today.plusWeeks(2).with(DayOfWeek.TUESDAY), places.chuRoom, trainers.get(0));
    day(jades, today.plusWeeks(6).with(DayOfWeek.THURSDAY), places.clinicRoom, trainers.get(2));
    day(
        jades,
        today.plusWeeks(10).with(DayOfWeek.TUESDAY),
        places.nursingHomeRoom,
        trainers.get(4));

    Activity vulnerable =
        activity(
            "Repérage et prise en charge des soignants vulnérables",
            Format.TRAINING,
            t.vulnerable,
            Audience.PROFESSIONALS,
            420,
            14,
            "Formation d'une journée pour cadres et référents : repérer un collègue en difficulté,"
                + " engager la conversation, orienter vers les dispositifs d'aide.",
            "Identifier les signaux d'alerte ; savoir orienter vers l'écoute et le soin.");
    Activity management =
        activity(
            "Le management bienveillant",
            Format.TRAINING,
            t.management,
            Audience.PROFESSIONALS,
            210,
            16,
            "Demi-journée pour managers de proximité : reconnaissance, régulation des conflits,"
                + " prévention de l'épuisement des équipes.",
            "Mettre en place des temps d'échange ; prévenir l'épuisement de l'équipe.");
    Activity studentSleep =
        activity(
            "L'amélioration du sommeil des étudiants",
            Format.TRAINING,
            t.sleep,
            Audience.STUDENTS,
            120,
            25,
            "Formation en visioconférence pour étudiants en santé : stages, examens et sommeil.",
            "Connaître les bases du sommeil ; construire sa routine en période de stage.");
    Activity mindfulness =
        activity(
            "Le Mindfulness : pleine conscience au quotidien",
            Format.TRAINING,
            t.mindfulness,
            Audience.ALL,
            180,
            16,
            "Initiation à la pleine conscience : pratiques courtes utilisables entre deux soins.",
            "Pratiquer trois exercices de pleine conscience ; les intégrer à sa journée.");
    Activity suicidal =
        activity(
            "La prise en charge des crises suicidaires",
            Format.TRAINING,
            t.suicidal,
            Audience.PROFESSIONALS,
            420,
            12,
            "Formation pour soignants : évaluer le risque, conduire l'entretien, organiser le relais.",
            "Évaluer l'urgence suicidaire ; connaître les ressources du territoire.");
    onSite(
        vulnerable,
        at(today.plusWeeks(3).with(DayOfWeek.MONDAY), 9, 0),
        420,
        places.parisMain,
        trainers.get(1),
        14);
    onSite(
        management,
        at(today.plusWeeks(5).with(DayOfWeek.FRIDAY), 9, 30),
        210,
        places.montpellierMain,
        trainers.get(4),
        16);
    online(
        studentSleep,
        at(today.plusWeeks(4).with(DayOfWeek.WEDNESDAY), 18, 30),
        120,
        trainers.get(3),
        25,
        25);
    hybrid(
        mindfulness,
        at(today.plusWeeks(7).with(DayOfWeek.SATURDAY), 10, 0),
        180,
        places.parisMain,
        trainers.get(2),
        16);
    onSite(
        suicidal,
        at(today.plusWeeks(9).with(DayOfWeek.MONDAY), 9, 0),
        420,
        places.parisMain,
        trainers.get(1),
        12);

    Activity talkGroup =
        activity(
            "Groupe de parole des soignants",
            Format.TALK_GROUP,
            t.communication,
            Audience.PROFESSIONALS,
            120,
            10,
            "Un temps d'écoute entre pairs, animé par une psychologue, dans la confidentialité.",
            "Déposer ce qui pèse ; trouver du soutien auprès de pairs.");
    Activity studentTalk =
        activity(
            "Groupe de parole des étudiants en santé",
            Format.TALK_GROUP,
            t.communication,
            Audience.STUDENTS,
            90,
            10,
            "Groupe de parole en visioconférence pour étudiants : stages, examens, premières"
                + " confrontations difficiles.",
            "Partager son vécu de stage ; connaître les aides disponibles.");
    onSite(
        talkGroup,
        at(today.plusWeeks(1).with(DayOfWeek.WEDNESDAY), 18, 0),
        120,
        places.parisSmall,
        trainers.get(0),
        8);
    onSite(
        talkGroup,
        at(today.plusWeeks(5).with(DayOfWeek.WEDNESDAY), 18, 0),
        120,
        places.parisSmall,
        trainers.get(0),
        8);
    onSite(
        talkGroup,
        at(today.plusWeeks(8).with(DayOfWeek.WEDNESDAY), 18, 0),
        120,
        places.montpellierSmall,
        trainers.get(4),
        10);
    online(
        studentTalk,
        at(today.plusWeeks(6).with(DayOfWeek.MONDAY), 19, 0),
        90,
        trainers.get(0),
        10,
        10);

    Activity rights =
        activity(
            "Conférence : droits assuranciers et juridiques des soignants",
            Format.CONFERENCE,
            t.rights,
            Audience.ALL,
            120,
            60,
            "Ce que couvrent l'assurance et la protection fonctionnelle, à qui s'adresser en cas"
                + " de mise en cause : une juriste répond à vos questions.",
            "Connaître ses droits ; savoir à qui s'adresser.");
    Activity lifestyle =
        activity(
            "Conférence : mode de vie et santé des soignants",
            Format.CONFERENCE,
            t.lifestyle,
            Audience.ALL,
            120,
            60,
            "Alimentation, activité physique et récupération quand on travaille en horaires"
                + " atypiques.",
            "Adopter des repères simples de mode de vie.");
    hybrid(
        rights,
        at(today.plusWeeks(4).with(DayOfWeek.THURSDAY), 19, 0),
        120,
        places.parisMain,
        trainers.get(1),
        20);
    onSite(
        lifestyle,
        at(today.plusWeeks(11).with(DayOfWeek.THURSDAY), 19, 0),
        120,
        places.montpellierMain,
        trainers.get(4),
        25);
    data.flush();
    return created;
  }

  private void scheduleEjades(
      LocalDate today, Activity tuesday, Activity thursday, List<Account> trainers) {
    LocalDate firstTuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    for (int week = 0; week < WEEKS; week++) {
      LocalDate tue = firstTuesday.plusWeeks(week);
      online(tuesday, at(tue, 18, 0), 90, trainers.get(2), 20, 5);
      online(thursday, at(tue.plusDays(2), 18, 0), 90, trainers.get(3), 20, 5);
    }
  }

  private void day(Activity activity, LocalDate date, Room room, Account trainer) {
    onSite(activity, at(date, 9, 30), 390, room, trainer, Math.min(15, room.getCapacity()));
  }

  private void onSite(
      Activity a, ZonedDateTime start, int minutes, Room room, Account trainer, int capacity) {
    Session s = session(a, start, minutes, SessionMode.ON_SITE, trainer, capacity, 0);
    s.placeIn(room.getSite(), room);
  }

  private void hybrid(
      Activity a, ZonedDateTime start, int minutes, Room room, Account trainer, int capacity) {
    Session s = session(a, start, minutes, SessionMode.HYBRID, trainer, capacity, 0);
    s.placeIn(room.getSite(), room);
    s.setVideoLink("https://visio.relais.test/" + created);
  }

  private void online(
      Activity a,
      ZonedDateTime start,
      int minutes,
      Account trainer,
      int capacity,
      int studentSeats) {
    Session s = session(a, start, minutes, SessionMode.ONLINE, trainer, capacity, studentSeats);
    s.setVideoLink("https://visio.relais.test/" + created);
  }

  private Session session(
      Activity a,
      ZonedDateTime start,
      int minutes,
      SessionMode mode,
      Account trainer,
      int capacity,
      int studentSeats) {
    Session s = new Session(a, start.toInstant(), start.plusMinutes(minutes).toInstant(), mode);
    s.setSeats(capacity, Math.min(studentSeats, capacity));
    s.setRegistrationWindow(
        clock.instant().minus(Duration.ofDays(7)),
        start.minusHours(2).toInstant(),
        start.minusHours(24).toInstant());
    s.assign(trainer);
    s.publish();
    data.save(s);
    created++;
    return s;
  }

  private Activity activity(
      String title,
      Format format,
      Theme theme,
      Audience audience,
      int minutes,
      int capacity,
      String description,
      String objectives) {
    Activity activity = new Activity(title, format, theme, audience);
    activity.describe(description, objectives);
    if (format == Format.TRAINING || format == Format.JADES) {
      activity.classify(Purpose.TRAINING, BpfObjective.OTHER_PROFESSIONAL, nsfOf(theme));
    }
    activity.setDefaults(minutes, capacity);
    data.save(activity);
    return activity;
  }

  /**
   * The NSF speciality of a training: 315 human resources for management, 330 health and social for
   * the workshop days, 331 health for the rest.
   */
  private static String nsfOf(Theme theme) {
    return switch (theme.getNameFr()) {
      case "Management bienveillant" -> "315";
      case "Gestion du stress" -> "330";
      default -> "331";
    };
  }

  private static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(ClockProducer.PARIS);
  }

  /** The themes of the programme. */
  private final class Themes {
    final Theme stress = theme("Gestion du stress", "Stress management");
    final Theme sleep = theme("Sommeil", "Sleep");
    final Theme mindfulness = theme("Pleine conscience", "Mindfulness");
    final Theme management = theme("Management bienveillant", "Caring management");
    final Theme suicidal = theme("Crise suicidaire", "Suicidal crisis");
    final Theme vulnerable = theme("Soignants vulnérables", "Vulnerable carers");
    final Theme lifestyle = theme("Mode de vie", "Lifestyle");
    final Theme communication = theme("Communication et échanges", "Communication");
    final Theme rights = theme("Droits assuranciers et juridiques", "Insurance and legal rights");

    private Theme theme(String fr, String en) {
      Theme theme = new Theme(fr, en);
      data.save(theme);
      return theme;
    }
  }

  /** The sites and rooms of the demo. */
  static final class DemoPlaces {
    final Room parisMain;
    final Room parisSmall;
    final Room montpellierMain;
    final Room montpellierSmall;
    final Room chuRoom;
    final Room clinicRoom;
    final Room nursingHomeRoom;

    DemoPlaces(DemoRepository data) {
      Site paris =
          site(
              data,
              "Maison des soignants – Paris",
              SiteKind.MAISON_DES_SOIGNANTS,
              "Paris",
              Region.ILE_DE_FRANCE,
              "12 avenue de la Grande-Armée",
              "75017",
              null);
      parisMain = room(data, paris, "Salle Étoile", 20, true);
      parisSmall = room(data, paris, "Salon d'écoute", 10, true);
      room(data, paris, "Atelier du 2e étage", 12, false);
      Site montpellier =
          site(
              data,
              "Maison des soignants – Montpellier",
              SiteKind.MAISON_DES_SOIGNANTS,
              "Montpellier",
              Region.OCCITANIE,
              "Maison Sport Santé, Pôle Réalis",
              "34000",
              null);
      montpellierMain = room(data, montpellier, "Salle Réalis", 25, true);
      montpellierSmall = room(data, montpellier, "Salle Garrigue", 10, true);
      Site chu =
          site(
              data,
              "CHU Val-de-Seine",
              SiteKind.HOSPITAL,
              "Rouen",
              Region.NORMANDIE,
              "1 rue des Soignants",
              "76000",
              "chu-valdeseine.test");
      chuRoom = room(data, chu, "Salle de formation 2", 18, true);
      room(data, chu, "Amphithéâtre B", 80, true);
      Site clinic =
          site(
              data,
              "Clinique des Tilleuls",
              SiteKind.CLINIC,
              "Lyon",
              Region.AUVERGNE_RHONE_ALPES,
              "45 quai des Tilleuls",
              "69007",
              "clinique-tilleuls.test");
      clinicRoom = room(data, clinic, "Salle Bellecour", 15, true);
      Site nursingHome =
          site(
              data,
              "EHPAD Les Glycines",
              SiteKind.NURSING_HOME,
              "Metz",
              Region.GRAND_EST,
              "8 allée des Glycines",
              "57000",
              "ehpad-glycines.test");
      nursingHomeRoom = room(data, nursingHome, "Salle d'animation", 14, true);
    }

    private static Site site(
        DemoRepository data,
        String name,
        SiteKind kind,
        String city,
        Region region,
        String address,
        String postalCode,
        String domain) {
      Site site = new Site(name, kind, city, region);
      site.locate(address, postalCode);
      site.setEmailDomain(domain);
      site.setSector(sectorOf(kind));
      data.save(site);
      return site;
    }

    /** The demo's hospital is public, its clinic and nursing home private (non-profit). */
    private static Sector sectorOf(SiteKind kind) {
      return switch (kind) {
        case HOSPITAL, UNIVERSITY -> Sector.PUBLIC;
        case CLINIC, NURSING_HOME -> Sector.PRIVATE;
        default -> null;
      };
    }

    private static Room room(
        DemoRepository data, Site site, String name, int capacity, boolean accessible) {
      Room room = new Room(site, name, capacity, accessible);
      data.save(room);
      return room;
    }
  }
}
