package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.TimeRange;
import fr.relais.kernel.audit.AuditService;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduling rules in the container on a real PostgreSQL: bad input, rooms and trainers never
 * booked twice (by the service and by the database, including concurrent saves), series,
 * establishment days, audit.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private SessionService sessions;
  @Inject private SeriesService series;
  @Inject private AuditService audit;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  private static long activity;
  private static long room;
  private static long otherRoom;
  private static long trainer;
  private static long otherTrainer;
  private static long[] partner;
  private static long nonPartnerSite;
  private static final Instant BASE =
      Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
  private static int slot;

  @BeforeEach
  void world() {
    if (activity != 0) {
      return;
    }
    long theme = fixtures.theme(Fixtures.unique("Thème planification"));
    activity =
        fixtures.activity(
            Fixtures.unique("Atelier planification"), Format.TRAINING, theme, Audience.ALL);
    long site =
        fixtures.site(
            Fixtures.unique("Maison test"),
            fr.relais.site.SiteKind.MAISON_DES_SOIGNANTS,
            "Paris",
            fr.relais.people.Region.ILE_DE_FRANCE);
    nonPartnerSite = site;
    room = fixtures.room(site, Fixtures.unique("Salle A"), 20);
    otherRoom = fixtures.room(site, Fixtures.unique("Salle B"), 12);
    trainer = fixtures.trainer("Claire", "Testeuse");
    otherTrainer = fixtures.trainer("Paul", "Essai");
    partner = fixtures.partnerWithRoom(Fixtures.unique("CH partenaire"), "ch-partenaire.test", 30);
  }

  /** A fresh day, so tests never collide with each other. */
  private static Instant nextSlot() {
    return BASE.plus(Duration.ofDays(++slot));
  }

  private static SessionPlan onSite(Instant start, long roomId, int capacity, Long... trainers) {
    return new SessionPlan(
        activity,
        start,
        start.plus(Duration.ofHours(2)),
        SessionMode.ON_SITE,
        roomId,
        null,
        capacity,
        0,
        Set.of(trainers),
        null,
        null,
        null,
        null);
  }

  private static String keys(InvalidInput refusal) {
    return refusal.getErrors().stream()
        .map(e -> e.field() + ":" + e.key())
        .collect(Collectors.joining(","));
  }

  @Test
  void aValidSessionIsCreatedAsADraftWithDefaultsAndAnAuditLine() {
    Instant start = nextSlot();
    Session created =
        sessions.create(Callers.coordinator(), onSite(start, room, 15, trainer), false);
    assertEquals(SessionStatus.DRAFT, created.getStatus());
    assertEquals(
        start.atZone(PARIS).minusDays(1).toInstant(),
        created.getCancellationDeadline(),
        "the day before at the same Paris time");
    assertEquals(start, created.getRegistrationClosesAt());
    assertEquals("CREATED", audit.of("session", created.getId()).get(0).getAction());
    sessions.publish(Callers.coordinator(), created.getId());
    assertEquals("PUBLISHED", audit.of("session", created.getId()).get(0).getAction());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws SQLException {
    Instant start = nextSlot();
    long before = count("SELECT count(*) FROM session WHERE activity_id = " + activity);
    assertRefused(
        "end:session.endBeforeStart",
        new SessionPlan(
            activity,
            start,
            start.minusSeconds(60),
            SessionMode.ON_SITE,
            room,
            null,
            10,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            null));
    assertRefused(
        "start:session.inThePast",
        onSite(Instant.now().minus(Duration.ofDays(1)), room, 10, trainer));
    assertRefused("capacity:session.capacity.range", onSite(start, room, 0, trainer));
    assertRefused(
        "studentSeats:session.studentSeats.range",
        new SessionPlan(
            activity,
            start,
            start.plus(Duration.ofHours(1)),
            SessionMode.ON_SITE,
            room,
            null,
            10,
            11,
            Set.of(trainer),
            null,
            null,
            null,
            null));
    assertRefused(
        "room:session.room.required",
        new SessionPlan(
            activity,
            start,
            start.plus(Duration.ofHours(1)),
            SessionMode.ON_SITE,
            null,
            null,
            10,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            null));
    assertRefused(
        "videoLink:session.link.https",
        new SessionPlan(
            activity,
            start,
            start.plus(Duration.ofHours(1)),
            SessionMode.ONLINE,
            null,
            "http://visio.example/x",
            10,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            null));
    assertRefused("capacity:session.capacity.aboveRoom", onSite(start, otherRoom, 13, trainer));
    assertRefused(
        "trainers:session.trainers.unknown", onSite(start, room, 10, trainer, 99_999_999L));
    assertEquals(before, count("SELECT count(*) FROM session WHERE activity_id = " + activity));
  }

  private void assertRefused(String expected, SessionPlan plan) {
    InvalidInput refusal =
        assertThrows(InvalidInput.class, () -> sessions.create(Callers.coordinator(), plan, true));
    assertTrue(keys(refusal).contains(expected), () -> expected + " not in " + keys(refusal));
  }

  @Test
  void aRoomTakenAtThatTimeIsRefusedNamingTheOtherSession() {
    Instant start = nextSlot();
    Session first = sessions.create(Callers.coordinator(), onSite(start, room, 10, trainer), true);
    InvalidInput refusal =
        assertThrows(
            InvalidInput.class,
            () ->
                sessions.create(
                    Callers.coordinator(),
                    onSite(start.plus(Duration.ofMinutes(90)), room, 10, otherTrainer),
                    true));
    FieldError error = refusal.getErrors().get(0);
    assertEquals("room", error.field());
    assertEquals("session.conflict.room", error.key());
    assertTrue(error.arguments()[1].toString().startsWith("Atelier planification"));
    assertEquals(new TimeRange(first.getStartsAt(), first.getEndsAt()), error.arguments()[2]);
    // Back to back is fine.
    assertNotNull(
        sessions.create(
            Callers.coordinator(),
            onSite(start.plus(Duration.ofHours(2)), room, 10, otherTrainer),
            true));
  }

  @Test
  void aDuplicateIsTheSameSessionAWeekLaterSavedAsADraftThroughTheGuard() {
    // Far from the other tests' slots: the copy lands a week later.
    Instant start =
        BASE.plus(Duration.ofDays(200))
            .atZone(PARIS)
            .toLocalDate()
            .atTime(10, 0)
            .atZone(PARIS)
            .toInstant();
    Session original =
        sessions.create(
            Callers.coordinator(), onSite(start, room, 14, trainer, otherTrainer), true);

    assertThrows(
        fr.relais.kernel.BusinessException.class,
        () -> sessions.duplicate(Callers.trainer(trainer), original.getId()),
        "coordinators only, even for the session's trainer");
    SessionForm copy = sessions.duplicate(Callers.coordinator(), original.getId());
    assertEquals(activity, copy.getActivityId());
    assertEquals(start.atZone(PARIS).toLocalDate().plusWeeks(1), copy.getDay());
    assertEquals(start.atZone(PARIS).toLocalTime(), copy.getStartTime(), "same Paris hours");
    assertEquals(SessionMode.ON_SITE, copy.getMode());
    assertEquals(room, copy.getRoomId());
    assertEquals(14, copy.getCapacity());
    assertEquals(Set.of(trainer, otherTrainer), Set.copyOf(copy.getTrainerIds()));
    assertEquals(
        original.getCancellationDeadline().atZone(PARIS).plusWeeks(1).toLocalDateTime(),
        copy.getCancellationDeadline(),
        "the cancellation deadline moves with it");

    Session saved = sessions.create(Callers.coordinator(), copy.toPlan(), false);
    assertEquals(SessionStatus.DRAFT, saved.getStatus());
    assertEquals(start.atZone(PARIS).plusWeeks(1).toInstant(), saved.getStartsAt());
    assertEquals(original.getEndsAt().atZone(PARIS).plusWeeks(1).toInstant(), saved.getEndsAt());
    assertEquals(2, saved.getTrainers().size());
    assertEquals("CREATED", audit.of("session", saved.getId()).get(0).getAction());

    SessionForm again = sessions.duplicate(Callers.coordinator(), original.getId());
    InvalidInput refusal =
        assertThrows(
            InvalidInput.class,
            () -> sessions.create(Callers.coordinator(), again.toPlan(), false),
            "the same room a week later is now taken by the first copy");
    assertTrue(keys(refusal).contains("room:session.conflict.room"), keys(refusal));
    again.setRoomId(otherRoom);
    again.setCapacity(12);
    String trainers =
        keys(
            assertThrows(
                InvalidInput.class,
                () -> sessions.create(Callers.coordinator(), again.toPlan(), false)));
    assertTrue(trainers.startsWith("trainers:session.conflict.trainer"), "its trainers too");
    assertFalse(trainers.contains("room:"), trainers);
  }

  @Test
  void aTrainerInTwoPlacesAtOnceIsRefused() {
    Instant start = nextSlot();
    sessions.create(Callers.coordinator(), onSite(start, room, 10, trainer), true);
    InvalidInput refusal =
        assertThrows(
            InvalidInput.class,
            () ->
                sessions.create(
                    Callers.coordinator(),
                    onSite(start.plus(Duration.ofMinutes(30)), otherRoom, 10, trainer),
                    true));
    assertEquals("trainers:session.conflict.trainer", keys(refusal));
    assertEquals("Claire Testeuse", refusal.getErrors().get(0).arguments()[0]);
  }

  @Test
  void aCancelledSessionFreesItsRoomAndTrainer() {
    Instant start = nextSlot();
    Session first = sessions.create(Callers.coordinator(), onSite(start, room, 10, trainer), true);
    sessions.cancel(Callers.coordinator(), first.getId(), "Formatrice malade");
    assertNotNull(sessions.create(Callers.coordinator(), onSite(start, room, 10, trainer), true));
    assertEquals("CANCELLED", audit.of("session", first.getId()).get(0).getAction());
  }

  @Test
  void aCancellationNeedsAReason() {
    Session session =
        sessions.create(Callers.coordinator(), onSite(nextSlot(), room, 10, trainer), true);
    assertThrows(
        fr.relais.kernel.BusinessException.class,
        () -> sessions.cancel(Callers.coordinator(), session.getId(), "  "));
  }

  @Test
  void ofConcurrentSavesInOneRoomExactlyOneWins() throws Exception {
    Instant start = nextSlot();
    int contenders = 6;
    List<Long> trainers = new ArrayList<>();
    for (int i = 0; i < contenders; i++) {
      trainers.add(fixtures.trainer("Concurrent", "Numéro" + i));
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < contenders; i++) {
      long t = trainers.get(i);
      outcomes.add(
          executor.submit(
              () -> {
                go.await();
                try {
                  sessions.create(Callers.coordinator(), onSite(start, room, 10, t), true);
                  return "saved";
                } catch (InvalidInput refused) {
                  return keys(refused);
                }
              }));
    }
    go.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, results.stream().filter("saved"::equals).count(), results.toString());
    assertTrue(
        results.stream().filter(r -> !"saved".equals(r)).allMatch(r -> r.contains("conflict")),
        results.toString());
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM session WHERE room_id = "
                + room
                + " AND starts_at = '"
                + Timestamp.from(start)
                + "'::timestamptz AND status <> 'CANCELLED'"));
  }

  @Test
  void theDatabaseItselfRefusesADoubleBookedRoomFromTwoTransactions() throws Exception {
    Instant start = nextSlot();
    String insert =
        "INSERT INTO session (activity_id, starts_at, ends_at, mode, site_id, room_id, capacity, status)"
            + " SELECT ?, ?, ?, 'ON_SITE', site_id, id, 5, 'PUBLISHED' FROM room WHERE id = ?";
    try (Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      execute(first, insert, start, room);
      Future<String> loser =
          executor.submit(
              () -> {
                try {
                  execute(second, insert, start.plus(Duration.ofMinutes(30)), room);
                  second.commit();
                  return "saved";
                } catch (SQLException e) {
                  second.rollback();
                  return e.getSQLState();
                }
              });
      Thread.sleep(500); // the second insert now waits for the first transaction
      first.commit();
      assertEquals("23P01", loser.get(30, TimeUnit.SECONDS), "exclusion_violation");
    }
  }

  @Test
  void theDatabaseItselfRefusesATrainerInTwoSessionsAtOnce() throws Exception {
    Instant start = nextSlot();
    Session a = sessions.create(Callers.coordinator(), onSite(start, room, 10, otherTrainer), true);
    Session b =
        sessions.create(
            Callers.coordinator(),
            onSite(start.plus(Duration.ofHours(1)), otherRoom, 10, trainer),
            true);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO session_trainer (session_id, account_id) VALUES (?, ?)")) {
      s.setLong(1, b.getId());
      s.setLong(2, otherTrainer);
      SQLException refused = assertThrows(SQLException.class, s::executeUpdate);
      assertEquals("23P01", refused.getSQLState());
    }
    // Moving the first session away lets the trainer lead the second.
    try (Connection c = dataSource.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE session SET starts_at = starts_at - interval '2 hours', ends_at = ends_at - interval '2 hours' WHERE id = "
                  + a.getId());
      c.createStatement()
          .executeUpdate(
              "INSERT INTO session_trainer (session_id, account_id) VALUES ("
                  + b.getId()
                  + ", "
                  + otherTrainer
                  + ")");
    }
  }

  @Test
  void theDatabaseRefusesACapacityAboveTheRoom() throws Exception {
    Session s =
        sessions.create(Callers.coordinator(), onSite(nextSlot(), otherRoom, 12, trainer), false);
    try (Connection c = dataSource.getConnection()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  c.createStatement()
                      .executeUpdate("UPDATE session SET capacity = 13 WHERE id = " + s.getId()));
      assertEquals("23514", refused.getSQLState());
    }
  }

  @Test
  void aSeriesSkipsPublicHolidaysAndCanChangeFromADateOn() throws Exception {
    LocalDate first = LocalDate.now(PARIS).plusYears(2).withMonth(11).withDayOfMonth(1);
    LocalDate armistice = first.withDayOfMonth(11);
    SeriesPlan plan =
        new SeriesPlan(
            EnumSet.of(first.getDayOfWeek(), armistice.getDayOfWeek()),
            LocalTime.of(18, 0),
            LocalTime.of(19, 30),
            first,
            first.withDayOfMonth(30));
    Set<LocalDate> chosen =
        plan.occurrences().stream()
            .filter(o -> !o.isHoliday())
            .map(SeriesPlan.Occurrence::day)
            .collect(Collectors.toSet());
    assertEquals(plan.occurrences().size() - 2, chosen.size(), "1 and 11 November are left out");
    SessionPlan template =
        new SessionPlan(
            activity,
            null,
            null,
            SessionMode.ONLINE,
            null,
            "https://visio.relais.test/serie",
            20,
            5,
            Set.of(trainer),
            null,
            null,
            null,
            null);
    long seriesId = series.create(Callers.coordinator(), plan, chosen, template, true).getId();

    List<Object[]> created =
        rows(
            "SELECT starts_at, status FROM session WHERE series_id = "
                + seriesId
                + " ORDER BY starts_at");
    assertEquals(chosen.size(), created.size());
    Set<LocalDate> days = new HashSet<>();
    for (Object[] row : created) {
      var start = ((Timestamp) row[0]).toInstant().atZone(PARIS);
      assertEquals(
          LocalTime.of(18, 0), start.toLocalTime(), "18:00 Paris time, whatever the season");
      assertEquals("PUBLISHED", row[1]);
      days.add(start.toLocalDate());
    }
    assertEquals(chosen, days);

    LocalDate third = new ArrayList<>(new java.util.TreeSet<>(chosen)).get(2);
    int changed =
        series.updateFrom(
            Callers.coordinator(),
            seriesId,
            third,
            LocalTime.of(18, 30),
            LocalTime.of(20, 0),
            template);
    assertEquals(chosen.size() - 2, changed);
    List<Object[]> after =
        rows("SELECT starts_at FROM session WHERE series_id = " + seriesId + " ORDER BY starts_at");
    assertEquals(
        LocalTime.of(18, 0), ((Timestamp) after.get(1)[0]).toInstant().atZone(PARIS).toLocalTime());
    assertEquals(
        LocalTime.of(18, 30),
        ((Timestamp) after.get(2)[0]).toInstant().atZone(PARIS).toLocalTime());
  }

  @Test
  void aSeriesThatYieldsNoDateIsRefused() throws SQLException {
    long before = count("SELECT count(*) FROM series");
    LocalDate monday = LocalDate.now(PARIS).plusYears(3).with(DayOfWeek.MONDAY);
    SeriesPlan sundaysInAWeekday =
        new SeriesPlan(
            EnumSet.of(DayOfWeek.SUNDAY),
            LocalTime.of(18, 0),
            LocalTime.of(19, 0),
            monday,
            monday.plusDays(2));
    SessionPlan template =
        new SessionPlan(
            activity,
            null,
            null,
            SessionMode.ONLINE,
            null,
            "https://visio.relais.test/x",
            20,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            null);
    InvalidInput refusal =
        assertThrows(
            InvalidInput.class,
            () ->
                series.create(Callers.coordinator(), sundaysInAWeekday, Set.of(), template, true));
    assertEquals("days:series.noDate", keys(refusal));
    assertEquals(before, count("SELECT count(*) FROM series"));
  }

  @Test
  void aJadesDayReservedForAPartnerGetsAnInvitationCode() {
    Instant start = nextSlot();
    SessionPlan reserved =
        new SessionPlan(
            activity,
            start,
            start.plus(Duration.ofHours(6)),
            SessionMode.ON_SITE,
            partner[1],
            null,
            20,
            0,
            Set.of(trainer),
            null,
            null,
            null,
            partner[0]);
    Session session = sessions.create(Callers.coordinator(), reserved, true);
    assertTrue(
        session.getInvitationCode().matches("[A-HJ-NP-Z2-9]{8}"), session.getInvitationCode());
    Instant other = nextSlot();
    SessionPlan notPartner =
        new SessionPlan(
            activity,
            other,
            other.plus(Duration.ofHours(1)),
            SessionMode.ON_SITE,
            room,
            null,
            10,
            0,
            Set.of(otherTrainer),
            null,
            null,
            null,
            nonPartnerSite);
    InvalidInput refusal =
        assertThrows(
            InvalidInput.class, () -> sessions.create(Callers.coordinator(), notPartner, true));
    assertEquals("reservedFor:session.reservedFor.notPartner", keys(refusal));
  }

  private static void execute(Connection c, String sql, Instant start, long roomId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, activity);
      s.setTimestamp(2, Timestamp.from(start));
      s.setTimestamp(3, Timestamp.from(start.plus(Duration.ofHours(1))));
      s.setLong(4, roomId);
      s.executeUpdate();
    }
  }

  private long count(String sql) throws SQLException {
    return Sql.number(dataSource, sql);
  }

  private List<Object[]> rows(String sql) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = r.getObject(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
