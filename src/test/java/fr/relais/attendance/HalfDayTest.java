package fr.relais.attendance;

import static fr.relais.testing.ParisDays.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.ParisDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The half-day split and lateness at fixed instants, on ordinary and clock-change days. */
class HalfDayTest {

  @Test
  void theClockChangeDaysReallyChangeTheOffset() {
    for (LocalDate day : List.of(ParisDays.SPRING_FORWARD, ParisDays.FALL_BACK)) {
      assertNotEquals(
          day.atTime(1, 0).atZone(ParisDays.PARIS).getOffset(),
          day.atTime(4, 0).atZone(ParisDays.PARIS).getOffset(),
          day.toString());
    }
    assertEquals(Instant.parse("2026-12-01T12:00:00Z"), at(ParisDays.WINTER, 13, 0));
    assertEquals(Instant.parse("2026-07-07T11:00:00Z"), at(ParisDays.SUMMER, 13, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aHalfDayIsNamedByItsParisStartMorningAfternoonOrEveningFromSix(LocalDate day) {
    assertEquals("morning", startingAt(day, 12, 59).getPart());
    assertEquals("afternoon", startingAt(day, 13, 0).getPart());
    assertEquals("afternoon", startingAt(day, 17, 59).getPart());
    assertEquals("evening", startingAt(day, 18, 0).getPart());
    assertEquals("evening", startingAt(day, 20, 30).getPart());
  }

  private static HalfDay startingAt(LocalDate day, int hour, int minute) {
    Instant start = at(day, hour, minute);
    return HalfDay.of(start, start.plusSeconds(60)).get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aWorkshopDayHasAMorningEndingAtOneAndAnAfternoon(LocalDate day) {
    Instant nine = at(day, 9, 0);
    Instant one = at(day, 13, 0);
    Instant five = at(day, 17, 0);
    List<HalfDay> halves = HalfDay.of(nine, five);
    assertEquals(List.of(new HalfDay(0, nine, one), new HalfDay(1, one, five)), halves);
    assertTrue(halves.get(0).isMorning());
    assertFalse(halves.get(1).isMorning());
    assertEquals(240, halves.get(0).minutes());
    assertEquals(240, halves.get(1).minutes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aSessionEndingAt1259Or1300IsOneMorningOneEndingAt1301HasAnAfternoonMinute(LocalDate day) {
    Instant noon = at(day, 12, 0);
    assertEquals(List.of(new HalfDay(0, noon, at(day, 12, 59))), HalfDay.of(noon, at(day, 12, 59)));
    assertEquals(List.of(new HalfDay(0, noon, at(day, 13, 0))), HalfDay.of(noon, at(day, 13, 0)));
    List<HalfDay> past = HalfDay.of(noon, at(day, 13, 1));
    assertEquals(2, past.size());
    assertEquals(60, past.get(0).minutes());
    assertEquals(1, past.get(1).minutes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aSessionStartingAt1259IsSplitOneStartingAt1300Or1301IsAnAfternoon(LocalDate day) {
    Instant two = at(day, 14, 0);
    List<HalfDay> at1259 = HalfDay.of(at(day, 12, 59), two);
    assertEquals(2, at1259.size(), "a minute of morning, then the afternoon");
    assertEquals(1, at1259.get(0).minutes());
    assertTrue(at1259.get(0).isMorning());
    assertFalse(at1259.get(1).isMorning());
    for (int minute : new int[] {0, 1}) {
      List<HalfDay> afternoon = HalfDay.of(at(day, 13, minute), two);
      assertEquals(1, afternoon.size(), "13:0" + minute);
      assertFalse(afternoon.get(0).isMorning(), "13:0" + minute);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void theHalfDayUnderWayTurnsAtOnePm(LocalDate day) {
    List<HalfDay> halves = HalfDay.of(at(day, 9, 0), at(day, 17, 0));
    assertEquals(0, HalfDay.at(halves, at(day, 8, 45)).index(), "before the start");
    assertEquals(0, HalfDay.at(halves, at(day, 12, 59)).index());
    assertEquals(1, HalfDay.at(halves, at(day, 13, 0)).index());
    assertEquals(1, HalfDay.at(halves, at(day, 13, 1)).index());
    assertEquals(1, HalfDay.at(halves, at(day, 17, 15)).index(), "after the end");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void arrivingAfterTheFirstQuarterOfAnHourOfEachHalfDayIsLate(LocalDate day) {
    List<HalfDay> halves = HalfDay.of(at(day, 9, 0), at(day, 17, 0));
    HalfDay morning = halves.get(0);
    HalfDay afternoon = halves.get(1);
    assertFalse(morning.isLateAt(at(day, 8, 40)), "early");
    assertFalse(morning.isLateAt(at(day, 9, 15)), "the quarter itself is on time");
    assertTrue(morning.isLateAt(at(day, 9, 15).plusSeconds(1)));
    assertTrue(morning.isLateAt(at(day, 9, 16)));
    assertTrue(HalfDay.at(halves, at(day, 12, 59)).isLateAt(at(day, 12, 59)), "the morning's end");
    assertFalse(HalfDay.at(halves, at(day, 13, 0)).isLateAt(at(day, 13, 0)), "the afternoon");
    assertFalse(afternoon.isLateAt(at(day, 13, 15)));
    assertTrue(afternoon.isLateAt(at(day, 13, 16)));
  }

  @Test
  void aNightSessionAcrossAClockChangeLastsItsRealMinutes() {
    assertEquals(180, only(ParisDays.WINTER).minutes());
    assertEquals(120, only(ParisDays.SPRING_FORWARD).minutes(), "2:00 to 3:00 never happened");
    assertEquals(240, only(ParisDays.FALL_BACK).minutes(), "2:00 to 3:00 happened twice");
  }

  private static HalfDay only(LocalDate day) {
    List<HalfDay> halves = HalfDay.of(at(day, 1, 0), at(day, 4, 0));
    assertEquals(1, halves.size());
    return halves.get(0);
  }
}
