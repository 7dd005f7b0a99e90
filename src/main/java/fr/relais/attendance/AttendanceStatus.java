package fr.relais.attendance;

/** What the sign-in sheet says of a participant for a half-day. */
public enum AttendanceStatus {
  PRESENT,
  LATE,
  ABSENT,
  EXCUSED;

  public boolean attended() {
    return this == PRESENT || this == LATE;
  }
}
