package fr.relais.attendance;

import static fr.relais.testing.ParisDays.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.ParisDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When a JADES day (9:00–17:00 Paris) may be checked in, marked, signed and completed, at fixed
 * instants on ordinary and clock-change days.
 */
class AttendanceWindowTest {

  private static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes();

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void eachHalfDayOpensToMarkingAndSigningHalfAnHourBeforeItStarts(LocalDate day) {
    List<HalfDay> halves = HalfDay.of(at(day, 9, 0), at(day, 17, 0));
    HalfDay morning = halves.get(0);
    HalfDay afternoon = halves.get(1);
    assertEquals(at(day, 8, 30), AttendanceWindow.opensAt(morning));
    assertEquals(at(day, 12, 30), AttendanceWindow.opensAt(afternoon));

    Instant aWeekBefore = at(day.minusWeeks(1), 9, 0);
    assertFalse(AttendanceWindow.isOpen(morning, aWeekBefore), "a week ahead");
    assertFalse(AttendanceWindow.isOpen(afternoon, aWeekBefore), "a week ahead");
    assertFalse(AttendanceWindow.isOpen(morning, at(day, 8, 29)));
    assertTrue(AttendanceWindow.isOpen(morning, at(day, 8, 30)));
    assertFalse(AttendanceWindow.isOpen(afternoon, at(day, 12, 29)), "during the morning");
    assertTrue(AttendanceWindow.isOpen(afternoon, at(day, 12, 30)));
    for (int[] t : new int[][] {{12, 59}, {13, 0}, {13, 1}, {17, 0}}) {
      assertTrue(AttendanceWindow.isOpen(morning, at(day, t[0], t[1])), t[0] + ":" + t[1]);
      assertTrue(AttendanceWindow.isOpen(afternoon, at(day, t[0], t[1])), t[0] + ":" + t[1]);
    }
    assertTrue(
        AttendanceWindow.isOpen(afternoon, at(day.plusDays(1), 9, 0)),
        "not closed by the clock: the signature and completion close it");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aSessionIsCompletedOnlyFromItsEnd(LocalDate day) {
    Instant end = at(day, 17, 0);
    assertFalse(AttendanceWindow.mayComplete(end, at(day.minusWeeks(1), 17, 0)), "a week ahead");
    assertFalse(AttendanceWindow.mayComplete(end, at(day, 9, 0)), "at the start");
    assertFalse(AttendanceWindow.mayComplete(end, at(day, 16, 59)));
    assertTrue(AttendanceWindow.mayComplete(end, at(day, 17, 0)));
    assertTrue(AttendanceWindow.mayComplete(end, at(day, 17, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void participantsCheckInToTheAfternoonUntilHalfAnHourAfterTheEnd(LocalDate day) {
    Instant start = at(day, 9, 0);
    Instant end = at(day, 17, 0);
    List<HalfDay> halves = HalfDay.of(start, end);
    int[][] accepted = {{8, 30, 0}, {12, 59, 0}, {13, 0, 1}, {13, 5, 1}, {16, 59, 1}, {17, 30, 1}};
    for (int[] t : accepted) {
      Instant now = at(day, t[0], t[1]);
      assertNull(
          CheckInCodes.check(SECRET, 7, CheckInCodes.code(SECRET, 7, now), start, end, now),
          t[0] + ":" + t[1]);
      assertEquals(t[2], HalfDay.at(halves, now).index(), t[0] + ":" + t[1]);
    }
    for (Instant now : new Instant[] {at(day, 8, 29), at(day, 17, 31)}) {
      assertEquals(
          CheckInCodes.Refusal.OUTSIDE_WINDOW,
          CheckInCodes.check(SECRET, 7, CheckInCodes.code(SECRET, 7, now), start, end, now),
          now.toString());
    }
  }

  @Test
  void halfAnHourIsRealTimeAcrossTheSpringChange() {
    // 3:15 summer time on 29 March 2026 is 1:15 UTC; 2:00 to 3:00 never happened that night.
    List<HalfDay> halves =
        HalfDay.of(
            at(ParisDays.SPRING_FORWARD, 3, 15),
            at(ParisDays.SPRING_FORWARD, 3, 15).plus(Duration.ofHours(1)));
    assertEquals(
        Instant.parse("2026-03-29T00:45:00Z"), AttendanceWindow.opensAt(halves.get(0)), "1:45");
  }
}
