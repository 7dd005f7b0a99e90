package fr.relais.attendance;

import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
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
 * The check-in QR code on a projector, full screen: the session's title, the code in large type and
 * how many people have checked in, refreshed as the code changes and people scan it. Roles: TRAINER
 * of the session, COORDINATOR, ADMIN.
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
  private AttendanceService.Projection now;

  public void load() throws IOException {
    sessionId = Ids.parse(id).orElse(0L);
    if (sessionId == 0) {
      Pages.notFound();
    } else if (!access.allows(sessionId)) {
      Pages.forbidden();
    } else {
      try {
        refresh();
      } catch (NotFoundException gone) {
        Pages.notFound();
      }
    }
  }

  /** Reads the code and the count again (the page polls every few seconds). */
  public void refresh() {
    now = attendance.projection(currentUser.caller(), sessionId);
  }

  /** The current code, or null once the session is closed. */
  public String getCode() {
    return now == null ? null : now.code();
  }

  public String getTitle() {
    return now == null ? "" : now.title();
  }

  public long getCheckedIn() {
    return now == null ? 0 : now.checkedIn();
  }

  public long getConfirmed() {
    return now == null ? 0 : now.confirmed();
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
