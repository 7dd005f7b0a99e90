package fr.relais.scheduling;

import java.time.Instant;
import java.util.Set;

/**
 * Everything a coordinator decides about a session, whether typed on a page or sent to the API.
 * Registration dates left null take defaults (open now, close at the start, cancel up to 24 h
 * before); a waitlist limit left null is the capacity.
 */
public record SessionPlan(
    Long activityId,
    Instant start,
    Instant end,
    SessionMode mode,
    Long roomId,
    String videoLink,
    int capacity,
    int studentSeats,
    Set<Long> trainerIds,
    Instant registrationOpensAt,
    Instant registrationClosesAt,
    Instant cancellationDeadline,
    Long reservedForSiteId,
    Integer waitlistLimit) {

  public SessionPlan {
    trainerIds = trainerIds == null ? Set.of() : Set.copyOf(trainerIds);
  }

  /** A plan whose waitlist holds as many people as the session has seats. */
  public SessionPlan(
      Long activityId,
      Instant start,
      Instant end,
      SessionMode mode,
      Long roomId,
      String videoLink,
      int capacity,
      int studentSeats,
      Set<Long> trainerIds,
      Instant registrationOpensAt,
      Instant registrationClosesAt,
      Instant cancellationDeadline,
      Long reservedForSiteId) {
    this(
        activityId,
        start,
        end,
        mode,
        roomId,
        videoLink,
        capacity,
        studentSeats,
        trainerIds,
        registrationOpensAt,
        registrationClosesAt,
        cancellationDeadline,
        reservedForSiteId,
        null);
  }

  /** The same plan on other dates (an occurrence of a series). */
  public SessionPlan at(Instant newStart, Instant newEnd) {
    return new SessionPlan(
        activityId,
        newStart,
        newEnd,
        mode,
        roomId,
        videoLink,
        capacity,
        studentSeats,
        trainerIds,
        null,
        null,
        null,
        reservedForSiteId,
        waitlistLimit);
  }
}
