package fr.relais.testing;

import static fr.relais.testing.ParisDays.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.HalfDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sessions the in-container and browser tests run "now" are one half-day at any hour. */
class SessionTimesTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aSessionUnderWayNeverStraddlesOnePm(LocalDate day) {
    Duration five = Duration.ofMinutes(5);
    Duration fiftyFive = Duration.ofMinutes(55);
    for (int[] t : new int[][] {{0, 2}, {9, 0}, {12, 5}, {12, 59}, {13, 0}, {13, 1}, {23, 58}}) {
      Instant now = at(day, t[0], t[1]);
      SessionTimes.Span s = SessionTimes.underWay(now, five, fiftyFive);
      String when = day + " " + t[0] + ":" + t[1];
      assertEquals(1, HalfDay.of(s.start(), s.end()).size(), when);
      assertTrue(!now.isBefore(s.start()) && now.isBefore(s.end()), when);
    }
    assertEquals(
        new SessionTimes.Span(at(day, 17, 55), at(day, 18, 55)),
        SessionTimes.underWay(at(day, 18, 0), five, fiftyFive),
        "away from the edges, as asked");
    assertEquals(
        new SessionTimes.Span(at(day, 12, 0), at(day, 13, 0)),
        SessionTimes.underWay(at(day, 12, 5), five, fiftyFive),
        "cut at 13:00");
    assertEquals(
        new SessionTimes.Span(at(day, 13, 0), at(day, 13, 56)),
        SessionTimes.underWay(at(day, 13, 1), five, fiftyFive),
        "starts at 13:00");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aTestCloseToTheEndOfAHalfDayWaitsForTheNextOne(LocalDate day) {
    assertEquals(Duration.ZERO, SessionTimes.untilSteady(at(day, 12, 50)));
    assertEquals(Duration.ZERO, SessionTimes.untilSteady(at(day, 13, 0)));
    assertEquals(Duration.ZERO, SessionTimes.untilSteady(at(day, 23, 50)));
    Duration before1pm = SessionTimes.untilSteady(at(day, 12, 59));
    assertEquals(Duration.ofSeconds(61), before1pm, "past 13:00, then one half-day ahead");
    Duration beforeMidnight = SessionTimes.untilSteady(at(day, 23, 58));
    assertEquals(Duration.ofSeconds(121), beforeMidnight);
  }
}
