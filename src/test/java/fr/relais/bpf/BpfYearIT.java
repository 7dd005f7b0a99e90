package fr.relais.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.establishment.ContactStatus;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.people.Region;
import fr.relais.privacy.ErasureService;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.TraineeCategory;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * THE BPF test: a fiscal year built by hand (2015, which no other test or demo uses), every figure
 * of every frame checked against the arithmetic written next to it; erasing a trainee changes
 * nothing; each kind of data warning appears, then goes once fixed (year 2009).
 */
@ExtendWith(ArquillianExtension.class)
class BpfYearIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final int YEAR = 2015;
  private static final int WARNINGS_YEAR = 2009;

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private BpfService bpf;
  @Inject private ErasureService erasure;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private long theme;
  private long room;

  @Test
  void everyFigureOfTheYearIsCountedByHand() throws Exception {
    setUp();
    long palliative = activity("Soins palliatifs", "OTHER_PROFESSIONAL", "331");
    long pain = activity("DPC douleur", "RS", "330");
    sql("UPDATE activity SET andpc_action = '12345678901' WHERE id = ?", pain);
    long vae = activity("Accompagnement VAE", "VAE", "332");
    long prevention =
        fixtures.activity(
            Fixtures.unique("Groupe de parole"), Format.TALK_GROUP, theme, Audience.ALL);

    long t1 = trainer("Interne", false);
    long t2 = trainer("Externe", true);
    long t3 = trainer("Sous-traitance", false);
    long t4 = trainer("Coanimatrice", true);

    long hospital =
        fixtures.site(Fixtures.unique("CHU BPF"), SiteKind.HOSPITAL, "Reims", Region.GRAND_EST);
    sql("UPDATE site SET sector = 'PUBLIC' WHERE id = ?", hospital);
    long clinic =
        fixtures.site(Fixtures.unique("Clinique BPF"), SiteKind.CLINIC, "Metz", Region.GRAND_EST);
    sql("UPDATE site SET sector = 'PRIVATE' WHERE id = ?", clinic);
    long publicRequest = request(hospital, palliative);
    long privateRequest = request(clinic, pain);

    // S1: 10 March, 09:00–17:00 Paris, 60 min lunch: morning 240 − 60 = 180 min, afternoon 240;
    // led by T1 (internal) and T2 (external) for 480 − 60 = 420 min each.
    long s1 =
        session(palliative, at(3, 10, 9, 0), at(3, 10, 17, 0), SessionMode.ON_SITE, 60, "OWN");
    fixtures.lead(s1, t1);
    fixtures.lead(s1, t2);
    // S2: 14 April 14:00–17:30, online (DPC-like): one half-day of 210 min; T1 and T4 (external).
    long s2 = session(pain, at(4, 14, 14, 0), at(4, 14, 17, 30), SessionMode.ONLINE, 0, "OWN");
    fixtures.lead(s2, t1);
    fixtures.lead(s2, t4);
    // S3: 2 June 09:00–12:30, entrusted to us by another organisation (frame G): 210 min; T2.
    long s3 =
        session(vae, at(6, 2, 9, 0), at(6, 2, 12, 30), SessionMode.ON_SITE, 0, "ENTRUSTED_TO_US");
    fixtures.lead(s3, t2);
    // S4: 15 September 09:00–17:00, 90 min lunch, entrusted by us to another organisation (F-2):
    // morning 240 − 90 = 150, afternoon 240. T3 is theirs to count: not in frame E.
    long s4 =
        session(
            palliative,
            at(9, 15, 9, 0),
            at(9, 15, 17, 0),
            SessionMode.ON_SITE,
            90,
            "ENTRUSTED_BY_US");
    fixtures.lead(s4, t3);
    // S5: 6 October 09:00–12:00 (180 min), for the public hospital's staff; T1.
    long s5 = session(palliative, at(10, 6, 9, 0), at(10, 6, 12, 0), SessionMode.ON_SITE, 0, "OWN");
    link(s5, publicRequest);
    fixtures.lead(s5, t1);
    // S6: 17 November 13:30–16:30 (180 min), for the private clinic's staff; T2.
    long s6 = session(pain, at(11, 17, 13, 30), at(11, 17, 16, 30), SessionMode.ON_SITE, 0, "OWN");
    link(s6, privateRequest);
    fixtures.lead(s6, t2);
    // Never counted: a prevention session, a cancelled one, one on 1 January 2016 00:30 Paris
    // (31 December 2015 23:30 UTC).
    long s7 = session(prevention, at(5, 5, 9, 0), at(5, 5, 12, 0), SessionMode.ON_SITE, 0, "OWN");
    fixtures.lead(s7, t1);
    long s8 = session(palliative, at(7, 7, 9, 0), at(7, 7, 12, 0), SessionMode.ON_SITE, 0, "OWN");
    fixtures.lead(s8, t1);
    sql("UPDATE session SET status = 'CANCELLED', cancel_reason = 'test' WHERE id = ?", s8);
    Instant newYear = LocalDateTime.of(2016, 1, 1, 0, 30).atZone(PARIS).toInstant();
    long s9 =
        session(
            palliative, newYear, newYear.plus(Duration.ofHours(2)), SessionMode.ON_SITE, 0, "OWN");
    fixtures.lead(s9, t1);

    long p1 = fixtures.participant("Individuelle", false);
    long p2 = fixtures.participant("Demandeuse", false);
    long p3 = fixtures.participant("Etudiante", true);
    long p4 = fixtures.participant("Inconnue", false);
    long p5 = fixtures.participant("Apprentie", false);
    long p6 = fixtures.participant("Annulee", false);
    long p7 = fixtures.participant("Confiee", false);
    long p8 = fixtures.participant("SousTraitee", false);
    long p9 = fixtures.participant("AgentA", false);
    long p10 = fixtures.participant("AgentB", false);
    long p11 = fixtures.participant("SalarieeA", false);
    long p12 = fixtures.participant("SalarieeB", false);

    // S1: P1 declared an individual, present all day (180 + 240 = 420 min); P2 a job seeker,
    // present in the morning, absent after (180); P3 a student (derived: other), late in the
    // morning, excused after (180).
    attend(register(s1, p1, "INDIVIDUAL"), "PRESENT", "PRESENT");
    attend(register(s1, p2, "JOB_SEEKER"), "PRESENT", "ABSENT");
    attend(register(s1, p3, null), "LATE", "EXCUSED");
    // S2 (online): P4 unknown (no category, no establishment): 210 min, counted with the
    // "others" and warned; P5 absent: not a trainee; P6 cancelled: never counted.
    long p4AtS2 = register(s2, p4, null);
    attend(p4AtS2, "PRESENT");
    attend(register(s2, p5, "APPRENTICE"), "ABSENT");
    attend(cancelled(s2, p6), "PRESENT");
    // S3 (entrusted to us): P7, 210 min: frame G only.
    attend(register(s3, p7, "PRIVATE_EMPLOYEE"), "PRESENT");
    // S4 (entrusted by us): P8 an individual, 150 + 240 = 390 min.
    attend(register(s4, p8, "INDIVIDUAL"), "PRESENT", "PRESENT");
    // S5 (public hospital): P9, P10 derived "other" (public agents), 180 min each.
    attend(register(s5, p9, null), "PRESENT");
    attend(register(s5, p10, null), "LATE");
    // S6 (private clinic): P11, P12 derived private employees, 180 min each.
    attend(register(s6, p11, null), "PRESENT");
    attend(register(s6, p12, null), "PRESENT");
    // Not counted: P1 at the prevention and the cancelled sessions, P2 on 1 January 2016.
    attend(register(s7, p1, "INDIVIDUAL"), "PRESENT");
    attend(register(s8, p1, "INDIVIDUAL"), "PRESENT");
    attend(register(s9, p2, "JOB_SEEKER"), "PRESENT");

    income(s1, "INDIVIDUALS", 45_040); // 450.40 € → 450
    income(s1, "FRANCE_TRAVAIL", 30_000); // 300 €
    income(s2, "OPCO_CPF", 9_949); // 99.49 € → 99
    income(s3, "TRAINING_ORGANISATIONS", 120_050); // 1 200.50 € → 1 201 (half up)
    income(s7, "OTHER", 50_000); // prevention: not counted
    income(s8, "OTHER", 20_000); // cancelled session: not counted
    income(s9, "STATE", 10_000); // 2016: not counted
    long contactPublic = fixtures.contact(hospital, ContactStatus.ACTIVE);
    long contactPrivate = fixtures.contact(clinic, ContactStatus.ACTIVE);
    // Public hospital: 800 € a day excluding VAT (960 € with it), one day: line 3, 800 €; the
    // superseded first version counts for nothing.
    convention(publicRequest, 1, "SUPERSEDED", 70_000, "PER_DAY", "STANDARD", 10, contactPublic);
    convention(publicRequest, 2, "ACCEPTED", 80_000, "PER_DAY", "STANDARD", 10, contactPublic);
    // Private clinic: 150.25 € × 2 trainees, VAT exempt = 300.50 € → line 1, 301 €; a later
    // proposal not accepted counts for nothing.
    convention(privateRequest, 1, "ACCEPTED", 15_025, "PER_PERSON", "EXEMPT", 2, contactPrivate);
    convention(privateRequest, 2, "PROPOSED", 99_900, "PER_PERSON", "EXEMPT", 2, null);

    Map<DeclaredItem, Long> typed = new EnumMap<>(DeclaredItem.class);
    typed.put(DeclaredItem.TURNOVER_SHARE, 35L);
    typed.put(DeclaredItem.CHARGES_TOTAL, 2_500L);
    typed.put(DeclaredItem.CHARGES_SALARIES, 1_200L);
    typed.put(DeclaredItem.CHARGES_PURCHASES, 400L);
    bpf.declare(Callers.coordinator(), YEAR, typed);

    BpfYear y = bpf.year(Callers.coordinator(), YEAR);

    // Frame C (whole euros, each line rounded, the total their sum).
    assertEquals(301, y.figure("C", "1", 0), "clinic's convention");
    assertEquals(99, y.figure("C", "2e", 0), "CPF");
    assertEquals(800, y.figure("C", "3", 0), "hospital's convention, excluding VAT");
    assertEquals(300, y.figure("C", "7", 0), "France Travail");
    assertEquals(450, y.figure("C", "9", 0), "individual fee");
    assertEquals(1_201, y.figure("C", "10", 0), "another training organisation");
    for (String line :
        List.of("2a", "2b", "2c", "2d", "2f", "2g", "2h", "4", "5", "6", "8", "11")) {
      assertEquals(0, y.figure("C", line, 0), "line " + line);
    }
    // 301 + 99 + 800 + 300 + 450 + 1 201 = 3 151
    assertEquals(3_151, y.figure("C", "total", 0));
    assertEquals(35, y.figure("C", "share", 0));
    assertTrue(y.frame("C").line("share").figures().get(0).declared());
    assertEquals(6, y.incomes().get("C:total").size(), "4 incomes + 2 conventions");

    // Frame D: as typed.
    assertEquals(2_500, y.figure("D", "total", 0));
    assertEquals(1_200, y.figure("D", "salaries", 0));
    assertEquals(400, y.figure("D", "purchases", 0));

    // Frame E. Internal: T1 only (T3 led the session entrusted by us), S1 420 + S2 210 + S5 180
    // = 810 min = 13.5 h → 14. External: T2 (S1 420 + S3 210 + S6 180) and T4 (S2 210) = 1 020
    // min = 17 h.
    assertEquals(1, y.figure("E", "internal", 0));
    assertEquals(14, y.figure("E", "internal", 1));
    assertEquals(2, y.figure("E", "external", 0));
    assertEquals(17, y.figure("E", "external", 1));

    // Frame F-1 (own trainees: all but S3's). The lines' hours add up to the whole's: 2 100 min =
    // 35 h; each line gets its whole hours (6 + 0 + 3 + 13 + 12 = 34), then the largest leftovers
    // one more each, the first line on a tie (d and e both have 30 min left: d gets it).
    // a: P11, P12: 2, 360 min = 6 h.
    assertEquals(2, y.figure("F-1", "a", 0));
    assertEquals(6, y.figure("F-1", "a", 1));
    // b: P5 was absent: not a trainee.
    assertEquals(0, y.figure("F-1", "b", 0));
    assertEquals(0, y.figure("F-1", "b", 1));
    // c: P2, 180 min = 3 h.
    assertEquals(1, y.figure("F-1", "c", 0));
    assertEquals(3, y.figure("F-1", "c", 1));
    // d: P1 420 + P8 390 = 810 min = 13 h 30 → 14 (the extra hour).
    assertEquals(2, y.figure("F-1", "d", 0));
    assertEquals(14, y.figure("F-1", "d", 1));
    // e: P3 180 + P9 180 + P10 180 + P4 (unknown) 210 = 750 min = 12 h 30 → 12 (d took the hour).
    assertEquals(4, y.figure("F-1", "e", 0));
    assertEquals(12, y.figure("F-1", "e", 1));
    // Total: 9 trainees; 6 + 0 + 3 + 14 + 12 = 35 h = 2 100 min, the same in F-3 and F-4.
    assertEquals(9, y.figure("F-1", "total", 0));
    assertEquals(35, y.figure("F-1", "total", 1));
    // At a distance: P4 at the online S2, 210 min = 3.5 h → 4.
    assertEquals(1, y.figure("F-1", "remote", 0));
    assertEquals(4, y.figure("F-1", "remote", 1));
    BpfRows.Trainee p1Row =
        y.trainees().get("F-1:d").stream()
            .filter(t -> t.sessionId() == s1)
            .findFirst()
            .orElseThrow();
    assertEquals(2, p1Row.halfDays());
    assertEquals(420, p1Row.minutes());
    assertEquals("1 (180 min), 2 (240 min)", p1Row.halves());

    // F-2: P8, 390 min = 6.5 h → 7.
    assertEquals(1, y.figure("F-2", "1", 0));
    assertEquals(7, y.figure("F-2", "1", 1));

    // F-3 (2 100 min = 35 h; floors 9 + 25, b first on the tie of 30 min left).
    // b (RS, the DPC-like activity): P4 210 + P11 180 + P12 180 = 570 min = 9 h 30 → 10.
    assertEquals(3, y.figure("F-3", "b", 0));
    assertEquals(10, y.figure("F-3", "b", 1));
    // d (other professional): S1 420 + 180 + 180, S4 390, S5 180 + 180 = 1 530 min = 25 h 30 → 25.
    assertEquals(6, y.figure("F-3", "d", 0));
    assertEquals(25, y.figure("F-3", "d", 1));
    // f (VAE): S3 only, entrusted to us: not here.
    assertEquals(0, y.figure("F-3", "f", 0));
    assertEquals(0, y.figure("F-3", "a", 0));
    assertEquals(9, y.figure("F-3", "total", 0));
    assertEquals(35, y.figure("F-3", "total", 1));

    // F-4: 331 first (1 530 min, 6 trainees), 330 second (570, 3), no others; 35 h with 331 first
    // on the tie: 26 and 9. Each speciality is named with its NSF label.
    BpfFrame.Line first = y.frame("F-4").line("1");
    assertEquals("331 – Santé", first.labelArgument());
    assertEquals(6, first.value(0));
    assertEquals(26, first.value(1));
    BpfFrame.Line second = y.frame("F-4").line("2");
    assertEquals(3, second.value(0));
    assertEquals(9, second.value(1));
    assertEquals(0, y.figure("F-4", "others", 0));
    assertEquals(9, y.figure("F-4", "total", 0));
    assertEquals(35, y.figure("F-4", "total", 1));

    // G: P7 at S3, 210 min → 4 h.
    assertEquals(1, y.figure("G", "1", 0));
    assertEquals(4, y.figure("G", "1", 1));

    // The one warning: P4's category.
    assertEquals(
        List.of(p4AtS2),
        items(y, BpfWarning.Kind.REGISTRATION_WITHOUT_CATEGORY).stream()
            .map(BpfWarning.Item::registrationId)
            .toList());
    for (BpfWarning w : y.warnings()) {
      if (w.kind() != BpfWarning.Kind.REGISTRATION_WITHOUT_CATEGORY) {
        assertTrue(w.items().isEmpty(), w.kind() + ": " + w.items());
      }
    }

    // Erasing a trainee changes no figure.
    assertTrue(erasure.erase(p1, "BPF test"));
    BpfYear afterErasure = bpf.year(Callers.coordinator(), YEAR);
    assertEquals(y.frames(), afterErasure.frames(), "the figures survive an erasure");

    // A coordinator corrects P4: a job seeker. c becomes 2 (180 + 210 = 390 min = 6 h 30: c is
    // first of c and d on the tie of 30 min left, 7 h), e 3 (540 min = 9 h); the warning goes.
    bpf.correctCategory(Callers.coordinator(), p4AtS2, TraineeCategory.JOB_SEEKER);
    BpfYear corrected = bpf.year(Callers.coordinator(), YEAR);
    assertEquals(2, corrected.figure("F-1", "c", 0));
    assertEquals(7, corrected.figure("F-1", "c", 1));
    assertEquals(3, corrected.figure("F-1", "e", 0));
    assertEquals(9, corrected.figure("F-1", "e", 1));
    assertFalse(corrected.hasWarnings());
    assertEquals(
        "CORRECTED",
        Sql.text(dataSource, "SELECT category_source FROM registration WHERE id = ?", p4AtS2));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM audit_log WHERE entity = 'registration' AND entity_id = ?"
                + " AND action = 'CATEGORY_CORRECTED'",
            p4AtS2));
  }

  @Test
  void typedFiguresAreCheckedAllAtOnceAndOnlyCoordinatorsSeeTheBpf() throws Exception {
    Map<DeclaredItem, Long> wrong = new EnumMap<>(DeclaredItem.class);
    wrong.put(DeclaredItem.TURNOVER_SHARE, 150L);
    wrong.put(DeclaredItem.CHARGES_TOTAL, -1L);
    wrong.put(DeclaredItem.CHARGES_SALARIES, 10L);
    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> bpf.declare(Callers.coordinator(), 2008, wrong));
    assertEquals(2, refused.getErrors().size(), "both wrong fields at once");
    assertTrue(bpf.declared(2008).isEmpty(), "nothing half-written");
    long someone = fixtures.participant("Curieuse", false);
    assertThrows(BusinessException.class, () -> bpf.year(Callers.participant(someone), 2008));
    assertThrows(BusinessException.class, () -> bpf.year(Callers.trainer(someone), 2008));
    assertThrows(
        BusinessException.class,
        () -> bpf.correctCategory(Callers.participant(someone), 1, TraineeCategory.OTHER));
    assertNull(
        bpf.year(Callers.coordinator(), 2008).frame("D").line("total").figures().get(0).amount());
  }

  @Test
  void eachWarningAppearsThenGoesOnceFixed() throws Exception {
    setUp();
    long bare =
        fixtures.activity(
            Fixtures.unique("Formation à compléter"), Format.TRAINING, theme, Audience.ALL);
    sql(
        "UPDATE activity SET purpose = 'TRAINING', bpf_objective = NULL, nsf_code = NULL WHERE id = ?",
        bare);
    long good = activity("Formation complète", "OTHER_PROFESSIONAL", "331");
    long trainer = trainer("Veille", false);
    // A session of one hour with a one-hour break, no trainer, a registration and no attendance.
    Instant start = LocalDateTime.of(WARNINGS_YEAR, 3, 3, 9, 0).atZone(PARIS).toInstant();
    long empty =
        session(bare, start, start.plus(Duration.ofHours(1)), SessionMode.ON_SITE, 60, "OWN");
    long absentee = fixtures.participant("Oubliee", false);
    register(empty, absentee, "INDIVIDUAL");
    // A session with an unknown trainee, an income without a source, for an establishment whose
    // sector nobody gave.
    long site =
        fixtures.site(
            Fixtures.unique("EHPAD sans secteur"),
            SiteKind.NURSING_HOME,
            "Nancy",
            Region.GRAND_EST);
    long request = request(site, good);
    Instant later = start.plus(Duration.ofDays(30));
    long held =
        session(good, later, later.plus(Duration.ofHours(3)), SessionMode.ON_SITE, 0, "OWN");
    fixtures.lead(held, trainer);
    link(held, request);
    long unknown = register(held, fixtures.participant("Sans categorie", false), null);
    attend(unknown, "PRESENT");
    long income = income(held, null, 10_000);
    convention(
        request,
        1,
        "ACCEPTED",
        50_000,
        "PER_DAY",
        "EXEMPT",
        5,
        fixtures.contact(site, ContactStatus.ACTIVE));

    BpfYear before = bpf.year(Callers.coordinator(), WARNINGS_YEAR);
    assertTrue(before.hasWarnings());
    assertEquals(
        List.of("/scheduling/session?id=" + empty),
        paths(before, BpfWarning.Kind.SESSION_WITHOUT_HOURS));
    assertEquals(
        List.of("/scheduling/session?id=" + empty),
        paths(before, BpfWarning.Kind.SESSION_WITHOUT_TRAINER));
    assertEquals(
        List.of("/programme/activity?id=" + bare),
        paths(before, BpfWarning.Kind.ACTIVITY_WITHOUT_OBJECTIVE));
    assertEquals(
        List.of("/programme/activity?id=" + bare),
        paths(before, BpfWarning.Kind.ACTIVITY_WITHOUT_SPECIALITY));
    assertEquals(
        List.of(unknown),
        items(before, BpfWarning.Kind.REGISTRATION_WITHOUT_CATEGORY).stream()
            .map(BpfWarning.Item::registrationId)
            .toList());
    assertEquals(
        List.of("/scheduling/session?id=" + empty),
        paths(before, BpfWarning.Kind.SESSION_WITHOUT_ATTENDANCE));
    assertEquals(
        List.of("/scheduling/session?id=" + held),
        paths(before, BpfWarning.Kind.INCOME_WITHOUT_SOURCE));
    assertEquals(
        List.of("/site/site?id=" + site), paths(before, BpfWarning.Kind.CONVENTION_WITHOUT_SECTOR));
    assertEquals(
        0,
        before.figure("C", "total", 0),
        "neither the unsourced income nor the convention has a line yet");

    sql(
        "UPDATE activity SET bpf_objective = 'OTHER_PROFESSIONAL', nsf_code = '331' WHERE id = ?",
        bare);
    sql("UPDATE session SET break_minutes = 0 WHERE id = ?", empty);
    fixtures.lead(empty, trainer);
    sql(
        "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by)"
            + " SELECT id, 0, 'ABSENT', 'HAND', now(), 'test' FROM registration WHERE session_id = ?",
        empty);
    bpf.correctCategory(Callers.coordinator(), unknown, TraineeCategory.OTHER);
    sql("UPDATE session_income SET source = 'OTHER_PUBLIC' WHERE id = ?", income);
    sql("UPDATE site SET sector = 'PUBLIC' WHERE id = ?", site);

    BpfYear after = bpf.year(Callers.coordinator(), WARNINGS_YEAR);
    for (BpfWarning w : after.warnings()) {
      assertTrue(w.items().isEmpty(), w.kind() + " still: " + w.items());
    }
    assertFalse(after.hasWarnings());
    assertEquals(100, after.figure("C", "8", 0), "the income now has its line");
    assertEquals(500, after.figure("C", "3", 0), "one day at 500 €, a public employer");
  }

  // ---- building the year

  private void setUp() {
    theme = fixtures.theme(Fixtures.unique("Thème BPF"));
    long site =
        fixtures.site(
            Fixtures.unique("Maison BPF"),
            SiteKind.MAISON_DES_SOIGNANTS,
            "Nancy",
            Region.GRAND_EST);
    room = fixtures.room(site, "Salle BPF", 40);
  }

  private long activity(String title, String objective, String nsf) throws SQLException {
    long id = fixtures.activity(Fixtures.unique(title), Format.TRAINING, theme, Audience.ALL);
    sql(
        "UPDATE activity SET purpose = 'TRAINING', bpf_objective = ?, nsf_code = ? WHERE id = ?",
        objective,
        nsf,
        id);
    return id;
  }

  private long trainer(String name, boolean external) throws SQLException {
    long id = fixtures.trainer(name, "Formatrice");
    sql(
        "INSERT INTO trainer_profile (account_id, feed_token, external) VALUES (?, ?, ?)",
        id,
        UUID.randomUUID().toString().replace("-", ""),
        external);
    return id;
  }

  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(YEAR, month, day, hour, minute).atZone(PARIS).toInstant();
  }

  private long session(
      long activity,
      Instant start,
      Instant end,
      SessionMode mode,
      int breakMinutes,
      String delivery)
      throws SQLException {
    long id =
        fixtures.session(
            activity,
            Instant.now().plus(Duration.ofDays(300)),
            mode,
            mode == SessionMode.ONLINE ? null : room,
            SessionStatus.PUBLISHED,
            30);
    fixtures.moveTo(id, start, end);
    sql(
        "UPDATE session SET status = 'COMPLETED', break_minutes = ?, delivery = ?,"
            + " partner_organisation = CASE WHEN ? = 'OWN' THEN NULL ELSE 'Organisme partenaire' END"
            + " WHERE id = ?",
        breakMinutes,
        delivery,
        delivery,
        id);
    return id;
  }

  private long request(long site, long activity) throws SQLException {
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    try (Connection c = dataSource.getConnection()) {
      return Sql.number(
          c,
          "INSERT INTO establishment_request (site_id, contact_id, activity_id, headcount, audience,"
              + " status, created_at, updated_at) VALUES (?, ?, ?, 10, 'ALL', 'HELD', now(), now())"
              + " RETURNING id",
          site,
          contact,
          activity);
    }
  }

  private void link(long session, long request) throws SQLException {
    sql("UPDATE session SET establishment_request_id = ? WHERE id = ?", request, session);
  }

  /** A confirmed registration, its category declared by the participant (or none). */
  private long register(long session, long person, String category) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return Sql.number(
          c,
          "INSERT INTO registration (session_id, account_id, status, seat, confirmed_at,"
              + " trainee_category, category_source) VALUES (?, ?, 'CONFIRMED', 'GENERAL', now(), ?,"
              + " ?) RETURNING id",
          session,
          person,
          category,
          category == null ? null : "DECLARED");
    }
  }

  private long cancelled(long session, long person) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return Sql.number(
          c,
          "INSERT INTO registration (session_id, account_id, status, cancelled_at, cancelled_by,"
              + " trainee_category, category_source) VALUES (?, ?, 'CANCELLED', now(), 'test',"
              + " 'INDIVIDUAL', 'DECLARED') RETURNING id",
          session,
          person);
    }
  }

  /** The registration's half-days, in order, with these statuses. */
  private void attend(long registration, String... statuses) throws SQLException {
    for (int half = 0; half < statuses.length; half++) {
      sql(
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by)"
              + " VALUES (?, ?, ?, 'HAND', now(), 'test')",
          registration,
          half,
          statuses[half]);
    }
  }

  private long income(long session, String source, long cents) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return Sql.number(
          c,
          "INSERT INTO session_income (session_id, source, funder, amount_cents, created_at, created_by)"
              + " VALUES (?, ?, 'Financeur', ?, now(), 'test') RETURNING id",
          session,
          source,
          cents);
    }
  }

  private void convention(
      long request,
      int number,
      String status,
      long priceCents,
      String basis,
      String vat,
      int trainees,
      Long acceptedBy)
      throws SQLException {
    boolean accepted = acceptedBy != null;
    sql(
        "INSERT INTO convention (request_id, number, status, price_cents, price_basis, vat,"
            + " trainees, payment_terms, objectives, content, means, evaluation, created_at,"
            + " created_by, pdf, sha256, accepted_at, accepted_by_id, accepted_by_name, place,"
            + " trainers) VALUES (?, ?, ?, ?, ?, ?, ?, '30 jours', 'Objectifs', 'Contenu',"
            + " 'Moyens', 'Évaluation', now(), 'coordination.tests@relais.test', ?, ?, ?, ?, ?,"
            + " 'Salle du test', 'Formatrice du test')",
        request,
        number,
        status,
        priceCents,
        basis,
        vat,
        trainees,
        new byte[] {0x25, 0x50, 0x44, 0x46},
        String.valueOf(number).repeat(64),
        accepted ? Timestamp.from(Instant.now()) : null,
        acceptedBy,
        accepted ? "Camille Contact" : null);
  }

  private static List<BpfWarning.Item> items(BpfYear year, BpfWarning.Kind kind) {
    return year.warnings().stream().filter(w -> w.kind() == kind).findFirst().orElseThrow().items();
  }

  private static List<String> paths(BpfYear year, BpfWarning.Kind kind) {
    return items(year, kind).stream().map(BpfWarning.Item::path).toList();
  }

  private void sql(String statement, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, statement, values);
    }
  }
}
