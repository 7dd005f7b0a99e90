package fr.relais.registration;

import static fr.relais.testing.ParisDays.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.testing.ParisDays;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The day-before reminder's reach at fixed instants, on ordinary and clock-change days. */
class RemindersTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aSessionIsRemindedFromTheSameTimeTheDayBefore(LocalDate day) {
    assertEquals(at(day, 18, 0), Reminders.remindUntil(at(day.minusDays(1), 18, 0)));
    assertEquals(at(day, 12, 59), Reminders.remindUntil(at(day.minusDays(1), 12, 59)));
    assertEquals(at(day, 13, 1), Reminders.remindUntil(at(day.minusDays(1), 13, 1)));
  }

  @Test
  void theDayBeforeAClockChangeIsNotTwentyFourHours() {
    assertEquals(
        Duration.ofHours(23),
        Duration.between(
            at(ParisDays.SPRING_FORWARD.minusDays(1), 18, 0),
            Reminders.remindUntil(at(ParisDays.SPRING_FORWARD.minusDays(1), 18, 0))));
    assertEquals(
        Duration.ofHours(25),
        Duration.between(
            at(ParisDays.FALL_BACK.minusDays(1), 18, 0),
            Reminders.remindUntil(at(ParisDays.FALL_BACK.minusDays(1), 18, 0))));
  }
}
