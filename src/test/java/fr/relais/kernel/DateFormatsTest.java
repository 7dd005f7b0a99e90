package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.relais.kernel.i18n.DateFormats;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

  // 2 December 2025, 17:00 UTC is 18:00 in Paris (winter, UTC+1).
  private static final Instant WINTER_START = Instant.parse("2025-12-02T17:00:00Z");
  private static final Instant WINTER_END = Instant.parse("2025-12-02T18:30:00Z");
  // 2 July 2026, 16:00 UTC is 18:00 in Paris (summer, UTC+2).
  private static final Instant SUMMER = Instant.parse("2026-07-02T16:00:00Z");

  @Test
  void writesFrenchDatesTheFrenchWay() {
    DateFormats fr = new DateFormats(Locale.FRENCH);
    assertEquals("mardi 2 décembre 2025", fr.day(WINTER_START));
    assertEquals("18\u00a0h\u00a000", fr.time(WINTER_START));
    assertEquals(
        "mardi 2 décembre 2025, 18\u00a0h\u00a000 – 19\u00a0h\u00a030",
        fr.range(WINTER_START, WINTER_END));
  }

  @Test
  void aFrenchTimeNeverBreaksAcrossTwoLines() {
    String time = new DateFormats(Locale.FRENCH).time(WINTER_START);
    assertEquals("18 h 00", time.replace('\u00a0', ' '));
    assertFalse(time.contains(" "), "only no-break spaces inside a time: " + time);
  }

  @Test
  void alwaysShowsParisTimeWhateverTheSeason() {
    assertEquals("18\u00a0h\u00a000", new DateFormats(Locale.FRENCH).time(SUMMER));
    assertEquals("18:00", new DateFormats(Locale.ENGLISH).time(SUMMER));
  }

  @Test
  void writesBothDaysWhenASessionSpansTwo() {
    DateFormats fr = new DateFormats(Locale.FRENCH);
    assertEquals(
        "mardi 2 décembre 2025, 18\u00a0h\u00a000 – mercredi 3 décembre 2025, 18\u00a0h\u00a000",
        fr.range(WINTER_START, WINTER_START.plusSeconds(24 * 3600)));
  }

  @Test
  void fallsBackToFrenchForOtherLanguages() {
    assertEquals("mardi 2 décembre 2025", new DateFormats(Locale.GERMAN).day(WINTER_START));
    assertEquals("Tuesday 2 December 2025", new DateFormats(Locale.ENGLISH).day(WINTER_START));
  }
}
