package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.SessionTimes;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance in the container on a real PostgreSQL: the check-in code's rules (expiry, forgery,
 * window, registration, second check-in), the marking window (nothing ahead of time but a
 * coordinator's audited mark; no completion before the end), the locking of signed half-days and
 * its audited corrections, completion and its certificates, never for absentees. Sessions "under
 * way" are cut to the half-day under way (SessionTimes), so the tests pass at any hour.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private AttendanceService attendance;
  @Inject private RegistrationService registrations;
  @Inject private Certificates certificates;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long activity;
  private static final Caller COORDINATOR =
      new Caller(0, "coordination.it@relais.test", Set.of(Role.COORDINATOR));

  @BeforeEach
  void world() {
    if (activity == 0) {
      long theme = fixtures.theme(Fixtures.unique("Thème émargement"));
      activity =
          fixtures.activity(
              Fixtures.unique("Journée JADES émargement"), Format.JADES, theme, Audience.ALL);
    }
  }

  /** A session led by a new trainer with the given confirmed participants, then moved in time. */
  private record Run(long session, Instant start, Instant end, Caller trainer, Caller[] people) {}

  private Run session(Instant start, Instant end, int participants) {
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(400)), 30, 0);
    long trainer = fixtures.trainer("Formatrice", Fixtures.unique("Émargement"));
    fixtures.lead(session, trainer);
    Caller[] people = new Caller[participants];
    for (int i = 0; i < participants; i++) {
      long id = fixtures.participant("Présent" + i, false);
      registrations.register(Callers.participant(id), session, null);
      people[i] = new Caller(id, "p" + id + "@participants.relais.test", Set.of(Role.PARTICIPANT));
    }
    fixtures.moveTo(session, start, end);
    return new Run(
        session, start, end, new Caller(trainer, "t" + trainer, Set.of(Role.TRAINER)), people);
  }

  /** Started up to five minutes ago, within the half-day under way: one half-day, open. */
  private Run runningNow(int participants) {
    return runningNow(Duration.ofMinutes(5), participants);
  }

  private Run runningNow(Duration since, int participants) {
    SessionTimes.Span span = SessionTimes.underWay(since, Duration.ofMinutes(85));
    assertEquals(1, HalfDay.of(span.start(), span.end()).size(), "one half-day at any hour");
    return session(span.start(), span.end(), participants);
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }

  private static String refusal(Supplier<?> action) {
    return assertThrows(BusinessException.class, action::get).getMessageKey();
  }

  private long count(String sql) throws SQLException {
    return Sql.number(dataSource, sql);
  }

  private byte[] secret(long session) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery("SELECT checkin_secret FROM session WHERE id = " + session)) {
      r.next();
      return r.getBytes(1);
    }
  }

  private static String drawnSignature() {
    BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.BLACK);
    g.drawLine(10, 60, 230, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private long lines(long session) throws SQLException {
    return count(
        "SELECT count(*) FROM attendance t JOIN registration r ON r.id = t.registration_id"
            + " WHERE r.session_id = "
            + session);
  }

  @Test
  void theCurrentCodeChecksInOnceAndNothingElseDoes() throws Exception {
    Run run = runningNow(2);
    Caller alice = run.people()[0];
    String code = attendance.currentCode(run.trainer(), run.session());

    assertEquals(
        AttendanceStatus.PRESENT,
        attendance.checkIn(alice, run.session(), code, CheckInMethod.QR),
        "five minutes after the start is on time");
    assertEquals(
        "attendance.alreadyCheckedIn",
        refusal(() -> attendance.checkIn(alice, run.session(), code, CheckInMethod.CODE)));
    assertEquals(1, lines(run.session()), "the second check-in changed nothing");

    Caller bob = run.people()[1];
    assertEquals(
        "attendance.wrongCode",
        refusal(() -> attendance.checkIn(bob, run.session(), "ABCDEF", CheckInMethod.CODE)),
        "forged");
    String expired =
        CheckInCodes.code(
            secret(run.session()), run.session(), Instant.now().minus(Duration.ofMinutes(3)));
    assertEquals(
        "attendance.wrongCode",
        refusal(() -> attendance.checkIn(bob, run.session(), expired, CheckInMethod.QR)),
        "a photo of the code three minutes old");
    Run other = runningNow(0);
    String otherCode = attendance.currentCode(other.trainer(), other.session());
    assertEquals(
        "attendance.wrongCode",
        refusal(() -> attendance.checkIn(bob, run.session(), otherCode, CheckInMethod.QR)),
        "another session's code");

    Caller stranger = other.trainer();
    Caller notRegistered =
        new Caller(
            fixtures.participant("Absente", false),
            "absente@relais.test",
            Set.of(Role.PARTICIPANT));
    assertEquals(
        "attendance.notRegistered",
        refusal(() -> attendance.checkIn(notRegistered, run.session(), code, CheckInMethod.CODE)));
    assertEquals(1, lines(run.session()), "no refused check-in left a line");
    assertEquals(
        "registration.notYourSession",
        refusal(() -> attendance.currentCode(stranger, run.session())),
        "another session's trainer does not get the code");
  }

  @Test
  void codesWorkOnlyDuringTheSessionAndLateArrivalsAreMarkedLate() throws Exception {
    Instant later = Instant.now().plus(Duration.ofHours(2));
    Run tomorrow = session(later, later.plus(Duration.ofHours(1)), 1);
    String code = attendance.currentCode(tomorrow.trainer(), tomorrow.session());
    assertEquals(
        "attendance.outsideWindow",
        refusal(
            () ->
                attendance.checkIn(
                    tomorrow.people()[0], tomorrow.session(), code, CheckInMethod.QR)));

    Instant earlier = Instant.now().minus(Duration.ofHours(3));
    Run finished = session(earlier, earlier.plus(Duration.ofHours(2)), 1);
    String late = attendance.currentCode(finished.trainer(), finished.session());
    assertEquals(
        "attendance.outsideWindow",
        refusal(
            () ->
                attendance.checkIn(
                    finished.people()[0], finished.session(), late, CheckInMethod.QR)));
    assertEquals(0, lines(tomorrow.session()) + lines(finished.session()));

    // Twenty minutes ago, or at 13:00 or midnight if the half-day under way began later: late
    // unless it began less than a quarter of an hour ago (HalfDayTest has the exact minutes).
    Run started = runningNow(Duration.ofMinutes(20), 1);
    boolean quarterPast = HalfDay.of(started.start(), started.end()).get(0).isLateAt(Instant.now());
    assertEquals(
        quarterPast ? AttendanceStatus.LATE : AttendanceStatus.PRESENT,
        attendance.checkIn(
            started.people()[0],
            started.session(),
            attendance.currentCode(started.trainer(), started.session()),
            CheckInMethod.CODE));
  }

  @Test
  void aSignedHalfDayIsLockedAndOnlyACoordinatorCorrectsItOnTheRecord() throws Exception {
    Run run = runningNow(3);
    long session = run.session();
    long[] regs = registrationsOf(session);
    Caller trainer = run.trainer();
    Run other = runningNow(0);
    int half = 0;

    attendance.mark(trainer, session, regs[0], half, AttendanceStatus.PRESENT, drawnSignature());
    attendance.mark(trainer, session, regs[1], half, AttendanceStatus.EXCUSED, null);
    assertEquals(
        "registration.notYourSession",
        refusal(
            () ->
                attendance.mark(
                    other.trainer(), session, regs[2], half, AttendanceStatus.PRESENT, null)),
        "a trainer of another session");
    assertEquals(
        "attendance.signature.notImage",
        refusal(
            () ->
                attendance.mark(
                    trainer,
                    session,
                    regs[2],
                    0,
                    AttendanceStatus.PRESENT,
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[64]))));
    assertEquals(2, lines(session), "refused marks stored nothing");

    assertEquals(
        "attendance.onlyTrainersSign",
        refusal(() -> attendance.signHalfDay(COORDINATOR, session, half, drawnSignature())),
        "the sheet proves who led the session");
    assertEquals(
        "attendance.signature.missing",
        refusal(() -> attendance.signHalfDay(trainer, session, half, "")));
    attendance.signHalfDay(trainer, session, half, drawnSignature());
    assertEquals(
        "attendance.alreadySigned",
        refusal(() -> attendance.signHalfDay(trainer, session, half, drawnSignature())));

    assertEquals(
        "attendance.locked",
        refusal(
            () -> attendance.mark(trainer, session, regs[2], half, AttendanceStatus.PRESENT, null)),
        "the trainer can no longer change a signed half-day");
    assertEquals(
        "attendance.locked",
        refusal(
            () ->
                attendance.checkIn(
                    run.people()[2],
                    session,
                    attendance.currentCode(trainer, session),
                    CheckInMethod.QR)),
        "nor can a participant check in");
    assertEquals(2, lines(session));

    attendance.mark(COORDINATOR, session, regs[2], half, AttendanceStatus.LATE, null);
    attendance.mark(COORDINATOR, session, regs[1], half, AttendanceStatus.PRESENT, null);
    assertEquals(3, lines(session), "the coordinator's corrections are stored");
    assertEquals(
        "PRESENT",
        text("SELECT status FROM attendance WHERE registration_id = " + regs[1]),
        "an existing line corrected");
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'CORRECTED_AFTER_LOCK' AND entity_id IN"
                + " (SELECT t.id FROM attendance t JOIN registration r ON r.id = t.registration_id"
                + " WHERE r.session_id = "
                + session
                + ")"),
        "and audited");
  }

  @Test
  void completionMakesNoShowsAndGivesCertificatesOnlyToThoseWhoCame() throws Exception {
    SessionTimes.Span yesterday = SessionTimes.yesterday(9, 0, 8 * 60);
    Run day = session(yesterday.start(), yesterday.end(), 3);
    long session = day.session();
    long[] regs = registrationsOf(session);
    Caller trainer = day.trainer();

    Instant soon = Instant.now().plus(Duration.ofHours(3));
    Run notYet = session(soon, soon.plus(Duration.ofHours(1)), 1);
    assertEquals(
        "attendance.notEnded",
        refusal(() -> attendance.complete(notYet.trainer(), notYet.session())));

    attendance.mark(trainer, session, regs[0], 0, AttendanceStatus.PRESENT, null); // morning only
    attendance.mark(trainer, session, regs[2], 0, AttendanceStatus.EXCUSED, null);
    attendance.mark(trainer, session, regs[2], 1, AttendanceStatus.EXCUSED, null);
    AttendanceService.Completion done = attendance.complete(trainer, session);

    assertEquals(3, done.confirmed());
    assertEquals(1, done.present());
    assertEquals(2, done.noShows());
    assertEquals(33, done.attendanceRate());
    assertEquals(
        "COMPLETED", text("SELECT status FROM session WHERE id = " + session), "completed");
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM attendance WHERE registration_id = "
                + regs[1]
                + " AND status = 'ABSENT' AND method = 'COMPLETION'"),
        "the unmarked person is absent on both half-days");
    assertEquals(
        240,
        count("SELECT minutes FROM certificate WHERE registration_id = " + regs[0]),
        "the morning, 9:00 to 13:00");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM certificate c JOIN registration r ON r.id = c.registration_id"
                + " WHERE r.session_id = "
                + session),
        "no certificate for the absent or the excused");
    assertTrue(certificates.pdfOf(regs[0], day.people()[0].accountId()).length > 1000);
    assertEquals(
        "not found",
        notFound(() -> certificates.pdfOf(regs[1], day.people()[1].accountId())),
        "an absentee has none");
    assertEquals(
        "not found",
        notFound(() -> certificates.pdfOf(regs[0], day.people()[1].accountId())),
        "nor may anyone download someone else's");

    assertEquals(
        "attendance.sessionClosed",
        refusal(
            () -> attendance.mark(trainer, session, regs[1], 1, AttendanceStatus.PRESENT, null)),
        "a completed session is closed to its trainer");
    attendance.mark(COORDINATOR, session, regs[1], 1, AttendanceStatus.PRESENT, null);
    assertEquals(
        1,
        count("SELECT count(*) FROM certificate WHERE registration_id = " + regs[1]),
        "a coordinator's correction gives the certificate "
            + text(
                "SELECT string_agg(half_day || status || method, ',') FROM attendance WHERE registration_id = "
                    + regs[1]));
    attendance.mark(COORDINATOR, session, regs[0], 0, AttendanceStatus.ABSENT, null);
    assertEquals(
        0,
        count("SELECT count(*) FROM certificate WHERE registration_id = " + regs[0]),
        "and takes it back from someone found absent");
  }

  @Test
  void aWeekAheadTrainersMarkSignAndCloseNothingWhileCoordinatorsMarkOnTheRecord()
      throws Exception {
    Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
    Run ahead = session(nextWeek, nextWeek.plus(Duration.ofMinutes(90)), 2);
    long session = ahead.session();
    long[] regs = registrationsOf(session);
    Caller trainer = ahead.trainer();

    assertEquals(
        "attendance.notOpenYet",
        refusal(
            () -> attendance.mark(trainer, session, regs[0], 0, AttendanceStatus.PRESENT, null)));
    assertEquals(
        "attendance.notOpenYet",
        refusal(
            () ->
                attendance.mark(
                    trainer, session, regs[0], 0, AttendanceStatus.PRESENT, drawnSignature())),
        "nor with the participant's signature");
    assertEquals(
        "attendance.notOpenYet",
        refusal(() -> attendance.signHalfDay(trainer, session, 0, drawnSignature())),
        "nor may the trainer sign and lock it");
    assertEquals("attendance.notEnded", refusal(() -> attendance.complete(trainer, session)));
    assertEquals(
        "attendance.notEnded",
        refusal(() -> attendance.complete(COORDINATOR, session)),
        "closing marks the unmarked absent: nobody closes before the end");
    assertEquals(0, lines(session), "nothing marked");
    assertEquals(0, count("SELECT count(*) FROM half_day_signature WHERE session_id = " + session));
    assertEquals("PUBLISHED", text("SELECT status FROM session WHERE id = " + session));

    attendance.mark(COORDINATOR, session, regs[1], 0, AttendanceStatus.EXCUSED, null);
    assertEquals(1, lines(session), "a coordinator may: someone said they cannot come");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'MARKED_AHEAD_OF_TIME' AND entity_id ="
                + " (SELECT id FROM attendance WHERE registration_id = "
                + regs[1]
                + ")"),
        "on the record");
  }

  @Test
  void markingOpensHalfAnHourBeforeTheStartAndClosingOnlyAtTheEnd() throws Exception {
    Instant now = Instant.now();
    Run inTwenty = session(now.plus(Duration.ofMinutes(20)), now.plus(Duration.ofMinutes(80)), 1);
    Run inForty = session(now.plus(Duration.ofMinutes(40)), now.plus(Duration.ofMinutes(100)), 1);
    Run running = session(now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)), 1);

    attendance.mark(
        inTwenty.trainer(),
        inTwenty.session(),
        registrationsOf(inTwenty.session())[0],
        0,
        AttendanceStatus.PRESENT,
        null);
    long forty = registrationsOf(inForty.session())[0];
    assertEquals(
        "attendance.notOpenYet",
        refusal(
            () ->
                attendance.mark(
                    inForty.trainer(),
                    inForty.session(),
                    forty,
                    0,
                    AttendanceStatus.PRESENT,
                    null)));
    attendance.mark(
        running.trainer(),
        running.session(),
        registrationsOf(running.session())[0],
        0,
        AttendanceStatus.PRESENT,
        null);
    assertEquals(1, lines(inTwenty.session()) + lines(inForty.session()));
    assertEquals(
        "attendance.notEnded",
        refusal(() -> attendance.complete(running.trainer(), running.session())),
        "started is not over");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'MARKED_AHEAD_OF_TIME' AND entity_id IN"
                + " (SELECT t.id FROM attendance t JOIN registration r ON r.id ="
                + " t.registration_id WHERE r.session_id IN ("
                + inTwenty.session()
                + ", "
                + running.session()
                + "))"),
        "a trainer's marks in the window are no exception");
  }

  @Test
  void allPresentMarksOnlyTheUnmarkedUnderTheRulesOfASingleMark() throws Exception {
    Run run = runningNow(4);
    long session = run.session();
    long[] regs = registrationsOf(session);
    Caller trainer = run.trainer();
    attendance.mark(trainer, session, regs[0], 0, AttendanceStatus.EXCUSED, null);
    attendance.mark(trainer, session, regs[1], 0, AttendanceStatus.LATE, null);
    Run other = runningNow(0);

    assertEquals(
        "registration.notYourSession",
        refusal(() -> attendance.markAllPresent(other.trainer(), session, 0)),
        "a trainer of another session");
    assertEquals(
        "registration.notYourSession",
        refusal(() -> attendance.markAllPresent(run.people()[2], session, 0)),
        "a participant");
    assertEquals(2, lines(session), "refused: nothing marked");

    assertEquals(2, attendance.markAllPresent(trainer, session, 0));
    assertEquals(
        "EXCUSED,LATE,PRESENT,PRESENT",
        text(
            "SELECT string_agg(t.status, ',' ORDER BY r.id) FROM attendance t"
                + " JOIN registration r ON r.id = t.registration_id WHERE r.session_id = "
                + session),
        "those already marked keep their status");
    assertEquals(
        "HAND",
        text("SELECT method FROM attendance WHERE registration_id = " + regs[3]),
        "marked by the trainer");
    assertEquals(
        "0: 2",
        text(
            "SELECT details FROM audit_log WHERE action = 'MARKED_ALL_PRESENT'"
                + " AND entity = 'session' AND entity_id = "
                + session),
        "the batch is on the record");
    assertEquals(0, attendance.markAllPresent(trainer, session, 0), "a second click marks nobody");
    assertEquals(
        "not found", notFound(() -> attendance.markAllPresent(trainer, session, 1)), "no such");

    Run signed = runningNow(2);
    attendance.signHalfDay(signed.trainer(), signed.session(), 0, drawnSignature());
    assertEquals(
        "attendance.locked",
        refusal(() -> attendance.markAllPresent(signed.trainer(), signed.session(), 0)));
    assertEquals(2, attendance.markAllPresent(COORDINATOR, signed.session(), 0));
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'CORRECTED_AFTER_LOCK' AND entity_id IN"
                + " (SELECT t.id FROM attendance t JOIN registration r ON r.id = t.registration_id"
                + " WHERE r.session_id = "
                + signed.session()
                + ")"),
        "a coordinator's marks after the lock are audited line by line, as single marks");
  }

  @Test
  void allPresentOpensWithTheHalfDayLikeASingleMark() throws Exception {
    Instant now = Instant.now();
    Run inForty = session(now.plus(Duration.ofMinutes(40)), now.plus(Duration.ofMinutes(100)), 2);
    Run inTwenty = session(now.plus(Duration.ofMinutes(20)), now.plus(Duration.ofMinutes(80)), 1);
    assertEquals(
        "attendance.notOpenYet",
        refusal(() -> attendance.markAllPresent(inForty.trainer(), inForty.session(), 0)));
    assertEquals(0, lines(inForty.session()));
    assertEquals(1, attendance.markAllPresent(inTwenty.trainer(), inTwenty.session(), 0));

    assertEquals(2, attendance.markAllPresent(COORDINATOR, inForty.session(), 0));
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'MARKED_AHEAD_OF_TIME' AND entity_id IN"
                + " (SELECT t.id FROM attendance t JOIN registration r ON r.id = t.registration_id"
                + " WHERE r.session_id = "
                + inForty.session()
                + ")"),
        "a coordinator's early marks are on the record");
  }

  @Test
  void theProjectorShowsTheCodeAndCountsThoseCheckedInForItsPeopleOnly() throws Exception {
    Run run = runningNow(3);
    AttendanceService.Projection before = attendance.projection(run.trainer(), run.session());
    assertEquals(0, before.checkedIn());
    assertEquals(3, before.confirmed());
    assertTrue(before.title().startsWith("Journée JADES émargement"), before.title());
    attendance.checkIn(run.people()[0], run.session(), before.code(), CheckInMethod.QR);
    long[] regs = registrationsOf(run.session());
    attendance.mark(run.trainer(), run.session(), regs[1], 0, AttendanceStatus.ABSENT, null);
    AttendanceService.Projection after = attendance.projection(COORDINATOR, run.session());
    assertEquals(1, after.checkedIn(), "the absent one does not count");
    assertEquals(
        "registration.notYourSession",
        refusal(() -> attendance.projection(runningNow(0).trainer(), run.session())));
    assertEquals(
        "registration.notYourSession",
        refusal(() -> attendance.projection(run.people()[0], run.session())));
  }

  private static String notFound(Supplier<?> action) {
    assertThrows(fr.relais.kernel.NotFoundException.class, action::get);
    return "not found";
  }

  private String text(String sql) throws SQLException {
    return Sql.text(dataSource, sql);
  }

  private long[] registrationsOf(long session) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT id FROM registration WHERE session_id = "
                        + session
                        + " AND status = 'CONFIRMED' ORDER BY id")) {
      java.util.List<Long> ids = new java.util.ArrayList<>();
      while (r.next()) {
        ids.add(r.getLong(1));
      }
      assertFalse(ids.isEmpty());
      return ids.stream().mapToLong(Long::longValue).toArray();
    }
  }
}
