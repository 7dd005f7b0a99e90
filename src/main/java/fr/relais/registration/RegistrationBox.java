package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.people.Account;
import fr.relais.people.Role;
import fr.relais.scheduling.Session;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the session page shows a signed-in person about registering: their registration if any (with
 * the videoconference link once confirmed), the seats, and why they may not register.
 */
public record RegistrationBox(
    long sessionId,
    boolean participant,
    Long registrationId,
    RegistrationStatus status,
    int position,
    int seatsLeft,
    long waitlistLength,
    String refusalKey,
    Object[] refusalArguments,
    boolean needsInvitationCode,
    boolean mayCancel,
    String videoLink,
    boolean checkInOpen)
    implements Serializable {

  static RegistrationBox of(
      Session s, Account me, Registration mine, int position, long waitlist, Instant now) {
    boolean participant = me.getRoles().contains(Role.PARTICIPANT);
    String refusalKey = null;
    Object[] refusalArguments = new Object[0];
    boolean needsCode = false;
    if (mine == null && participant) {
      var refusal = RegistrationPolicy.refusal(s, me, null, now);
      if (refusal.isPresent()) {
        BusinessException why = refusal.get();
        needsCode = "registration.restricted".equals(why.getMessageKey());
        refusalKey = why.getMessageKey();
        refusalArguments = why.getArguments();
      } else if (s.getCapacity() <= s.getSeatsTaken()
          && RegistrationPolicy.waitlistFull(s, waitlist)) {
        refusalKey = "registration.waitlistFull";
      }
    }
    boolean confirmed = mine != null && mine.getStatus() == RegistrationStatus.CONFIRMED;
    return new RegistrationBox(
        s.getId(),
        participant,
        mine == null ? null : mine.getId(),
        mine == null ? null : mine.getStatus(),
        position,
        Math.max(0, s.getCapacity() - s.getSeatsTaken()),
        waitlist,
        refusalKey,
        refusalArguments,
        needsCode,
        mine != null && (!confirmed || RegistrationPolicy.mayCancelThemselves(s, now)),
        confirmed ? s.getVideoLink() : null,
        confirmed && s.isCheckInOpenAt(now));
  }

  public boolean isRegistered() {
    return registrationId != null;
  }

  public boolean isConfirmed() {
    return status == RegistrationStatus.CONFIRMED;
  }

  public boolean isWaitlisted() {
    return status == RegistrationStatus.WAITLISTED;
  }

  /** The person may press "register" (possibly typing a code first). */
  public boolean isOpen() {
    return participant && registrationId == null && (refusalKey == null || needsInvitationCode);
  }

  public boolean isFull() {
    return seatsLeft == 0;
  }

  public String getRefusalKey() {
    return refusalKey;
  }

  public Object[] getRefusalArguments() {
    return refusalArguments;
  }

  public int getPosition() {
    return position;
  }

  public int getSeatsLeft() {
    return seatsLeft;
  }

  public long getWaitlistLength() {
    return waitlistLength;
  }

  public boolean isNeedsInvitationCode() {
    return needsInvitationCode;
  }

  /** Confirmed and the session is on: the page offers to check in with the code. */
  public boolean isCheckInOpen() {
    return checkInOpen;
  }

  public boolean isMayCancel() {
    return mayCancel;
  }

  public boolean isParticipant() {
    return participant;
  }

  public String getVideoLink() {
    return videoLink;
  }
}
