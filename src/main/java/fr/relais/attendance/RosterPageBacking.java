package fr.relais.attendance;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.registration.RosterAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

/**
 * The roster of a session, on the trainer's phone: per half-day, a big button per status for each
 * participant, a signature pad to hand over, the trainer's own signature that locks the half-day,
 * the sheet as PDF, and completion. Roles: the session's TRAINER, COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class RosterPageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Rosters rosters;
  @Inject private AttendanceService attendance;
  @Inject private RosterAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private AuditService audit;
  @Inject private fr.relais.arrangement.ArrangementService arrangements;

  private String id;
  private long sessionId;
  private int halfDay;
  private RosterView roster;
  private Long signing;
  private String signature;
  private String trainerSignature;
  private java.util.Set<Long> arranged = java.util.Set.of();

  public void load() throws IOException {
    sessionId = Ids.parse(id).orElse(0L);
    if (sessionId == 0) {
      Pages.notFound();
      return;
    }
    if (!access.allows(sessionId)) {
      Pages.forbidden();
      return;
    }
    try {
      roster = rosters.of(sessionId);
    } catch (fr.relais.kernel.NotFoundException gone) {
      Pages.notFound();
      return;
    }
    audit.viewed("session", sessionId, "sign-in-sheet");
    arranged = arrangements.plannedIn(sessionId);
    // The half-day under way (or the nearest), so the trainer lands where check-ins go.
    halfDay = HalfDay.at(roster.halfDays(), clock.instant()).index();
  }

  /** Qualiopi indicator 26: an arrangement is planned for this registration (never its words). */
  public boolean arranged(long registrationId) {
    return arranged.contains(registrationId);
  }

  private void reload() {
    roster = rosters.of(sessionId);
  }

  public void mark(long registrationId, AttendanceStatus status) {
    try {
      attendance.mark(currentUser.caller(), sessionId, registrationId, halfDay, status, null);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "roster");
    }
    reload();
  }

  /** "Tous présents": the unmarked of the shown half-day, in one call (after a confirmation). */
  public void markAllPresent() {
    try {
      int marked = attendance.markAllPresent(currentUser.caller(), sessionId, halfDay);
      Feedback.info("attendance.allPresent.done", marked);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "roster");
    }
    reload();
  }

  /** People not yet marked on the shown half-day, whom "tous présents" would mark. */
  public long getUnmarked() {
    return roster.count(halfDay, null);
  }

  /** The confirmation's question, with how many people it concerns and which half-day. */
  public String getAllPresentQuestion() {
    return Feedback.text("attendance.allPresent.confirm", getUnmarked());
  }

  public void askSignature(long registrationId) {
    signing = registrationId;
    signature = null;
  }

  public void saveSignature() {
    try {
      attendance.mark(
          currentUser.caller(), sessionId, signing, halfDay, AttendanceStatus.PRESENT, signature);
      Feedback.info("attendance.signed");
      signing = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "pad");
    }
    reload();
  }

  public void cancelSignature() {
    signing = null;
  }

  public void signHalfDay() {
    try {
      attendance.signHalfDay(currentUser.caller(), sessionId, halfDay, trainerSignature);
      Feedback.info("attendance.halfDaySigned");
      trainerSignature = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "trainer");
    }
    reload();
  }

  /** Completes the session and reloads the page, which now shows the rates and certificates. */
  public String complete() {
    try {
      AttendanceService.Completion done = attendance.complete(currentUser.caller(), sessionId);
      Feedback.info("attendance.completed", done.present(), done.confirmed());
      Feedback.keepForNextPage();
      return "/attendance/roster?faces-redirect=true&id=" + sessionId;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "roster");
      return null;
    }
  }

  public String nameOf(long registrationId) {
    return roster.lines().stream()
        .filter(l -> l.registrationId() == registrationId)
        .map(RosterView.Line::name)
        .findFirst()
        .orElse("");
  }

  /** The code to read out now (refreshed by the page every few seconds). */
  public String getCode() {
    if (roster.completed()) {
      return null;
    }
    try {
      return attendance.currentCode(currentUser.caller(), sessionId);
    } catch (BusinessException closed) {
      return null;
    }
  }

  public long count(String status) {
    return roster.count(halfDay, AttendanceStatus.valueOf(status));
  }

  /** This half-day's cell of a participant's line. */
  public RosterView.Cell cell(RosterView.Line line) {
    return line.cells().get(halfDay);
  }

  /**
   * Whether this user's buttons work: the service refuses the same (a trainer before the half-day's
   * window or after its lock); coordinators correct at any time.
   */
  public boolean isEditable() {
    if (isCoordinator()) {
      return true;
    }
    return !roster.completed() && !isLocked() && isOpen();
  }

  /** The shown half-day's marking and signing have opened (AttendanceWindow). */
  public boolean isOpen() {
    return AttendanceWindow.isOpen(shown(), clock.instant());
  }

  public Instant getOpensAt() {
    return AttendanceWindow.opensAt(shown());
  }

  /** The session's planned end has passed: it may be closed. */
  public boolean isCompletable() {
    return AttendanceWindow.mayComplete(roster.end(), clock.instant());
  }

  private HalfDay shown() {
    return roster.halfDays().get(halfDay);
  }

  public AttendanceStatus[] getStatuses() {
    return AttendanceStatus.values();
  }

  public RosterView getRoster() {
    return roster;
  }

  public long getSessionId() {
    return sessionId;
  }

  public boolean isLocked() {
    return roster.isLocked(halfDay);
  }

  /** One of the session's trainers, who alone sign the sheet. */
  public boolean isTrainer() {
    return access.leads(sessionId);
  }

  public boolean isCoordinator() {
    return access.isCoordinator();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getHalfDay() {
    return halfDay;
  }

  public void setHalfDay(int halfDay) {
    this.halfDay = halfDay;
  }

  public Long getSigning() {
    return signing;
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }

  public String getTrainerSignature() {
    return trainerSignature;
  }

  public void setTrainerSignature(String trainerSignature) {
    this.trainerSignature = trainerSignature;
  }
}
