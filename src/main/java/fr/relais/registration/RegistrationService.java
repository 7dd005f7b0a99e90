package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.Actor;
import fr.relais.kernel.audit.AuditService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Registers, cancels and promotes, one session at a time: each operation locks the session's row,
 * so seats, waitlist order and "one registration per person" hold however many people click at
 * once. Mails are queued in the same transaction and sent after it commits.
 *
 * <p>Who may do what (checked here, whatever the page shows): a participant registers and cancels
 * only themselves; adding by hand, promoting and cancelling someone else's registration are for
 * coordinators and administrators, on any session. A session's trainers see its registrations but
 * change none (as the page has always offered them).
 */
@Stateless
public class RegistrationService {

  @Inject private RegistrationRepository registrations;
  @Inject private AccountRepository accounts;
  @Inject private RegistrationMails mails;
  @Inject private MailSettings settings;
  @Inject private AuditService audit;
  @Inject private Actor actor;
  @Inject private Clock clock;
  @Inject private Event<SeatConfirmed> seatConfirmed;
  @Inject private Event<ArrangementAsked> arrangementAsked;

  /**
   * Registers the person: confirmed if a seat of their kind is free, waitlisted otherwise.
   * Registering again returns the existing registration, never a second one. The caller registers
   * themselves: nobody registers someone else this way (coordinators use {@link #addByHand}).
   */
  public RegistrationOutcome register(Caller by, long sessionId, String invitationCode) {
    return register(by, sessionId, invitationCode, null);
  }

  /**
   * The same with the box's answers: the trainee category, required when {@link CategoryQuestion}
   * asks it, and an arrangement request. Null answers (callers that ask nothing) store only what
   * Relais derives; the BPF warns of a training registration left without a category.
   */
  public RegistrationOutcome register(
      Caller by, long sessionId, String invitationCode, RegistrationAnswers answers) {
    long accountId = by.accountId();
    // The rules are checked before taking the lock: a refusal never waits for the crowd.
    Session session =
        registrations
            .session(sessionId)
            .orElseThrow(() -> new NotFoundException("session " + sessionId));
    Account person = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
    Instant now = clock.instant();
    var existing = registrations.live(sessionId, accountId);
    if (existing.isPresent()) {
      return new RegistrationOutcome(
          existing.get(), false, registrations.waitlistPosition(existing.get()));
    }
    RegistrationPolicy.refusal(session, person, invitationCode, now)
        .ifPresent(
            refusal -> {
              throw refusal;
            });
    if (answers != null) {
      List<FieldError> errors =
          answers.problems(CategoryQuestion.asked(session, person.getStatus()));
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
    }
    // From here on the session's row is locked: as few statements as possible until the commit.
    var row = registrations.lockSeats(sessionId);
    if (row.status() != SessionStatus.PUBLISHED) {
      throw new BusinessException("registration.sessionNotOpen"); // cancelled meanwhile
    }
    return enrol(
        session, person, row, RegistrationPolicy.isInvited(session, invitationCode), now, answers);
  }

  /** A coordinator adds someone by hand: no window or audience rule, but seats as for anyone. */
  public RegistrationOutcome addByHand(Caller by, long sessionId, String email) {
    by.mustCoordinate();
    Session session = lock(sessionId);
    if (session.getStatus() != SessionStatus.PUBLISHED
        && session.getStatus() != SessionStatus.DRAFT) {
      throw new BusinessException("registration.sessionNotOpen");
    }
    if (!RegistrationPolicy.staffMayChange(session, clock.instant())) {
      throw new BusinessException("registration.sessionStarted"); // as the page: no more adding
    }
    Account person =
        accounts
            .findByEmail(email == null ? "" : email)
            .orElseThrow(() -> BusinessException.onField("email", "registration.unknownAccount"));
    var existing = registrations.live(sessionId, person.getId());
    if (existing.isPresent()) {
      return new RegistrationOutcome(
          existing.get(), false, registrations.waitlistPosition(existing.get()));
    }
    RegistrationOutcome outcome =
        enrol(session, person, registrations.lockSeats(sessionId), false, clock.instant(), null);
    if (!outcome.created()) {
      return outcome;
    }
    audit.record(
        "registration",
        outcome.registration().getId(),
        "ADDED_BY_HAND",
        "account " + person.getId());
    return outcome;
  }

  /**
   * Under the session's row lock: the seat is decided from the locked row, and one statement
   * inserts the registration (and takes its seat, or checks the waitlist's limit and returns the
   * place); then the mail row. The unique index on live registrations turns a second click that got
   * here into the existing registration.
   */
  private RegistrationOutcome enrol(
      Session session,
      Account person,
      RegistrationRepository.SeatRow row,
      boolean invited,
      Instant now,
      RegistrationAnswers answers) {
    Seat seat = row.seatFor(person.isStudent());
    Registration registration = new Registration(session, person, seat, invited, now);
    categorise(registration, session, person, answers);
    var inserted =
        seat != null
            ? registrations.insertSeated(registration)
            : registrations.insertWaiting(registration, row.waitlistLimit());
    if (inserted.isEmpty()) {
      var existing = registrations.live(session.getId(), person.getId());
      if (existing.isPresent()) { // a second click won meanwhile
        return new RegistrationOutcome(
            existing.get(), false, registrations.waitlistPosition(existing.get()));
      }
      if (seat != null) {
        throw new IllegalStateException("no registration inserted for a free seat");
      }
      throw new BusinessException("registration.waitlistFull");
    }
    registration.inserted(inserted.get().id(), inserted.get().rank());
    if (answers != null && answers.arrangement()) {
      arrangementAsked.fire(
          new ArrangementAsked(registrations.managed(registration), answers.arrangementNeed()));
    }
    int position = inserted.get().waitlistPosition();
    if (seat != null) {
      mails.confirmed(registration);
      seatConfirmed.fire(
          new SeatConfirmed(
              registration.getId(), session.getId(), person.getId(), row.ofRequest()));
    } else {
      mails.waitlisted(registration, position);
    }
    return new RegistrationOutcome(registration, true, position);
  }

