package fr.relais.registration;

import fr.relais.scheduling.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Reads a session's registrations for its staff page, in three queries. */
@ApplicationScoped
public class StaffRosters {

  @Inject private RegistrationRepository registrations;
  @Inject private Clock clock;

  /** The roster of the session; the caller checks who may read it ({@link RosterAccess}). */
  public StaffRoster of(Session session) {
    boolean started = !RegistrationPolicy.staffMayChange(session, clock.instant());
    return StaffRoster.of(
        registrations.all(session.getId()),
        started ? registrations.attendanceOfSession(session.getId()) : java.util.Map.of(),
        started);
  }
}
