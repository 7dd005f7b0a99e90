package fr.relais.establishment;

/** Lengths as a convention writes them: "7 h 00", "14 h 30". */
final class Durations {

  private Durations() {}

  static String hours(long minutes) {
    return minutes / 60 + "\u00a0h\u00a0" + String.format("%02d", minutes % 60);
  }
}
