package fr.relais.attendance;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Where the QR code leads (/attendance/checkin?s=…&c=…): checks the participant in on arrival; a
 * code can also be typed (videoconference). Roles: PARTICIPANT.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AttendanceService attendance;
  @Inject private CurrentUser currentUser;
  @Inject private AttendanceRepository repository;

  private String s;
  private String c;
  private String code;
  private boolean done;
  private String title;

  /** On arrival from a QR code: check in at once. */
  public void arrive() {
    title =
        Ids.parse(s)
            .flatMap(repository::findSession)
            .map(session -> session.getActivity().getTitle())
            .orElse(null);
    if (title != null && c != null && !c.isBlank()) {
      checkIn(c, CheckInMethod.QR);
    }
  }

  public void submit() {
    checkIn(code, CheckInMethod.CODE);
  }

  private void checkIn(String value, CheckInMethod method) {
    long sessionId = Ids.parse(s).orElse(0L);
    try {
      AttendanceStatus status = attendance.checkIn(currentUser.caller(), sessionId, value, method);
      Feedback.info(
          status == AttendanceStatus.LATE ? "attendance.checkedInLate" : "attendance.checkedIn");
      done = true;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "checkin");
    }
  }

  public String getS() {
    return s;
  }

  public void setS(String s) {
    this.s = s;
  }

  public String getC() {
    return c;
  }

  public void setC(String c) {
    this.c = c;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  /** The session's title, or null when the link names no session. */
  public String getTitle() {
    return title;
  }

  public boolean isDone() {
    return done;
  }
}
