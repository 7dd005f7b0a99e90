package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.establishment.HeldRule.Day;
import fr.relais.scheduling.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When Relais records a scheduled request as held by itself: at fixed instants, edge minutes. */
class HeldRuleTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A day on 26 March 2026 (the Thursday before summer time) ending at that Paris time. */
  private static Instant at(int hour, int minute) {
    return ZonedDateTime.of(2026, 3, 26, hour, minute, 0, 0, PARIS).toInstant();
  }

  private static Instant now(Instant instant) {
    return Clock.fixed(instant, PARIS).instant();
  }

  @Test
  void heldFromTheLastSessionsPlannedEndNotAMinuteBefore() {
    List<Day> days =
        List.of(
            new Day(SessionStatus.COMPLETED, at(12, 30)),
            new Day(SessionStatus.PUBLISHED, at(17, 0)));
    assertFalse(HeldRule.isHeld(days, now(at(16, 59))));
    assertTrue(HeldRule.isHeld(days, now(at(17, 0))));
    assertTrue(HeldRule.isHeld(days, now(at(17, 1))));
  }

  @Test
  void completedSessionsCountWhateverTheClock() {
    assertTrue(
        HeldRule.isHeld(List.of(new Day(SessionStatus.COMPLETED, at(17, 0))), now(at(9, 0))));
  }

  @Test
  void cancelledSessionsAreLeftOutButSomethingMustHaveBeenHeld() {
    assertTrue(
        HeldRule.isHeld(
            List.of(
                new Day(SessionStatus.CANCELLED, at(23, 0)),
                new Day(SessionStatus.PUBLISHED, at(12, 0))),
            now(at(12, 0))));
    assertFalse(
        HeldRule.isHeld(List.of(new Day(SessionStatus.CANCELLED, at(9, 0))), now(at(18, 0))));
    assertFalse(HeldRule.isHeld(List.of(), now(at(18, 0))));
  }

  @Test
  void oneDayStillToComeKeepsTheRequestScheduled() {
    List<Day> twoDays =
        List.of(
            new Day(SessionStatus.COMPLETED, at(17, 0)),
            new Day(
                SessionStatus.PUBLISHED,
                ZonedDateTime.of(2026, 3, 30, 17, 0, 0, 0, PARIS).toInstant()));
    assertFalse(HeldRule.isHeld(twoDays, now(at(18, 0))));
    // across the change to summer time (29 March): 17:00 Paris on the 30th is 15:00 UTC
    assertFalse(HeldRule.isHeld(twoDays, Instant.parse("2026-03-30T14:59:00Z")));
    assertTrue(HeldRule.isHeld(twoDays, Instant.parse("2026-03-30T15:00:00Z")));
  }
}
