package fr.relais.registration;

import fr.relais.kernel.ClockProducer;
import java.time.OffsetDateTime;

/** A registration as the API shows it to its owner. */
public record RegistrationJson(
    long id,
    long sessionId,
    String title,
    OffsetDateTime start,
    OffsetDateTime end,
    String status,
    Integer waitlistPosition) {

  static RegistrationJson of(Registration r, int position) {
    var s = r.getSession();
    return new RegistrationJson(
        r.getId(),
        s.getId(),
        s.getActivity().getTitle(),
        s.getStartsAt().atZone(ClockProducer.PARIS).toOffsetDateTime(),
        s.getEndsAt().atZone(ClockProducer.PARIS).toOffsetDateTime(),
        r.getStatus().name(),
        r.getStatus() == RegistrationStatus.WAITLISTED ? position : null);
  }
}
