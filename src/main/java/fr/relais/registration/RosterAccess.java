package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may see a session's registrations: coordinators and administrators, and the trainers of that
 * very session (not another trainer's).
 */
@RequestScoped
public class RosterAccess {

  @Inject private CurrentUser currentUser;
  @Inject private RegistrationRepository registrations;

  public boolean allows(long sessionId) {
    return isCoordinator() || leads(sessionId);
  }

  public void check(long sessionId) {
    if (!allows(sessionId)) {
      throw BusinessException.forbidden("registration.notYourSession");
    }
  }

  /** The signed-in person is one of the session's trainers. */
  public boolean leads(long sessionId) {
    return currentUser.has(Role.TRAINER_ROLE)
        && currentUser
            .account()
            .map(me -> registrations.isTrainerOf(me.getId(), sessionId))
            .orElse(false);
  }

  public boolean isCoordinator() {
    return currentUser.has(Role.COORDINATOR_ROLE) || currentUser.has(Role.ADMIN_ROLE);
  }
}
