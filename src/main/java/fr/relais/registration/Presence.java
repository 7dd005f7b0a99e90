package fr.relais.registration;

import java.util.Collection;

/**
 * What a started session's sign-in sheet says of one registered person, over all its half-days:
 * present (on time), late, excused, absent, or not marked yet. Read from the attendance lines'
 * statuses (PRESENT, LATE, ABSENT, EXCUSED) as text: the attendance package builds on this one.
 */
public enum Presence {
  PRESENT,
  LATE,
  EXCUSED,
  ABSENT,
  UNMARKED;

  /**
   * Present or late at least one half-day counts as having come (as for the certificate); late on
   * any half-day they came makes "late"; otherwise excused, absent, or nothing marked yet.
   */
  public static Presence of(Collection<String> halfDayStatuses) {
    if (halfDayStatuses.isEmpty()) {
      return UNMARKED;
    }
    boolean came = halfDayStatuses.contains("PRESENT") || halfDayStatuses.contains("LATE");
    if (came) {
      return halfDayStatuses.contains("LATE") ? LATE : PRESENT;
    }
    if (halfDayStatuses.contains("EXCUSED")) {
      return EXCUSED;
    }
    return halfDayStatuses.contains("ABSENT") ? ABSENT : UNMARKED;
  }

  public boolean came() {
    return this == PRESENT || this == LATE;
  }

  public boolean missed() {
    return this == ABSENT || this == EXCUSED;
  }
}
