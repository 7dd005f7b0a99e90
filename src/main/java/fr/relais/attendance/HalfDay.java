package fr.relais.attendance;

import fr.relais.kernel.ClockProducer;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A half-day of a session, the unit of a French sign-in sheet (Code du travail R6332-26): the
 * morning ends at 13:00 Paris time; a session within one half-day is just one.
 */
public record HalfDay(int index, Instant start, Instant end) implements Serializable {

  static final LocalTime NOON = LocalTime.of(13, 0);

  /** A half-day starting at or after 18:00 Paris time is an evening, not an afternoon. */
  static final LocalTime EVENING = LocalTime.of(18, 0);

  /** Arriving after the first quarter of an hour of a half-day is late. */
  public static final Duration LATE_AFTER = Duration.ofMinutes(15);

  /** The half-days of a session, in order. */
  public static List<HalfDay> of(Instant start, Instant end) {
    List<HalfDay> halves = new ArrayList<>();
    ZonedDateTime from = start.atZone(ClockProducer.PARIS);
    ZonedDateTime noon = from.toLocalDate().atTime(NOON).atZone(ClockProducer.PARIS);
    if (from.isBefore(noon) && end.isAfter(noon.toInstant())) {
      halves.add(new HalfDay(0, start, noon.toInstant()));
      halves.add(new HalfDay(1, noon.toInstant(), end));
    } else {
      halves.add(new HalfDay(0, start, end));
    }
    return halves;
  }

  /** The half-day going on at that time, or the nearest one within the check-in margin. */
  public static HalfDay at(List<HalfDay> halves, Instant when) {
    HalfDay nearest = halves.get(0);
    long best = Long.MAX_VALUE;
    for (HalfDay h : halves) {
      if (!when.isBefore(h.start()) && when.isBefore(h.end())) {
        return h;
      }
      long distance =
          Math.min(
              Math.abs(Duration.between(when, h.start()).toSeconds()),
              Math.abs(Duration.between(when, h.end()).toSeconds()));
      if (distance < best) {
        best = distance;
        nearest = h;
      }
    }
    return nearest;
  }

  /** Whether someone arriving then is late for this half-day. */
  public boolean isLateAt(Instant arrival) {
    return arrival.isAfter(start.plus(LATE_AFTER));
  }

  public long minutes() {
    return Duration.between(start, end).toMinutes();
  }

  public boolean isMorning() {
    return start.atZone(ClockProducer.PARIS).toLocalTime().isBefore(NOON);
  }

  /**
   * What the half-day is called: "morning" before 13:00, "evening" from 18:00, "afternoon" between
   * (bundle keys attendance.&lt;part&gt; and sheet.&lt;part&gt;).
   */
  public String getPart() {
    LocalTime starts = start.atZone(ClockProducer.PARIS).toLocalTime();
    if (starts.isBefore(NOON)) {
      return "morning";
    }
    return starts.isBefore(EVENING) ? "afternoon" : "evening";
  }

  // Getters for EL.
  public int getIndex() {
    return index;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }
}
