package fr.relais.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * The days a time rule must hold on, in Europe/Paris: an ordinary winter day (UTC+1), a summer day
 * (UTC+2) and both days the clocks change (at 2:00 to 3:00 in March, 3:00 back to 2:00 in October).
 * Parameterised tests take them with {@code @MethodSource(ParisDays.ALL)}.
 */
public final class ParisDays {

  public static final String ALL = "fr.relais.testing.ParisDays#all";
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  public static final LocalDate WINTER = LocalDate.of(2026, 12, 1);
  public static final LocalDate SUMMER = LocalDate.of(2026, 7, 7);
  public static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
  public static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

  private ParisDays() {}

  public static Stream<LocalDate> all() {
    return Stream.of(WINTER, SUMMER, SPRING_FORWARD, FALL_BACK);
  }

  /** That Paris wall-clock time on that day. */
  public static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(PARIS).toInstant();
  }
}
