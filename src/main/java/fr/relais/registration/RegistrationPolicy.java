package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.people.Account;
import fr.relais.people.EmailAddress;
import fr.relais.people.Role;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may register for a session, and until when they may cancel. Pure rules: given the session,
 * the person, the invitation code they typed and the time, the refusal if any.
 */
public final class RegistrationPolicy {

  private RegistrationPolicy() {}

  /** Why the person may not register, or empty when they may. */
  public static Optional<BusinessException> refusal(
      Session session, Account person, String invitationCode, Instant now) {
    if (!person.getRoles().contains(Role.PARTICIPANT) || person.getStatus() == null) {
      return Optional.of(BusinessException.forbidden("registration.notParticipant"));
    }
    if (session.getStatus() == SessionStatus.CANCELLED) {
      return Optional.of(new BusinessException("registration.sessionCancelled"));
    }
    if (session.getStatus() != SessionStatus.PUBLISHED || !session.getStartsAt().isAfter(now)) {
      return Optional.of(new BusinessException("registration.sessionNotOpen"));
    }
    if (session.getRegistrationOpensAt() != null
        && now.isBefore(session.getRegistrationOpensAt())) {
      return Optional.of(
          new BusinessException("registration.windowNotOpen", session.getRegistrationOpensAt()));
    }
    if (session.getRegistrationClosesAt() != null
        && !now.isBefore(session.getRegistrationClosesAt())) {
      return Optional.of(new BusinessException("registration.windowClosed"));
    }
    if (!session.getActivity().getAudience().admits(person.getStatus())) {
      return Optional.of(BusinessException.forbidden("registration.wrongAudience"));
    }
    if (session.getReservedFor() != null && !belongsTo(session, person, invitationCode)) {
      return Optional.of(
          BusinessException.forbidden(
              "registration.restricted", session.getReservedFor().getName()));
    }
    return Optional.empty();
  }

  /** A reserved session is open to the establishment's e-mail domain, or with its code. */
  public static boolean belongsTo(Session session, Account person, String invitationCode) {
    String domain = session.getReservedFor().getEmailDomain();
    boolean staff = domain != null && EmailAddress.domainOf(person.getEmail()).equals(domain);
    return staff || isInvited(session, invitationCode);
  }

  public static boolean isInvited(Session session, String invitationCode) {
    return invitationCode != null
        && session.getInvitationCode() != null
        && session.getInvitationCode().equalsIgnoreCase(invitationCode.strip());
  }

  /**
   * Whether one more person without a seat would be refused: the session's waitlist already holds
   * as many people as it may (by default as many as its seats).
   */
  public static boolean waitlistFull(Session session, long waitlistLength) {
    return waitlistLength >= session.getWaitlistLimit();
  }

  /** Participants cancel themselves until the session's deadline; afterwards they call. */
  public static boolean mayCancelThemselves(Session session, Instant now) {
    Instant deadline =
        session.getCancellationDeadline() != null
            ? session.getCancellationDeadline()
            : session.getStartsAt();
    return now.isBefore(deadline) && session.getStatus() == SessionStatus.PUBLISHED;
  }

  /**
   * Staff cancel or move up someone's registration only before the session starts: from then on the
   * registrations are the sign-in sheet's, and what happened is attendance, not a cancellation.
   */
  public static boolean staffMayChange(Session session, Instant now) {
    return session.getStartsAt().isAfter(now);
  }
}
