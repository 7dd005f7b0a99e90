package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.SharedMap;
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

  /**
   * Issue 20: N instances must not give N times the guesses. Two throttles on one store (as two
   * instances on the data grid's cache) count together; on a store each, they would not.
   */
  @Test
  void twoInstancesSharingTheirCountsHoldTheGuesserBackTogether() {
    Moving clock = new Moving();
    SharedMap<String, String> grid = new SharedMap.InMemory<>();
    SignInThrottle a = new SignInThrottle(clock, grid);
    SignInThrottle b = new SignInThrottle(clock, grid);
    for (int i = 0; i < 3; i++) {
      a.failed("lea@relais.test", "10.0.0.1");
    }
    b.failed("lea@relais.test", "10.0.0.2");
    assertTrue(a.allowed("lea@relais.test", "10.0.0.1"), "four failures in all are free");
    b.failed("lea@relais.test", "10.0.0.2");
    assertFalse(a.allowed("lea@relais.test", "10.0.0.1"), "the fifth, on B, locks A too");
    assertFalse(b.allowed("lea@relais.test", "10.0.0.1"));

    SignInThrottle alone = new SignInThrottle(clock);
    SignInThrottle other = new SignInThrottle(clock);
    for (int i = 0; i < 3; i++) {
      alone.failed("lea@relais.test", "10.0.0.1");
    }
    other.failed("lea@relais.test", "10.0.0.1");
    other.failed("lea@relais.test", "10.0.0.1");
    assertTrue(alone.allowed("lea@relais.test", "10.0.0.1"), "counted apart, nobody is held");
  }

  /**
   * Another instance counting the same key between this one's read and its write: the write is
   * refused (compare-and-set), read again and made on top, so no failure is lost.
   */
  @Test
  void aFailureCountedElsewhereMeanwhileIsNotOverwritten() {
    Moving clock = new Moving();
    SharedMap<String, String> shared = new SharedMap.InMemory<>();
    SignInThrottle elsewhere = new SignInThrottle(clock, shared);
    SharedMap<String, String> racing =
        new SharedMap<>() {
          private int races = 3;

          @Override
          public String get(String key) {
            return shared.get(key);
          }

          @Override
          public boolean putIfAbsent(String key, String value) {
            race(key);
            return shared.putIfAbsent(key, value);
          }

          @Override
          public boolean replace(String key, String old, String value) {
            race(key);
            return shared.replace(key, old, value);
          }

          /** The other instance counts a failure just before this write, three times. */
          private void race(String key) {
            if (key.startsWith("e:") && races-- > 0) {
              elsewhere.failed("lea@relais.test", "10.9.9.9");
            }
          }

          @Override
          public void put(String key, String value) {
            shared.put(key, value);
          }

          @Override
          public void remove(String key) {
            shared.remove(key);
          }

          @Override
          public String where() {
            return "racing";
          }
        };
    SignInThrottle here = new SignInThrottle(clock, racing);
    here.failed("lea@relais.test", "10.0.0.1");
    assertTrue(here.allowed("lea@relais.test", "10.0.0.1"), "four failures: free");
    here.failed("lea@relais.test", "10.0.0.1");
    assertFalse(here.allowed("lea@relais.test", "10.0.0.1"), "the fifth: none was lost");
  }

  @Test
  void aCountIsKeptAsAStringAnyMemberOfTheGridReads() {
    SignInThrottle.Failures f =
        new SignInThrottle.Failures(
            6, Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:02:00Z"));
    assertTrue(f.encode().matches("\\d+,\\d+,\\d+"), f.encode());
    assertTrue(f.equals(SignInThrottle.Failures.decode(f.encode())));
    SignInThrottle.Failures unlocked =
        new SignInThrottle.Failures(1, Instant.parse("2026-11-24T08:00:00Z"), null);
    assertTrue(unlocked.equals(SignInThrottle.Failures.decode(unlocked.encode())));
  }

  @Test
  void withoutADataGridTheCountsStayInMemory() {
    SignInThrottle throttle = new SignInThrottle(new Moving());
    assertTrue(throttle.where().contains("memory"), throttle.where());
  }
}
