package fr.relais.scheduling;

import fr.relais.kernel.ClockProducer;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/** A session as coordinators see it through the API: every status, its place and trainers. */
public record ManagedSessionJson(
    long id,
    long activityId,
    String title,
    String status,
    OffsetDateTime start,
    OffsetDateTime end,
    String mode,
    Long roomId,
    String videoLink,
    int capacity,
    int studentSeats,
    Set<Long> trainerIds,
    Long reservedForSiteId,
    String invitationCode,
    String cancelReason,
    Long seriesId) {

  static ManagedSessionJson of(Session s) {
    return new ManagedSessionJson(
        s.getId(),
        s.getActivity().getId(),
        s.getActivity().getTitle(),
        s.getStatus().name(),
        s.getStartsAt().atZone(ClockProducer.PARIS).toOffsetDateTime(),
        s.getEndsAt().atZone(ClockProducer.PARIS).toOffsetDateTime(),
        s.getMode().name(),
        s.getRoom() == null ? null : s.getRoom().getId(),
        s.getVideoLink(),
        s.getCapacity(),
        s.getStudentSeats(),
        s.getTrainers().stream().map(t -> t.getId()).collect(Collectors.toSet()),
        s.getReservedFor() == null ? null : s.getReservedFor().getId(),
        s.getInvitationCode(),
        s.getCancelReason(),
        s.getSeries() == null ? null : s.getSeries().getId());
  }
}
