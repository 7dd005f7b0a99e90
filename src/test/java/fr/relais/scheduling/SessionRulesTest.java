package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(7));
  private static final Instant END = START.plus(Duration.ofMinutes(90));

  private static SessionPlan plan(
      SessionMode mode, Long room, String link, int capacity, int students) {
    return new SessionPlan(
        1L, START, END, mode, room, link, capacity, students, Set.of(5L), null, null, null, null);
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ":" + e.key()).toList();
  }

  @Test
  void aSoundPlanPasses() {
    assertEquals(
        List.of(), SessionRules.check(plan(SessionMode.ON_SITE, 3L, null, 15, 3), 20, NOW, false));
    assertEquals(
        List.of(),
        SessionRules.check(
            plan(SessionMode.ONLINE, null, "https://visio.example/a", 20, 0), null, NOW, false));
    assertEquals(
        List.of(),
        SessionRules.check(
            plan(SessionMode.HYBRID, 3L, "https://visio.example/a", 20, 20), 20, NOW, false));
  }

  @Test
  void endBeforeStartAndPastSessionsAreRefused() {
    SessionPlan backwards =
        new SessionPlan(
            1L,
            END,
            START,
            SessionMode.ONLINE,
            null,
            "https://v.example/x",
            10,
            0,
            Set.of(5L),
            null,
            null,
            null,
            null);
    assertEquals(
        List.of("end:session.endBeforeStart"),
        fields(SessionRules.check(backwards, null, NOW, false)));
    SessionPlan past =
        new SessionPlan(
            1L,
            NOW.minusSeconds(60),
            NOW.plusSeconds(3600),
            SessionMode.ONLINE,
            null,
            "https://v.example/x",
            10,
            0,
            Set.of(5L),
            null,
            null,
            null,
            null);
    assertEquals(
        List.of("start:session.inThePast"), fields(SessionRules.check(past, null, NOW, false)));
    assertEquals(
        List.of(),
        fields(SessionRules.check(past, null, NOW, true)),
        "an unchanged start may be past");
  }

  @Test
  void seatsMustMakeSense() {
    assertEquals(
        List.of("capacity:session.capacity.range"),
        fields(SessionRules.check(plan(SessionMode.ON_SITE, 3L, null, 0, 0), 20, NOW, false)));
    assertTrue(
        fields(SessionRules.check(plan(SessionMode.ON_SITE, 3L, null, -4, 0), 20, NOW, false))
            .contains("capacity:session.capacity.range"));
    assertEquals(
        List.of("studentSeats:session.studentSeats.range"),
        fields(SessionRules.check(plan(SessionMode.ON_SITE, 3L, null, 10, 11), 20, NOW, false)));
    List<FieldError> aboveRoom =
        SessionRules.check(plan(SessionMode.ON_SITE, 3L, null, 25, 0), 20, NOW, false);
    assertEquals(List.of("capacity:session.capacity.aboveRoom"), fields(aboveRoom));
    assertEquals(20, aboveRoom.get(0).arguments()[0]);
  }

  @Test
  void placeDependsOnTheMode() {
    assertEquals(
        List.of("room:session.room.required"),
        fields(SessionRules.check(plan(SessionMode.ON_SITE, null, null, 10, 0), null, NOW, false)));
    assertEquals(
        List.of("videoLink:session.link.required"),
        fields(SessionRules.check(plan(SessionMode.ONLINE, null, " ", 10, 0), null, NOW, false)));
    assertEquals(
        List.of("videoLink:session.link.https"),
        fields(
            SessionRules.check(
                plan(SessionMode.ONLINE, null, "http://visio.example/a", 10, 0),
                null,
                NOW,
                false)));
    assertEquals(
        List.of("videoLink:session.link.https"),
        fields(
            SessionRules.check(
                plan(SessionMode.ONLINE, null, "javascript:alert(1)", 10, 0), null, NOW, false)));
    assertEquals(
        List.of("room:session.room.required", "videoLink:session.link.required"),
        fields(SessionRules.check(plan(SessionMode.HYBRID, null, null, 10, 0), null, NOW, false)));
  }

  @Test
  void aSessionNeedsATrainer() {
    SessionPlan nobody =
        new SessionPlan(
            1L,
            START,
            END,
            SessionMode.ONLINE,
            null,
            "https://v.example/x",
            10,
            0,
            Set.of(),
            null,
            null,
            null,
            null);
    assertEquals(
        List.of("trainers:session.trainers.required"),
        fields(SessionRules.check(nobody, null, NOW, false)));
  }

  @Test
  void theRegistrationWindowFitsTheSession() {
    SessionPlan window =
        new SessionPlan(
            1L,
            START,
            END,
            SessionMode.ONLINE,
            null,
            "https://v.example/x",
            10,
            0,
            Set.of(5L),
            START.minusSeconds(3600),
            START.minusSeconds(7200),
            START.plusSeconds(60),
            null);
    assertEquals(
        List.of(
            "registrationClosesAt:session.window.closesBeforeOpening",
            "cancellationDeadline:session.window.deadlineAfterStart"),
        fields(SessionRules.check(window, null, NOW, false)));
  }

  @Test
  void aWaitlistLimitIsEmptyOrBetweenZeroAndTheMaximum() {
    for (Integer fine : new Integer[] {null, 0, 20, SessionRules.MAX_CAPACITY}) {
      assertEquals(List.of(), fields(SessionRules.check(withWaitlist(fine), 20, NOW, false)));
    }
    for (int wrong : new int[] {-1, SessionRules.MAX_CAPACITY + 1}) {
      assertEquals(
          List.of("waitlistLimit:session.waitlistLimit.range"),
          fields(SessionRules.check(withWaitlist(wrong), 20, NOW, false)),
          "limit " + wrong);
    }
  }

  private static SessionPlan withWaitlist(Integer limit) {
    return new SessionPlan(
        1L,
        START,
        END,
        SessionMode.ON_SITE,
        3L,
        null,
        20,
        0,
        Set.of(5L),
        null,
        null,
        null,
        null,
        limit);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    SessionPlan empty =
        new SessionPlan(null, null, null, null, null, null, 0, 0, Set.of(), null, null, null, null);
    assertEquals(
        List.of(
            "activity:relais.required.text",
            "start:relais.required.text",
            "end:relais.required.text",
            "mode:relais.required.text",
            "capacity:session.capacity.range",
            "trainers:session.trainers.required"),
        fields(SessionRules.check(empty, null, NOW, false)));
  }
}
