package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalfDayTest {

  // 1 December 2026: Paris is UTC+1, so 13:00 in Paris is 12:00 UTC.
  private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant ONE_PM = Instant.parse("2026-12-01T12:00:00Z");
  private static final Instant FIVE_PM = Instant.parse("2026-12-01T16:00:00Z");

  @Test
  void aWorkshopDayHasAMorningEndingAtOneAndAnAfternoon() {
    List<HalfDay> halves = HalfDay.of(NINE, FIVE_PM);
    assertEquals(2, halves.size());
    assertEquals(ONE_PM, halves.get(0).end());
    assertEquals(ONE_PM, halves.get(1).start());
    assertTrue(halves.get(0).isMorning());
    assertFalse(halves.get(1).isMorning());
    assertEquals(240, halves.get(0).minutes());
    assertEquals(240, halves.get(1).minutes());
  }

  @Test
  void aShortSessionIsOneHalfDay() {
    Instant evening = Instant.parse("2026-12-01T17:00:00Z");
    List<HalfDay> halves = HalfDay.of(evening, evening.plusSeconds(5400));
    assertEquals(1, halves.size());
    assertEquals(90, halves.get(0).minutes());
    assertEquals(1, HalfDay.of(NINE, ONE_PM).size(), "a morning that ends at one");
  }

  @Test
  void aCheckInGoesToTheHalfDayUnderWayOrTheNearest() {
    List<HalfDay> halves = HalfDay.of(NINE, FIVE_PM);
    assertEquals(0, HalfDay.at(halves, NINE.minusSeconds(900)).index(), "before the start");
    assertEquals(0, HalfDay.at(halves, NINE.plusSeconds(3600)).index());
    assertEquals(1, HalfDay.at(halves, ONE_PM.plusSeconds(60)).index());
    assertEquals(1, HalfDay.at(halves, FIVE_PM.plusSeconds(900)).index(), "after the end");
  }
}
