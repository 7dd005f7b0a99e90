package fr.relais.kernel;

import java.time.Instant;

/**
 * A period, as an argument of a message: written "mardi 2 décembre 2025, 18 h 00 – 19 h 30" in the
 * reader's language.
 */
public record TimeRange(Instant start, Instant end) {

  public boolean overlaps(TimeRange other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
