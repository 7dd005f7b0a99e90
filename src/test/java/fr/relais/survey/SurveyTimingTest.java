package fr.relais.survey;

import static fr.relais.testing.ParisDays.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.ParisDays;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Survey openings and reminders at fixed instants: each lands on the test day at the Paris time it
 * started from, including the days the clocks change (where 28 × 24 hours would be an hour off).
 */
class SurveyTimingTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void hotAndBeforeSurveysOpenAtOnce(LocalDate day) {
    Instant now = at(day, 18, 0);
    Instant session = at(day.plusWeeks(2), 9, 0);
    assertEquals(now, SurveyTiming.opensAt(Phase.HOT, 0, now, now));
    assertEquals(now, SurveyTiming.opensAt(Phase.BEFORE, 6, session, now));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void aColdSurveyOpensWeeksAfterTheCompletionAtTheSameParisTime(LocalDate day) {
    Instant completed = at(day.minusWeeks(4), 18, 0);
    assertEquals(at(day, 18, 0), SurveyTiming.opensAt(Phase.COLD, 4, completed, completed));
    assertEquals(completed, SurveyTiming.opensAt(Phase.COLD, 0, completed, completed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void theAfterQuestionnaireOpensWeeksAfterTheSessionsStart(LocalDate day) {
    Instant start = at(day.minusWeeks(6), 9, 0);
    Instant seated = at(day.minusWeeks(8), 14, 30);
    assertEquals(at(day, 9, 0), SurveyTiming.opensAt(Phase.AFTER, 6, start, seated));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void theFirstReminderGoesThreeDaysAfterTheFirstMailAtTheSameTime(LocalDate day) {
    Instant firstMail = at(day.minusDays(3), 9, 0);
    assertEquals(at(day, 9, 0), SurveyTiming.reminderDueAt(1, firstMail));
    assertFalse(due(1, firstMail, at(day, 8, 59)));
    assertTrue(due(1, firstMail, at(day, 9, 0)));
    assertTrue(due(1, firstMail, at(day, 9, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ParisDays.ALL)
  void theSecondReminderGoesSevenDaysAfterTheFirstMail(LocalDate day) {
    Instant firstMail = at(day.minusDays(7), 9, 0);
    Instant firstReminder = SurveyTiming.reminderDueAt(1, firstMail);
    assertEquals(at(day.minusDays(4), 9, 0), firstReminder);
    assertEquals(at(day, 9, 0), SurveyTiming.reminderDueAt(2, firstReminder));
    assertFalse(due(2, firstReminder, at(day, 8, 59)));
    assertTrue(due(2, firstReminder, at(day, 9, 0)), "day 7, not 7 days after the reminder");
    assertThrows(IllegalArgumentException.class, () -> SurveyTiming.reminderDueAt(3, firstMail));
  }

  @Test
  void onTheSpringChangeThreeDaysAreSeventyOneHours() {
    Instant firstMail = at(ParisDays.SPRING_FORWARD.minusDays(3), 9, 0);
    assertEquals(
        Instant.parse("2026-03-29T07:00:00Z"), SurveyTiming.reminderDueAt(1, firstMail), "9:00");
    assertEquals(Instant.parse("2026-03-26T08:00:00Z"), firstMail);
  }

  /** As the query decides it: the last mail went at or before the cut-off. */
  private static boolean due(int mailsSent, Instant lastMail, Instant now) {
    return !lastMail.isAfter(SurveyTiming.lastMailDueBy(mailsSent, now));
  }
}
