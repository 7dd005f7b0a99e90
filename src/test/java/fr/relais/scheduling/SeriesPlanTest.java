package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {

  private static final LocalTime SIX = LocalTime.of(18, 0);
  private static final LocalTime HALF_SEVEN = LocalTime.of(19, 30);

  @Test
  void tuesdaysAndThursdaysOverAMonth() {
    SeriesPlan plan =
        new SeriesPlan(
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            SIX,
            HALF_SEVEN,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 31));
    List<SeriesPlan.Occurrence> days = plan.occurrences();
    assertEquals(10, days.size(), "five Tuesdays and five Thursdays");
    assertEquals(LocalDate.of(2026, 12, 1), days.get(0).day());
    assertEquals(LocalDate.of(2026, 12, 31), days.get(9).day());
    assertTrue(
        days.stream()
            .allMatch(
                d ->
                    d.day().getDayOfWeek() == DayOfWeek.TUESDAY
                        || d.day().getDayOfWeek() == DayOfWeek.THURSDAY));
  }

  @Test
  void marksPublicHolidays() {
    SeriesPlan plan =
        new SeriesPlan(
            EnumSet.of(DayOfWeek.FRIDAY),
            SIX,
            HALF_SEVEN,
            LocalDate.of(2026, 12, 18),
            LocalDate.of(2027, 1, 8));
    List<SeriesPlan.Occurrence> days = plan.occurrences();
    assertEquals(4, days.size());
    assertEquals("Noël", days.get(1).holiday());
    assertEquals("Jour de l'an", days.get(2).holiday());
    assertTrue(!days.get(0).isHoliday() && !days.get(3).isHoliday());
  }

  @Test
  void yieldsNothingFromNonsense() {
    assertEquals(
        List.of(),
        new SeriesPlan(
                EnumSet.of(DayOfWeek.MONDAY),
                SIX,
                HALF_SEVEN,
                LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 1))
            .occurrences());
    assertEquals(
        List.of(),
        new SeriesPlan(
                EnumSet.noneOf(DayOfWeek.class),
                SIX,
                HALF_SEVEN,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31))
            .occurrences());
    assertEquals(
        List.of(),
        new SeriesPlan(
                EnumSet.of(DayOfWeek.SUNDAY),
                SIX,
                HALF_SEVEN,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 5))
            .occurrences());
  }

  @Test
  void neverRunsPastAYear() {
    SeriesPlan plan =
        new SeriesPlan(
            EnumSet.allOf(DayOfWeek.class),
            SIX,
            HALF_SEVEN,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2036, 1, 1));
    assertEquals(SeriesPlan.MAX_DAYS + 1, plan.occurrences().size());
  }
}
