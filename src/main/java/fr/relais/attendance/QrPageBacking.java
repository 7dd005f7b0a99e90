package fr.relais.attendance;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.registration.RosterAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;

/**
 * The check-in QR code full screen, for the trainer to show the room; the page refreshes it as the
 * code changes. Roles: TRAINER of the session, COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class QrPageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AttendanceService attendance;
  @Inject private RosterAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private String id;
  private long sessionId;

  public void load() throws IOException {
    sessionId = Ids.parse(id).orElse(0L);
    if (sessionId == 0) {
      Pages.notFound();
    } else if (!access.allows(sessionId)) {
      Pages.forbidden();
    }
  }

  /** The current code, or null once the session is closed. */
  public String getCode() {
    try {
      return attendance.currentCode(currentUser.caller(), sessionId);
    } catch (BusinessException closed) {
      return null;
    }
  }

  /** Changes the image address with the code so that no browser shows a stale QR code. */
  public long getStamp() {
    return clock.millis() / CheckInCodes.STEP.toMillis();
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
