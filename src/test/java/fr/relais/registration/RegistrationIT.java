package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionPlan;
import fr.relais.scheduling.SessionRepository;
import fr.relais.scheduling.SessionService;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.testing.SqlStatements;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration in the container on a real PostgreSQL: a crowd registering at once never overbooks,
 * the waitlist keeps its order and is served when seats free up, the rules refuse what they should,
 * mails are queued once.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private RegistrationService registrations;
  @Inject private SessionService sessions;
  @Inject private Reminders reminders;
  @Inject private MyRegistrationsRepository myRegistrations;
  @Inject private StaffRosters staffRosters;
  @Inject private SessionRepository sessionRepository;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  @PersistenceUnit private EntityManagerFactory factory;

  private static long activity;
  private static long studentsOnly;
  private static final Instant BASE = Instant.now().plus(Duration.ofDays(30));
  private static int slot;

  @BeforeEach
  void world() {
    if (activity == 0) {
      long theme = fixtures.theme(Fixtures.unique("Thème inscriptions"));
      activity =
          fixtures.activity(
              Fixtures.unique("eJADES inscriptions"), Format.EJADES, theme, Audience.ALL);
      studentsOnly =
          fixtures.activity(
              Fixtures.unique("Étudiants seulement"), Format.TALK_GROUP, theme, Audience.STUDENTS);
    }
  }

  private static Instant nextSlot() {
    return BASE.plus(Duration.ofDays(++slot));
  }

  @Test
  void aCrowdRegisteringAtOnceNeverOverbooksAndWaitsInOrder() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 10, 3);
    setWaitlistLimit(session, 200); // 110 of the 120 wait: this waitlist may hold them all
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      people.add(fixtures.participant("Foule", i % 4 == 0)); // a quarter are students
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RegistrationOutcome>> outcomes = new ArrayList<>();
    for (long person : people) {
      outcomes.add(
          executor.submit(
              () -> {
                go.await();
                return registrations.register(Callers.participant(person), session, null);
              }));
    }
    // The same people again, at the same time: a double click must not give a second seat.
    List<Future<RegistrationOutcome>> repeats = new ArrayList<>();
    for (long person : people.subList(0, 20)) {
      repeats.add(
          executor.submit(
              () -> {
                go.await();
                return registrations.register(Callers.participant(person), session, null);
              }));
    }
    go.countDown();
    for (Future<RegistrationOutcome> f : outcomes) {
      f.get(120, TimeUnit.SECONDS);
    }
    for (Future<RegistrationOutcome> f : repeats) {
      f.get(120, TimeUnit.SECONDS);
    }

    assertEquals(
        10,
        count(
            "SELECT count(*) FROM registration WHERE session_id = "
                + session
                + " AND status = 'CONFIRMED'"));
    assertEquals(
        110,
        count(
            "SELECT count(*) FROM registration WHERE session_id = "
                + session
                + " AND status = 'WAITLISTED'"));
    assertEquals(
        120,
        count("SELECT count(DISTINCT account_id) FROM registration WHERE session_id = " + session));
    assertEquals(
        120,
        count("SELECT count(*) FROM registration WHERE session_id = " + session),
        "no duplicate");
    assertTrue(
        count(
                "SELECT count(*) FROM registration WHERE session_id = "
                    + session
                    + " AND seat = 'STUDENT'")
            <= 3);
    assertEquals(
        10,
        count("SELECT confirmed_general + confirmed_students FROM session WHERE id = " + session));
    // Seats went to the first in rank, each as far as they could hold one: replay the rank order
    // by hand (3 student seats, 7 general ones) and compare seat by seat.
    assertEquals(seatsInRankOrder(session, 7, 3), seatsAsStored(session));
    assertEquals(
        110,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'waitlisted' AND recipient IN"
                + " (SELECT a.email FROM registration r JOIN account a ON a.id = r.account_id WHERE r.session_id = "
                + session
                + ")"));

    // Two people cancel: the first waitlisted who may take each seat are promoted, in order.
    List<Long> confirmed =
        longs(
            "SELECT account_id FROM registration WHERE session_id = "
                + session
                + " AND status = 'CONFIRMED' AND seat = 'GENERAL' ORDER BY rank");
    long firstWaiting =
        longs(
                "SELECT account_id FROM registration WHERE session_id = "
                    + session
                    + " AND status = 'WAITLISTED' ORDER BY rank LIMIT 1")
            .get(0);
    registrations.cancelOwn(Callers.participant(confirmed.get(0)), session);
    assertEquals(
        "CONFIRMED",
        text(
            "SELECT status FROM registration WHERE session_id = "
                + session
                + " AND account_id = "
                + firstWaiting
                + " AND status <> 'CANCELLED'"));
    assertEquals(
        10,
        count(
            "SELECT count(*) FROM registration WHERE session_id = "
                + session
                + " AND status = 'CONFIRMED'"));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'promoted' AND recipient = (SELECT email FROM account WHERE id = "
                + firstWaiting
                + ")"));
  }

  /**
   * What one registration sends to the database, counted statement by statement (EclipseLink's
   * calls on this thread), for a confirmed one and a waitlisted one. One session's registrations
   * queue on its row lock, so what runs under the lock sets the crowd's pace: a statement more
   * there is a regression this catches. Before issue 18: 13 statements each, 9 of them under the
   * lock.
   */
  @Test
  void oneRegistrationSendsAFixedNumberOfStatements() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 1, 0);
    long seated = fixtures.participant("Compte", false);
    long waiting = fixtures.participant("Compte", false);
    List<String> confirmed =
        registration(() -> registrations.register(Callers.participant(seated), session, null));
    List<String> waitlisted =
        registration(() -> registrations.register(Callers.participant(waiting), session, null));
    String both = "confirmed: " + confirmed + "\nwaitlisted: " + waitlisted;
    // Before the lock: the session, the person and their roles, their live registration if any.
    // Under it: the locked row, the insert (with the seat, or the waitlist's limit and place), the
    // mail row; the wellbeing survey's statements are left out (they depend on other tests').
    assertEquals(List.of(3, 3), List.of(confirmed.size(), waitlisted.size()), both);
    assertTrue(confirmed.get(0).contains("FOR UPDATE"), both);
    assertTrue(waitlisted.get(0).contains("FOR UPDATE"), both);
    assertEquals("CONFIRMED", liveStatus(session, seated));
    assertEquals("WAITLISTED", liveStatus(session, waiting));
    assertEquals(1, count("SELECT confirmed_general FROM session WHERE id = " + session));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'waitlisted' AND body LIKE '%position 1.%'"
                + " AND recipient = (SELECT email FROM account WHERE id = "
                + waiting
                + ")"));
  }

  /**
   * The statements from the row lock on, without the survey's (see above); asserts those before.
   */
  private List<String> registration(Runnable work) {
    List<String> sql = SqlStatements.during(factory, work);
    int lock = 0;
    while (lock < sql.size() && !sql.get(lock).contains("FOR UPDATE")) {
      lock++;
    }
    assertEquals(4, lock, "statements before the lock: " + sql);
    int survey = lock;
    while (survey < sql.size() && !sql.get(survey).contains("FROM campaign")) {
      survey++; // the wellbeing survey's observer comes last: its statements are not counted
    }
    return sql.subList(lock, survey);
  }

  @Test
  void theWaitlistHoldsAsManyAsTheSeatsByDefaultThenRefusesClearly() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 2, 0);
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(fixtures.participant("Attente", false));
    }
    for (long person : people.subList(0, 4)) {
      registrations.register(Callers.participant(person), session, null);
    }
    BusinessException full =
        assertThrows(
            BusinessException.class,
            () -> registrations.register(Callers.participant(people.get(4)), session, null));
    assertEquals("registration.waitlistFull", full.getMessageKey());
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM registration WHERE session_id = "
                + session
                + " AND status = 'WAITLISTED'"));
    assertEquals(0, count("SELECT count(*) FROM registration WHERE account_id = " + people.get(4)));

    // A coordinator makes room for one more: the next one waits, then it is full again.
    setWaitlistLimit(session, 3);
    assertEquals(
        RegistrationStatus.WAITLISTED,
        registrations
            .register(Callers.participant(people.get(4)), session, null)
            .registration()
            .getStatus());
    long sixth = fixtures.participant("Attente", false);
    assertThrows(
        BusinessException.class,
        () -> registrations.register(Callers.participant(sixth), session, null));
  }

  @Test
  void aSessionWithNoWaitlistRefusesOnceTheSeatsAreTaken() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 1, 0);
    setWaitlistLimit(session, 0);
    registrations.register(
        Callers.participant(fixtures.participant("Assise", false)), session, null);
    long late = fixtures.participant("Tard", false);
    BusinessException full =
        assertThrows(
            BusinessException.class,
            () -> registrations.register(Callers.participant(late), session, null));
    assertEquals("registration.waitlistFull", full.getMessageKey());
  }

  private void setWaitlistLimit(long session, int limit) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "UPDATE session SET waitlist_limit = ? WHERE id = ?", limit, session);
    }
  }

  @Test
  void aStudentSeatFreedGoesToTheFirstWaitingStudent() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 2, 1);
    long pro1 = fixtures.participant("Pro", false);
    long student1 = fixtures.participant("Etudiante", true);
    long pro2 = fixtures.participant("Pro", false);
    long student2 = fixtures.participant("Etudiant", true);
    assertEquals(
        RegistrationStatus.CONFIRMED,
        registrations
            .register(Callers.participant(pro1), session, null)
            .registration()
            .getStatus());
    assertEquals(
        RegistrationStatus.CONFIRMED,
        registrations
            .register(Callers.participant(student1), session, null)
            .registration()
            .getStatus());
    RegistrationOutcome waiting = registrations.register(Callers.participant(pro2), session, null);
    assertEquals(RegistrationStatus.WAITLISTED, waiting.registration().getStatus());
    assertEquals(1, waiting.waitlistPosition());
    assertEquals(
        2, registrations.register(Callers.participant(student2), session, null).waitlistPosition());

    registrations.cancelOwn(Callers.participant(student1), session); // frees the student seat
    assertEquals(
        "WAITLISTED", liveStatus(session, pro2), "a professional never takes a student seat");
    assertEquals("CONFIRMED", liveStatus(session, student2));
    registrations.cancelOwn(Callers.participant(pro1), session); // frees a general seat
    assertEquals("CONFIRMED", liveStatus(session, pro2));
  }

  @Test
  void aStudentOnAGeneralSeatWhoCancelsFreesAGeneralSeatForTheFirstWaiting() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 2, 1);
    long onStudentSeat = fixtures.participant("Etudiante", true);
    long onGeneralSeat = fixtures.participant("Etudiant", true);
    long firstWaiting = fixtures.participant("Etudiante", true);
    long pro = fixtures.participant("Pro", false);
    for (long person : List.of(onStudentSeat, onGeneralSeat, firstWaiting, pro)) {
      registrations.register(Callers.participant(person), session, null);
    }
    assertEquals(List.of("STUDENT", "GENERAL", "WAITLISTED", "WAITLISTED"), seatsAsStored(session));

    registrations.cancelOwn(Callers.participant(onGeneralSeat), session);
    assertEquals("CONFIRMED", liveStatus(session, firstWaiting), "first in rank");
    assertEquals(
        "GENERAL",
        text(
            "SELECT seat FROM registration WHERE status = 'CONFIRMED' AND account_id = "
                + firstWaiting));
    assertEquals("WAITLISTED", liveStatus(session, pro));

    registrations.cancelOwn(
        Callers.participant(onStudentSeat), session); // a student seat: the professional waits on
    assertEquals("WAITLISTED", liveStatus(session, pro));
    assertEquals(
        1,
        count("SELECT confirmed_general + confirmed_students FROM session WHERE id = " + session));
  }

  @Test
  void promotingWithNoSeatFreeIsRefusedAndChangesNothing() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 1, 0);
    long seated = fixtures.participant("Assise", false);
    long waiting = fixtures.participant("Attente", false);
    registrations.register(Callers.participant(seated), session, null);
    long waitingRegistration =
        registrations.register(Callers.participant(waiting), session, null).registration().getId();
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> registrations.promote(Callers.coordinator(), waitingRegistration));
    assertEquals("registration.noSeatFree", refused.getMessageKey());
    assertEquals("WAITLISTED", liveStatus(session, waiting));
    assertEquals(1, count("SELECT confirmed_general FROM session WHERE id = " + session));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'promoted'"
                + " AND recipient = (SELECT email FROM account WHERE id = "
                + waiting
                + ")"));
  }

  @Test
  void staffNoLongerCancelPromoteOrAddOnceTheSessionHasStarted() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 1, 0);
    long seated = fixtures.participant("Commencée", false);
    long waiting = fixtures.participant("Attente", false);
    long seat =
        registrations.register(Callers.participant(seated), session, null).registration().getId();
    long line =
        registrations.register(Callers.participant(waiting), session, null).registration().getId();
    Instant started = Instant.now().minus(Duration.ofMinutes(5));
    fixtures.moveTo(session, started, started.plus(Duration.ofHours(2)));

    BusinessException cancel =
        assertThrows(
            BusinessException.class,
            () -> registrations.cancelByCoordinator(Callers.coordinator(), seat, "Trop tard"));
    assertEquals("registration.sessionStarted", cancel.getMessageKey());
    assertEquals("CONFIRMED", liveStatus(session, seated), "nothing changed");
    // Even with a seat free, nobody moves up once it has started.
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "UPDATE session SET capacity = 2 WHERE id = ?", session);
    }
    BusinessException promote =
        assertThrows(
            BusinessException.class, () -> registrations.promote(Callers.coordinator(), line));
    assertEquals("registration.sessionStarted", promote.getMessageKey());
    assertEquals("WAITLISTED", liveStatus(session, waiting));
    long late = fixtures.participant("Retardataire", false);
    String lateEmail;
    try (Connection c = dataSource.getConnection()) {
      lateEmail = Sql.text(c, "SELECT email FROM account WHERE id = ?", late);
    }
    BusinessException add =
        assertThrows(
            BusinessException.class,
            () -> registrations.addByHand(Callers.coordinator(), session, lateEmail));
    assertEquals("registration.sessionStarted", add.getMessageKey(), "the page hides it too");
  }

  @Test
  void oneLinePerSessionForWhoRegisteredAgainAndAStartedSessionSaysWhoCame() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 5, 0);
    long lea = fixtures.participant("Revenue", false);
    long max = fixtures.participant("Absent", false);
    registrations.register(Callers.participant(lea), session, null);
    registrations.cancelOwn(Callers.participant(lea), session);
    long current =
        registrations.register(Callers.participant(lea), session, null).registration().getId();
    long maxSeat =
        registrations.register(Callers.participant(max), session, null).registration().getId();

    List<MyRegistrationsRepository.View> lines =
        MyRegistrationsRepository.onePerSession(myRegistrations.all(lea, Instant.now())).stream()
            .filter(v -> v.registration().getSession().getId() == session)
            .toList();
    assertEquals(1, lines.size(), "the older cancelled registration is left out");
    assertEquals(current, lines.get(0).registration().getId());
    assertEquals(RegistrationStatus.CONFIRMED, lines.get(0).registration().getStatus());
    assertEquals(null, lines.get(0).getPresence(), "not started yet");

    Instant started = Instant.now().minus(Duration.ofHours(3));
    fixtures.moveTo(session, started, started.plus(Duration.ofHours(2)));
    try (Connection c = dataSource.getConnection()) {
      Sql.update(
          c,
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at,"
              + " recorded_by) VALUES (?, 0, 'ABSENT', 'HAND', now(), 'test')",
          maxSeat);
    }
    MyRegistrationsRepository.View absent =
        MyRegistrationsRepository.onePerSession(myRegistrations.all(max, Instant.now())).stream()
            .filter(v -> v.registration().getSession().getId() == session)
            .findFirst()
            .orElseThrow();
    assertEquals(Presence.ABSENT, absent.getPresence());
    assertEquals("mine.noCertificate.absent", absent.getNoCertificateReason());

    StaffRoster roster = staffRosters.of(sessionRepository.find(session).orElseThrow());
    assertTrue(roster.isStarted());
    assertEquals(2, roster.count(RegistrationStatus.CONFIRMED));
    assertEquals(1, roster.count(RegistrationStatus.CANCELLED));
    assertEquals(1, roster.getMissed());
    assertEquals(
        Presence.ABSENT, roster.rows().get(0).presence(), "the absent before the unmarked");
    assertEquals(Presence.UNMARKED, roster.rows().get(1).presence());
    assertEquals(RegistrationStatus.CANCELLED, roster.rows().get(2).status());
  }

  @Test
  void registeringTwiceGivesTheSameRegistration() {
    long session = fixtures.openSession(activity, nextSlot(), 5, 0);
    long lea = fixtures.participant("Lea", false);
    RegistrationOutcome first = registrations.register(Callers.participant(lea), session, null);
    RegistrationOutcome again = registrations.register(Callers.participant(lea), session, null);
    assertTrue(first.created());
    assertTrue(!again.created());
    assertEquals(first.registration().getId(), again.registration().getId());
  }

  @Test
  void theRulesRefuseAndChangeNothing() throws Exception {
    long lea = fixtures.participant("Lea", false);
    long students = fixtures.openSession(studentsOnly, nextSlot(), 5, 0);
    BusinessException audience =
        assertThrows(
            BusinessException.class,
            () -> registrations.register(Callers.participant(lea), students, null));
    assertEquals("registration.wrongAudience", audience.getMessageKey());
    long cancelled = fixtures.openSession(activity, nextSlot(), 5, 0);
    sessions.cancel(Callers.coordinator(), cancelled, "Intervenant absent");
    assertEquals(
        "registration.sessionCancelled",
        assertThrows(
                BusinessException.class,
                () -> registrations.register(Callers.participant(lea), cancelled, null))
            .getMessageKey());
    long past = fixtures.openSession(activity, Instant.now().minus(Duration.ofDays(1)), 5, 0);
    assertEquals(
        "registration.sessionNotOpen",
        assertThrows(
                BusinessException.class,
                () -> registrations.register(Callers.participant(lea), past, null))
            .getMessageKey());
    long draft =
        fixtures.session(
            activity,
            nextSlot(),
            fr.relais.scheduling.SessionMode.ONLINE,
            null,
            fr.relais.scheduling.SessionStatus.DRAFT,
            5);
    assertEquals(
        "registration.sessionNotOpen",
        assertThrows(
                BusinessException.class,
                () -> registrations.register(Callers.participant(lea), draft, null))
            .getMessageKey());
    assertEquals(0, count("SELECT count(*) FROM registration WHERE account_id = " + lea));
  }

  @Test
  void moreSeatsServeTheWaitlistAndFewerThanTakenAreRefused() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 1, 0);
    long a = fixtures.participant("A", false);
    long b = fixtures.participant("B", false);
    registrations.register(Callers.participant(a), session, null);
    registrations.register(Callers.participant(b), session, null);
    assertEquals("WAITLISTED", liveStatus(session, b));
    var s = sessions.find(session);
    long trainer = fixtures.trainer("Formatrice", "Places");
    SessionPlan bigger =
        new SessionPlan(
            s.getActivity().getId(),
            s.getStartsAt(),
            s.getEndsAt(),
            s.getMode(),
            null,
            s.getVideoLink(),
            2,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            null);
    sessions.update(Callers.coordinator(), session, bigger);
    assertEquals("CONFIRMED", liveStatus(session, b));
    SessionPlan smaller =
        new SessionPlan(
            s.getActivity().getId(),
            s.getStartsAt(),
            s.getEndsAt(),
            s.getMode(),
            null,
            s.getVideoLink(),
            1,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            null);
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> sessions.update(Callers.coordinator(), session, smaller));
    assertEquals("registration.capacityBelowConfirmed", refused.getErrors().get(0).key());
    assertEquals(2, count("SELECT capacity FROM session WHERE id = " + session));
  }

  @Test
  void aCancelledSessionCancelsItsRegistrationsAndTellsEveryone() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 1, 0);
    long a = fixtures.participant("A", false);
    long b = fixtures.participant("B", false);
    registrations.register(Callers.participant(a), session, null);
    registrations.register(Callers.participant(b), session, null);
    sessions.cancel(Callers.coordinator(), session, "Salle inondée");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM registration WHERE session_id = "
                + session
                + " AND status <> 'CANCELLED'"));
    assertEquals(
        0,
        count("SELECT confirmed_general + confirmed_students FROM session WHERE id = " + session));
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'sessionCancelled' AND body LIKE '%Salle inondée%'"
                + " AND recipient IN (SELECT email FROM account WHERE id IN ("
                + a
                + ", "
                + b
                + "))"));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'sessionCancelled' AND ics_method = 'CANCEL'"
                + " AND recipient = (SELECT email FROM account WHERE id = "
                + a
                + ")"),
        "the one with a seat gets a calendar cancellation");
  }

  @Test
  void theDatabaseRefusesAnOverbookingWhateverTheCode() throws Exception {
    long session = fixtures.openSession(activity, nextSlot(), 3, 1);
    try (Connection c = dataSource.getConnection()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  c.createStatement()
                      .executeUpdate(
                          "UPDATE session SET confirmed_general = 3 WHERE id = " + session));
      assertEquals("23514", refused.getSQLState());
      assertThrows(
          SQLException.class,
          () ->
              c.createStatement()
                  .executeUpdate(
                      "UPDATE session SET confirmed_students = 2 WHERE id = " + session));
    }
  }

  @Test
  void remindersGoOnceForSessionsOfTheNextDay() throws Exception {
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofHours(5)), 3, 0);
    long a = fixtures.participant("Rappel", false);
    registrations.register(Callers.participant(a), session, null);
    reminders.sendDue();
    reminders.sendDue();
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'reminder'"
                + " AND recipient = (SELECT email FROM account WHERE id = "
                + a
                + ")"));
  }

  private String liveStatus(long session, long account) throws SQLException {
    return text(
        "SELECT status FROM registration WHERE session_id = "
            + session
            + " AND account_id = "
            + account
            + " AND status <> 'CANCELLED'");
  }

  private long count(String sql) throws SQLException {
    return Sql.number(dataSource, sql);
  }

  private String text(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /**
   * What each registration of the session should hold when seats are given in rank order: a student
   * takes a student seat, else a general one; a professional only a general one; else the waitlist.
   */
  private List<String> seatsInRankOrder(long session, int general, int student)
      throws SQLException {
    List<String> expected = new ArrayList<>();
    int generalFree = general;
    int studentFree = student;
    for (String status :
        texts(
            "SELECT acc.status FROM registration r JOIN account acc ON acc.id = r.account_id"
                + " WHERE r.session_id = "
                + session
                + " ORDER BY r.rank")) {
      boolean isStudent = "STUDENT".equals(status);
      if (isStudent && studentFree > 0) {
        studentFree--;
        expected.add("STUDENT");
      } else if (generalFree > 0) {
        generalFree--;
        expected.add("GENERAL");
      } else {
        expected.add("WAITLISTED");
      }
    }
    return expected;
  }

  private List<String> seatsAsStored(long session) throws SQLException {
    return texts(
        "SELECT CASE WHEN status = 'CONFIRMED' THEN seat ELSE status END FROM registration"
            + " WHERE session_id = "
            + session
            + " ORDER BY rank");
  }

  private List<String> texts(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private List<Long> longs(String sql) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getLong(1));
      }
    }
    return values;
  }
}
