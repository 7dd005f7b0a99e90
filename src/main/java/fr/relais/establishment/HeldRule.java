package fr.relais.establishment;

import fr.relais.scheduling.SessionStatus;
import java.time.Instant;
import java.util.List;

/**
 * When Relais itself records a scheduled request as held: it has at least one session that was not
 * cancelled, and each of those is completed or has ended (its planned end at or before now). A
 * trainer who forgets to complete the day does not keep the request waiting.
 */
public final class HeldRule {

  /** What the rule needs of one of the request's sessions. */
  public record Day(SessionStatus status, Instant endsAt) {}

  private HeldRule() {}

  public static boolean isHeld(List<Day> sessions, Instant now) {
    List<Day> kept = sessions.stream().filter(d -> d.status() != SessionStatus.CANCELLED).toList();
    return !kept.isEmpty()
        && kept.stream()
            .allMatch(d -> d.status() == SessionStatus.COMPLETED || !d.endsAt().isAfter(now));
  }
}
