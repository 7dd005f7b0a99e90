package fr.relais.scheduling;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.people.Account;
import fr.relais.people.Role;
import fr.relais.site.Room;
import fr.relais.site.Site;
import fr.relais.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a plan into a session's state: checks the rules, the trainers and the reserved
 * establishment, refuses conflicts, then writes. Shared by single sessions and series, always
 * inside their transaction.
 */
@ApplicationScoped
public class SessionAssembler {

  @Inject private SessionRepository sessions;
  @Inject private SiteRepository sites;
  @Inject private SchedulingGuard guard;
  @Inject private InvitationCodes invitationCodes;
  @Inject private Clock clock;

  /** Checks the plan and writes it on the session; throws every field error at once. */
  public void apply(Session session, SessionPlan plan, boolean startMayBePast) {
    List<FieldError> errors = problems(plan, startMayBePast);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Room room = roomOf(plan);
    Set<Account> trainers = new HashSet<>(sessions.accounts(plan.trainerIds()));
    Site reservedFor =
        plan.reservedForSiteId() == null ? null : sites.site(plan.reservedForSiteId()).get();
    guard.refuseConflicts(plan, room, session.getId());

    session.reschedule(plan.start(), plan.end());
    session.setMode(plan.mode());
    session.placeIn(room == null ? null : room.getSite(), room);
    session.setVideoLink(plan.mode().needsLink() ? plan.videoLink().strip() : null);
    session.setSeats(plan.capacity(), plan.studentSeats());
    session.setWaitlistLimit(plan.waitlistLimit());
    session.replaceTrainers(trainers);
    session.setRegistrationWindow(
        plan.registrationOpensAt() != null ? plan.registrationOpensAt() : clock.instant(),
        plan.registrationClosesAt() != null ? plan.registrationClosesAt() : plan.start(),
        plan.cancellationDeadline() != null
            ? plan.cancellationDeadline()
            : SessionRules.defaultCancellationDeadline(plan.start()));
    if (reservedFor == null) {
      session.reserveFor(null, null);
    } else if (!reservedFor.equals(session.getReservedFor())) {
      session.reserveFor(reservedFor, invitationCodes.next());
    }
  }

  /**
   * Everything wrong with the plan's fields, all at once (so a form shows every message in one
   * round); conflicts with other sessions are looked for only once the fields are right.
   */
  public List<FieldError> problems(SessionPlan plan, boolean startMayBePast) {
    Room room = roomOf(plan);
    List<FieldError> errors =
        new ArrayList<>(
            SessionRules.check(
                plan, room == null ? null : room.getCapacity(), clock.instant(), startMayBePast));
    if (room == null && plan.mode() != null && plan.mode().needsRoom() && plan.roomId() != null) {
      errors.add(new FieldError("room", "session.room.unknown"));
    }
    Set<Account> trainers = new HashSet<>(sessions.accounts(plan.trainerIds()));
    if (trainers.size() != plan.trainerIds().size()
        || trainers.stream().anyMatch(t -> !t.getRoles().contains(Role.TRAINER))) {
      errors.add(new FieldError("trainers", "session.trainers.unknown"));
    }
    if (plan.reservedForSiteId() != null
        && sites.site(plan.reservedForSiteId()).filter(Site::isPartner).isEmpty()) {
      errors.add(new FieldError("reservedFor", "session.reservedFor.notPartner"));
    }
    return errors;
  }

  private Room roomOf(SessionPlan plan) {
    return plan.mode() != null && plan.mode().needsRoom() && plan.roomId() != null
        ? sites.room(plan.roomId()).orElse(null)
        : null;
  }
}
