package fr.relais.testing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When to hold the sessions tests run "now" or "yesterday", chosen in Paris time so that a session
 * never straddles 13:00 (where a day splits into two half-days) whatever the hour the suite runs
 * at: the assertions then hold at 12:10 as at 18:00.
 */
public final class SessionTimes {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalTime ONE_PM = LocalTime.of(13, 0);

  /** Longer than a test takes from choosing the session to its last step in that half-day. */
  static final Duration STEADY = Duration.ofMinutes(3);

  private SessionTimes() {}

  /** A session's start and end. */
  public record Span(Instant start, Instant end) {
    public Timestamp startsAt() {
      return Timestamp.from(start);
    }

    public Timestamp endsAt() {
      return Timestamp.from(end);
    }
  }

  /**
   * A session under way: from {@code before} ago to {@code after} from now, cut to the half-day
   * under way (midnight to 13:00, or 13:00 to midnight, Paris): one half-day, and now inside it.
   */
  public static Span underWay(Duration before, Duration after) {
    Duration wait = untilSteady(Instant.now());
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return underWay(Instant.now(), before, after);
  }

  /**
   * How long to wait so that the half-day under way lasts at least {@link #STEADY} more: a test
   * started at 12:59:57 would otherwise mark the morning and sign the afternoon.
   */
  static Duration untilSteady(Instant now) {
    Instant end = halfDayEnd(now);
    Duration left = Duration.between(now, end);
    return left.compareTo(STEADY) < 0 ? left.plusSeconds(1) : Duration.ZERO;
  }

  private static Instant halfDayEnd(Instant now) {
    LocalDate day = now.atZone(PARIS).toLocalDate();
    Instant one = day.atTime(ONE_PM).atZone(PARIS).toInstant();
    return now.isBefore(one) ? one : day.plusDays(1).atStartOfDay(PARIS).toInstant();
  }

  static Span underWay(Instant now, Duration before, Duration after) {
    ZonedDateTime paris = now.atZone(PARIS);
    LocalDate day = paris.toLocalDate();
    Instant one = day.atTime(ONE_PM).atZone(PARIS).toInstant();
    boolean morning = now.isBefore(one);
    Instant from = morning ? day.atStartOfDay(PARIS).toInstant() : one;
    Instant to = morning ? one : day.plusDays(1).atStartOfDay(PARIS).toInstant();
    Instant start = latest(now.minus(before), from);
    Instant end = earliest(now.plus(after), to);
    return new Span(start, end);
  }

  /** Yesterday at that Paris time, for that many minutes: a session that is over. */
  public static Span yesterday(int hour, int minute, int minutes) {
    Instant start =
        LocalDate.now(PARIS).minusDays(1).atTime(hour, minute).atZone(PARIS).toInstant();
    return new Span(start, start.plus(Duration.ofMinutes(minutes)));
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
