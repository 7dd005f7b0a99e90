package fr.relais.quiz;

import fr.relais.kernel.ClockProducer;
import java.time.Instant;
import java.util.Optional;

/**
 * When the quiz may be answered (Qualiopi indicator 11, before and after): "before" from the
 * confirmed registration until the session starts (the start minute itself is too late); "after"
 * from the session's end, for those present at least one half-day, for {@code afterDays} calendar
 * days in Paris (the same clock time N days later, whatever the clocks do in between).
 */
public final class QuizWindow {

  private QuizWindow() {}

  /** The phase open at that instant, if any. */
  public static Optional<QuizPhase> openAt(
      Instant now,
      Instant startsAt,
      Instant endsAt,
      int afterDays,
      boolean confirmed,
      boolean cancelledSession,
      boolean attended) {
    if (!confirmed || cancelledSession) {
      return Optional.empty();
    }
    if (now.isBefore(startsAt)) {
      return Optional.of(QuizPhase.BEFORE);
    }
    if (attended && !now.isBefore(endsAt) && now.isBefore(afterClosesAt(endsAt, afterDays))) {
      return Optional.of(QuizPhase.AFTER);
    }
    return Optional.empty();
  }

  /** The first instant the "after" quiz is closed. */
  public static Instant afterClosesAt(Instant endsAt, int afterDays) {
    return endsAt.atZone(ClockProducer.PARIS).plusDays(afterDays).toInstant();
  }
}
