package fr.relais.registration;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Keeps registrations in step when a coordinator changes or cancels a session. */
@ApplicationScoped
public class SeatKeeper implements SessionListener {

  @Inject private RegistrationRepository registrations;
  @Inject private RegistrationService service;
  @Inject private RegistrationMails mails;
  @Inject private Clock clock;

  /** Fewer seats than people already holding one would overbook: refused, naming the count. */
  @Override
  public void seatsChanging(Session session, int newCapacity, int newStudentSeats) {
    registrations.lockSession(session.getId());
    SeatCounts taken = registrations.takenSeats(session.getId());
    if (!taken.fitIn(newCapacity, newStudentSeats)) {
      throw new InvalidInput(
          List.of(
              new FieldError("capacity", "registration.capacityBelowConfirmed", taken.total())));
    }
  }

  @Override
  public void seatsChanged(Session session) {
    service.fillFreeSeats(session);
  }

  @Override
  public void cancelled(Session session, String reason) {
    for (Registration r : registrations.live(session.getId())) {
      Seat freed = r.cancel("association", reason, clock.instant());
      if (freed != null) {
        registrations.releaseSeat(session.getId(), freed);
      }
      mails.sessionCancelled(r, freed != null, reason);
    }
  }
}
