package fr.relais.dpc;

import fr.relais.attendance.HalfDay;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The time a participant trained: the half-days they were present (on time or late), less the
 * session's break, which is taken off the morning half-day (V20), never below zero.
 */
public final class AttendedTime {

  private AttendedTime() {}

  public static long minutes(
      Instant start, Instant end, int breakMinutes, Set<Integer> presentHalfDays) {
    long minutes = 0;
    for (HalfDay h : HalfDay.of(start, end)) {
      if (presentHalfDays.contains(h.index())) {
        long m = h.minutes();
        if (h.index() == 0) {
          m -= breakMinutes;
        }
        minutes += Math.max(0, m);
      }
    }
    return minutes;
  }

  /** "7 h 00" */
  public static String hours(long minutes) {
    return minutes / 60 + " h " + String.format("%02d", minutes % 60);
  }

  /** Hours as a decimal number (the agency's list), to the hundredth. */
  public static double decimalHours(long minutes) {
    return Math.round(minutes / 60.0 * 100) / 100.0;
  }

  static List<Integer> sorted(Set<Integer> halves) {
    return halves.stream().sorted().toList();
  }
}
