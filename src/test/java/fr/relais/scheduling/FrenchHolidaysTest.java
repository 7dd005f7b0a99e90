package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrenchHolidaysTest {

  @Test
  void easterSundayMatchesTheCalendar() {
    assertEquals(LocalDate.of(2025, 4, 20), FrenchHolidays.easterSunday(2025));
    assertEquals(LocalDate.of(2026, 4, 5), FrenchHolidays.easterSunday(2026));
    assertEquals(LocalDate.of(2027, 3, 28), FrenchHolidays.easterSunday(2027));
    assertEquals(LocalDate.of(2038, 4, 25), FrenchHolidays.easterSunday(2038));
  }

  @Test
  void knowsTheMovableHolidaysOf2026() {
    assertEquals(Optional.of("Lundi de Pâques"), FrenchHolidays.of(LocalDate.of(2026, 4, 6)));
    assertEquals(Optional.of("Ascension"), FrenchHolidays.of(LocalDate.of(2026, 5, 14)));
    assertEquals(Optional.of("Lundi de Pentecôte"), FrenchHolidays.of(LocalDate.of(2026, 5, 25)));
  }

  @Test
  void knowsTheFixedOnesAndNothingElse() {
    assertTrue(FrenchHolidays.isHoliday(LocalDate.of(2026, 7, 14)));
    assertTrue(FrenchHolidays.isHoliday(LocalDate.of(2026, 11, 11)));
    assertTrue(FrenchHolidays.isHoliday(LocalDate.of(2026, 12, 25)));
    assertFalse(FrenchHolidays.isHoliday(LocalDate.of(2026, 12, 24)));
    assertFalse(
        FrenchHolidays.isHoliday(LocalDate.of(2026, 4, 3)), "Good Friday is Alsace-Moselle only");
  }
}
