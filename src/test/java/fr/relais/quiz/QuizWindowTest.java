package fr.relais.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.kernel.ClockProducer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quiz's windows at fixed instants, to the minute, across a change of the clocks. */
class QuizWindowTest {

  // Saturday 24 October 2026, 9:00–17:00 Paris; the clocks go back on Sunday 25 October.
  private static final Instant STARTS = paris(2026, 10, 24, 9, 0);
  private static final Instant ENDS = paris(2026, 10, 24, 17, 0);

  private static Instant paris(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(ClockProducer.PARIS).toInstant();
  }

  private static Optional<QuizPhase> at(Instant now) {
    return QuizWindow.openAt(now, STARTS, ENDS, 14, true, false, true);
  }

  @Test
  void beforeIsOpenUntilTheMinuteTheSessionStarts() {
    assertEquals(Optional.of(QuizPhase.BEFORE), at(paris(2026, 10, 1, 12, 0)));
    assertEquals(Optional.of(QuizPhase.BEFORE), at(paris(2026, 10, 24, 8, 59)));
    assertEquals(Optional.empty(), at(STARTS));
  }

  @Test
  void nothingIsOpenDuringTheSession() {
    assertEquals(Optional.empty(), at(paris(2026, 10, 24, 12, 0)));
    assertEquals(Optional.empty(), at(paris(2026, 10, 24, 16, 59)));
  }

  @Test
  void afterOpensAtTheEndForNDaysAtTheSameParisTime() {
    assertEquals(Optional.of(QuizPhase.AFTER), at(ENDS));
    assertEquals(Optional.of(QuizPhase.AFTER), at(paris(2026, 11, 7, 16, 59)));
    assertEquals(Optional.empty(), at(paris(2026, 11, 7, 17, 0)));
    // 14 × 24 h after the end is 16:00 in Paris, after the clocks went back: still open
    assertEquals(Optional.of(QuizPhase.AFTER), at(ENDS.plus(java.time.Duration.ofHours(14 * 24))));
    assertEquals(paris(2026, 11, 7, 17, 0), QuizWindow.afterClosesAt(ENDS, 14));
  }

  @Test
  void afterIsOnlyForThosePresent() {
    assertEquals(Optional.empty(), QuizWindow.openAt(ENDS, STARTS, ENDS, 14, true, false, false));
  }

  @Test
  void nothingForAWaitlistedRegistrationOrACancelledSession() {
    Instant early = paris(2026, 10, 20, 10, 0);
    assertEquals(Optional.empty(), QuizWindow.openAt(early, STARTS, ENDS, 14, false, false, true));
    assertEquals(Optional.empty(), QuizWindow.openAt(early, STARTS, ENDS, 14, true, true, true));
  }

  @Test
  void oneDayWindowClosesTheNextDay() {
    assertEquals(
        Optional.of(QuizPhase.AFTER),
        QuizWindow.openAt(paris(2026, 10, 25, 16, 59), STARTS, ENDS, 1, true, false, true));
    assertEquals(
        Optional.empty(),
        QuizWindow.openAt(paris(2026, 10, 25, 17, 0), STARTS, ENDS, 1, true, false, true));
  }
}
