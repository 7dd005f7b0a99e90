package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  /** A clock the test moves. */
  private static final class Moving extends Clock {
    private Instant now = Instant.parse("2026-11-24T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fiveWrongPasswordsLockTheAddressForAMinuteThenLonger() {
    Moving clock = new Moving();
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < 4; i++) {
      throttle.failed("Lea@Relais.test", "10.0.0.1");
    }
    assertTrue(throttle.allowed("lea@relais.test", "10.0.0.1"), "four failures are free");
    throttle.failed("lea@relais.test", "10.0.0.2");
    assertFalse(throttle.allowed("lea@relais.test", "10.0.0.9"), "the fifth locks the e-mail");
    assertTrue(throttle.allowed("other@relais.test", "10.0.0.1"), "not other e-mails");
    clock.advance(Duration.ofSeconds(61));
    assertTrue(throttle.allowed("lea@relais.test", "10.0.0.1"), "a minute later");
    throttle.failed("lea@relais.test", "10.0.0.1");
    clock.advance(Duration.ofSeconds(61));
    assertFalse(throttle.allowed("lea@relais.test", "10.0.0.1"), "the next lock is longer");
    clock.advance(Duration.ofSeconds(60));
    assertTrue(throttle.allowed("lea@relais.test", "10.0.0.1"));
  }

  @Test
  void unknownAddressesAreThrottledTheSameWay() {
    SignInThrottle throttle = new SignInThrottle(new Moving());
    for (int i = 0; i < 5; i++) {
      throttle.failed("nobody@relais.test", "10.0.0.1");
    }
    assertFalse(
        throttle.allowed("nobody@relais.test", "10.0.0.1"),
        "no difference between an account and no account");
  }

  @Test
  void manyEmailsFromOneAddressLockTheAddress() {
    SignInThrottle throttle = new SignInThrottle(new Moving());
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
      throttle.failed("guess" + i + "@relais.test", "10.6.6.6");
    }
    assertFalse(throttle.allowed("someone.new@relais.test", "10.6.6.6"));
    assertTrue(throttle.allowed("someone.new@relais.test", "10.0.0.1"));
  }

  @Test
  void aRightPasswordClearsTheEmailsCount() {
    SignInThrottle throttle = new SignInThrottle(new Moving());
    for (int i = 0; i < 4; i++) {
      throttle.failed("lea@relais.test", "10.0.0.1");
    }
    throttle.succeeded("lea@relais.test");
    throttle.failed("lea@relais.test", "10.0.0.1");
    assertTrue(throttle.allowed("lea@relais.test", "10.0.0.1"));
  }
}
