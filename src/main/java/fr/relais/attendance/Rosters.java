package fr.relais.attendance;

import fr.relais.kernel.NotFoundException;
import fr.relais.registration.RosterAccess;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads a session's sign-in sheet, for its trainers and coordinators only. */
@ApplicationScoped
public class Rosters {

  @Inject private SessionRepository sessions;
  @Inject private AttendanceRepository attendance;
  @Inject private RosterAccess access;

  public RosterView of(long sessionId) {
    Session s =
        sessions
            .findComplete(sessionId)
            .orElseThrow(() -> new NotFoundException("session " + sessionId));
    access.check(sessionId);
    return build(s);
  }

  /**
   * The roster of a day an establishment booked, for its contacts: the caller was checked by the
   * establishment's service (its own establishment only), which shows marks, never answers.
   */
  public RosterView forEstablishment(long sessionId) {
    return forVerification(sessionId);
  }

  /**
   * The roster without the caller's check: only for the public verification of a locked sheet,
   * which shows counts and the trainer's name, never a participant's.
   */
  RosterView forVerification(long sessionId) {
    return build(
        sessions
            .findComplete(sessionId)
            .orElseThrow(() -> new NotFoundException("session " + sessionId)));
  }

  private RosterView build(Session s) {
    long sessionId = s.getId();
    String place =
        s.getSite() == null
            ? "Visioconférence"
            : s.getSite().getName() + (s.getRoom() == null ? "" : " – " + s.getRoom().getName());
    return RosterView.of(
        s,
        attendance.confirmed(sessionId),
        attendance.lines(sessionId),
        attendance.signatures(sessionId),
        place);
  }
}