  /** BPF frame F-1: derived when Relais can tell, else as declared (training actions only). */
  private static void categorise(
      Registration registration, Session session, Account person, RegistrationAnswers answers) {
    var derived = CategoryQuestion.derived(session, person.getStatus());
    if (derived.isPresent()) {
      registration.categorise(derived.get(), CategorySource.DERIVED);
    } else if (session.getActivity().isTrainingAction()
        && answers != null
        && answers.category() != null) {
      registration.categorise(answers.category(), CategorySource.DECLARED);
    }
  }

  /** The caller cancels their own registration, until the session's deadline. */
  public Registration cancelOwn(Caller by, long sessionId) {
    long accountId = by.accountId();
    Session session = lock(sessionId);
    Registration registration =
        registrations
            .live(sessionId, accountId)
            .orElseThrow(() -> new NotFoundException("registration"));
    if (registration.getStatus() == RegistrationStatus.CONFIRMED
        && !RegistrationPolicy.mayCancelThemselves(session, clock.instant())) {
      throw new BusinessException("registration.cancelTooLate", settings.contactEmail());
    }
    cancel(session, registration, actor.name(), null);
    return registration;
  }

  /**
   * Frees every seat the person holds or waits for in sessions not yet started, for an account
   * being erased: the waitlist moves up as for any cancellation. Takes no caller: only {@code
   * privacy.ErasureService} calls it, which checks who may erase (the person themselves, or the
   * nightly retention job).
   */
  public int withdrawFromUpcoming(long accountId, String reason) {
    List<Long> sessions = registrations.upcomingSessionsOf(accountId, clock.instant());
    for (long sessionId : sessions) {
      Session session = lock(sessionId);
      registrations
          .live(sessionId, accountId)
          .ifPresent(r -> cancel(session, r, actor.name(), reason));
    }
    return sessions.size();
  }

  /** A coordinator cancels anyone's registration, with a reason, before the session starts. */
  public Registration cancelByCoordinator(Caller by, long registrationId, String reason) {
    by.mustCoordinate();
    if (reason == null || reason.isBlank()) {
      throw BusinessException.onField("reason", "registration.reasonRequired");
    }
    Registration found =
        registrations.find(registrationId).orElseThrow(() -> new NotFoundException("registration"));
    Session session = lock(found.getSession().getId());
    if (!found.isLive()) {
      throw new BusinessException("registration.alreadyCancelled");
    }
    if (!RegistrationPolicy.staffMayChange(session, clock.instant())) {
      throw new BusinessException("registration.sessionStarted");
    }
    cancel(session, found, actor.name(), reason.strip());
    audit.record("registration", registrationId, "CANCELLED_BY_COORDINATOR", reason.strip());
    return found;
  }

  /**
   * A coordinator moves one person up from the waitlist, if a seat for them is free, before the
   * session starts.
   */
  public Registration promote(Caller by, long registrationId) {
    by.mustCoordinate();
    Registration found =
        registrations.find(registrationId).orElseThrow(() -> new NotFoundException("registration"));
    Session session = lock(found.getSession().getId());
    if (found.getStatus() != RegistrationStatus.WAITLISTED) {
      throw new BusinessException("registration.notWaitlisted");
    }
    if (!RegistrationPolicy.staffMayChange(session, clock.instant())) {
      throw new BusinessException("registration.sessionStarted");
    }
    Seat seat = registrations.claimSeat(found.getSession().getId(), found.getAccount().isStudent());
    if (seat == null) {
      throw new BusinessException("registration.noSeatFree");
    }
    found.confirm(seat, clock.instant());
    mails.promoted(found);
    seated(found);
    audit.record("registration", registrationId, "PROMOTED_BY_COORDINATOR", null);
    return found;
  }

  private void cancel(Session session, Registration registration, String by, String reason) {
    Seat freed = registration.cancel(by, reason, clock.instant());
    mails.cancelled(registration, freed != null);
    if (freed != null) {
      registrations.releaseSeat(session.getId(), freed);
      fillFreeSeats(session);
    }
  }

  /**
   * Gives free seats to the waitlist, in registration order: each person in turn takes a seat of a
   * kind they may hold (a professional never takes a seat kept for students). Called in the
   * transaction that freed the seat.
   */
  public void fillFreeSeats(Session session) {
    for (Registration waiting : registrations.waitlist(session.getId())) {
      if (!registrations.freeSeats(session.getId()).anyLeft()) {
        return;
      }
      Seat seat = registrations.claimSeat(session.getId(), waiting.getAccount().isStudent());
      if (seat != null) {
        waiting.confirm(seat, clock.instant());
        mails.promoted(waiting);
        seated(waiting);
      }
    }
  }

  private void seated(Registration r) {
    seatConfirmed.fire(
        new SeatConfirmed(r.getId(), r.getSession().getId(), r.getAccount().getId()));
  }

  private Session lock(long sessionId) {
    return registrations
        .lockSession(sessionId)
        .orElseThrow(() -> new NotFoundException("session " + sessionId));
  }
}
