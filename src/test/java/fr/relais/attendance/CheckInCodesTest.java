package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {

  private static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes();
  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant END = START.plus(Duration.ofHours(7));

  private static CheckInCodes.Refusal check(String code, Instant now) {
    return CheckInCodes.check(SECRET, 42, code, START, END, now);
  }

  @Test
  void theCurrentCodeIsAcceptedAndReadsWell() {
    Instant now = START.plusSeconds(600);
    String code = CheckInCodes.code(SECRET, 42, now);
    assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
    assertNull(check(code, now));
    assertNull(check(" " + code.toLowerCase() + " ", now), "typed in lower case with spaces");
  }

  @Test
  void theCodeChangesEveryMinuteAndTheLastOneStillWorksWhileScanning() {
    Instant now = START.plusSeconds(600);
    String code = CheckInCodes.code(SECRET, 42, now);
    Instant nextMinute = now.plus(CheckInCodes.STEP);
    assertNotEquals(code, CheckInCodes.code(SECRET, 42, nextMinute));
    assertNull(check(code, nextMinute), "the previous code is still accepted");
    assertEquals(
        CheckInCodes.Refusal.WRONG_OR_EXPIRED,
        check(code, now.plus(CheckInCodes.STEP.multipliedBy(2))),
        "a photo forwarded two minutes later no longer works");
  }

  @Test
  void forgedCodesAndOtherSessionsCodesAreRefused() {
    Instant now = START.plusSeconds(600);
    assertEquals(CheckInCodes.Refusal.WRONG_OR_EXPIRED, check("ABCDEF", now));
    assertEquals(CheckInCodes.Refusal.WRONG_OR_EXPIRED, check(null, now));
    assertEquals(
        CheckInCodes.Refusal.WRONG_OR_EXPIRED,
        check(CheckInCodes.code(SECRET, 43, now), now),
        "another session's code");
    assertEquals(
        CheckInCodes.Refusal.WRONG_OR_EXPIRED,
        check(CheckInCodes.code("another secret of 32 bytes......".getBytes(), 42, now), now),
        "a code made with another secret");
  }

  @Test
  void codesWorkOnlyFromHalfAnHourBeforeToHalfAnHourAfter() {
    Instant early = START.minus(Duration.ofMinutes(31));
    Instant justInTime = START.minus(Duration.ofMinutes(29));
    Instant late = END.plus(Duration.ofMinutes(31));
    assertEquals(
        CheckInCodes.Refusal.OUTSIDE_WINDOW, check(CheckInCodes.code(SECRET, 42, early), early));
    assertNull(check(CheckInCodes.code(SECRET, 42, justInTime), justInTime));
    assertEquals(
        CheckInCodes.Refusal.OUTSIDE_WINDOW, check(CheckInCodes.code(SECRET, 42, late), late));
  }
}
