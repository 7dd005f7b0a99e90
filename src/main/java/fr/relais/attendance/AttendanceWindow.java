package fr.relais.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * When a sign-in sheet may be filled. A half-day opens to marking and to the trainer's signature
 * with its check-in code, 30 minutes before that half-day starts: a sheet filled in advance proves
 * nothing. It does not close by the clock: the trainer's signature locks it and completion closes
 * the session (trainers often finish the sheet just after the session); from then on only
 * coordinators correct it, on the record. A session is completed only once its planned end has
 * passed, by anyone: completion marks the unmarked absent, issues certificates and sends the
 * surveys, none of which may happen while people may still arrive. A coordinator never needs it
 * earlier: they correct lines at any time and cancel a session that will not take place.
 */
public final class AttendanceWindow {

  /** As early as the check-in code works. */
  public static final Duration OPENS_BEFORE = CheckInCodes.MARGIN;

  private AttendanceWindow() {}

  /** When trainers may start marking and signing that half-day. */
  public static Instant opensAt(HalfDay halfDay) {
    return halfDay.start().minus(OPENS_BEFORE);
  }

  public static boolean isOpen(HalfDay halfDay, Instant now) {
    return !now.isBefore(opensAt(halfDay));
  }

  /** A session may be completed from its planned end on. */
  public static boolean mayComplete(Instant end, Instant now) {
    return !now.isBefore(end);
  }
}
