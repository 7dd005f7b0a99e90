package fr.relais.survey;

import fr.relais.kernel.ClockProducer;
import java.time.Instant;

/**
 * When survey mails go, counted in Paris calendar days and weeks so that a mail sent at 9:00 is
 * followed by others at 9:00, summer time or not. Waiting phases (cold, after) open some weeks
 * after their starting point; reminders go 3 days after the first mail, then 4 days after the first
 * reminder (7 days after the first mail), then stop.
 */
final class SurveyTiming {

  static final int FIRST_REMINDER_DAYS = 3;
  static final int SECOND_REMINDER_DAYS = 4; // after the first reminder: day 7
  static final int MAX_MAILS = 3;

  private SurveyTiming() {}

  /**
   * When an invitation opens: at once for the hot and before phases; weeks after {@code from} (the
   * completion for cold, the session's start for after) for the waiting ones.
   */
  static Instant opensAt(Phase phase, int weeksAfter, Instant from, Instant now) {
    return phase.waits() ? from.atZone(ClockProducer.PARIS).plusWeeks(weeksAfter).toInstant() : now;
  }

  /** When the next reminder is due after {@code mailsSent} mails, the last one at lastMailAt. */
  static Instant reminderDueAt(int mailsSent, Instant lastMailAt) {
    return lastMailAt.atZone(ClockProducer.PARIS).plusDays(gapAfter(mailsSent)).toInstant();
  }

  /**
   * The latest last mail for which a reminder is due now: the same rule as reminderDueAt, turned
   * round for the database query.
   */
  static Instant lastMailDueBy(int mailsSent, Instant now) {
    return now.atZone(ClockProducer.PARIS).minusDays(gapAfter(mailsSent)).toInstant();
  }

  private static int gapAfter(int mailsSent) {
    return switch (mailsSent) {
      case 1 -> FIRST_REMINDER_DAYS;
      case 2 -> SECOND_REMINDER_DAYS;
      default -> throw new IllegalArgumentException("no reminder after " + mailsSent + " mails");
    };
  }
}
