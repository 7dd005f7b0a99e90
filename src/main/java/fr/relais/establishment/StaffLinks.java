package fr.relais.establishment;

import fr.relais.registration.SeatConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When someone of a staff list takes a seat in the day, their invitation is linked to the account
 * they signed in or up with (matched by e-mail), in the same transaction.
 */
@ApplicationScoped
public class StaffLinks {

  @Inject private StaffRepository queries;

  public void onSeated(@Observes SeatConfirmed seated) {
    if (seated.maybeStaff()) { // a session of no establishment has no staff list to link
      queries.link(seated.sessionId(), seated.accountId());
    }
  }
}
