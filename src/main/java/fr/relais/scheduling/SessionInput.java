package fr.relais.scheduling;

import java.time.OffsetDateTime;
import java.util.Set;

/** A session as the write API receives it (JSON). Times are ISO-8601 with their offset. */
public record SessionInput(
    Long activityId,
    OffsetDateTime start,
    OffsetDateTime end,
    SessionMode mode,
    Long roomId,
    String videoLink,
    Integer capacity,
    Integer studentSeats,
    Set<Long> trainerIds,
    OffsetDateTime registrationOpensAt,
    OffsetDateTime registrationClosesAt,
    OffsetDateTime cancellationDeadline,
    Long reservedForSiteId,
    Boolean publish,
    Integer waitlistLimit) {

  SessionPlan toPlan() {
    return new SessionPlan(
        activityId,
        start == null ? null : start.toInstant(),
        end == null ? null : end.toInstant(),
        mode,
        roomId,
        videoLink,
        capacity == null ? 0 : capacity,
        studentSeats == null ? 0 : studentSeats,
        trainerIds,
        registrationOpensAt == null ? null : registrationOpensAt.toInstant(),
        registrationClosesAt == null ? null : registrationClosesAt.toInstant(),
        cancellationDeadline == null ? null : cancellationDeadline.toInstant(),
        reservedForSiteId,
        waitlistLimit);
  }
}
