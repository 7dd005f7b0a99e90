package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.scheduling.Session;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The registrations of one session: filter, CSV, add by hand, move up from the waitlist, cancel
 * with a reason. Roles: COORDINATOR, ADMIN, and TRAINER of that session (adding, promoting and
 * cancelling are for coordinators: the page shows them only to them, RegistrationService refuses
 * anyone else).
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffRosters rosters;
  @Inject private RegistrationService registrations;
  @Inject private RegistrationRepository repository;
  @Inject private RosterAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private AuditService audit;

  private String id;
  private long sessionId;
  private String title;
  private java.time.Instant start;
  private java.time.Instant end;
  private int capacity;
  private Session session;
  private StaffRoster roster = new StaffRoster(false, List.of());
  private String filter;
  private RegistrationStatus statusFilter;
  private String email;
  private Long cancelling;
  private String reason;
  private boolean coordinator;

  public void load() throws IOException {
    session = Ids.parse(id).flatMap(repository::findSession).orElse(null);
    if (session == null) {
      Pages.notFound();
      return;
    }
    sessionId = session.getId();
    if (!access.allows(sessionId)) {
      Pages.forbidden();
      return;
    }
    coordinator = access.isCoordinator();
    audit.viewed("session", sessionId, "registrations");
    title = session.getActivity().getTitle();
    start = session.getStartsAt();
    end = session.getEndsAt();
    capacity = session.getCapacity();
    refresh();
  }

  private void refresh() {
    roster = rosters.of(session);
  }

  /** Qualiopi indicator 26: whether an arrangement is planned for this registration (no words). */
  /** Registered and waiting by default; the cancelled when asked for. */
  public List<StaffRoster.Row> getShown() {
    String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return roster.rows().stream()
        .filter(
            r ->
                statusFilter == null
                    ? r.status() != RegistrationStatus.CANCELLED
                    : r.status() == statusFilter)
        .filter(
            r ->
                needle.isEmpty()
                    || (r.firstName() + " " + r.lastName() + " " + r.email())
                        .toLowerCase(Locale.ROOT)
                        .contains(needle))
        .toList();
  }

  public StaffRoster getRoster() {
    return roster;
  }

  public long count(RegistrationStatus status) {
    return roster.count(status);
  }

  /** "Annuler l'inscription de DUPONT Marie", for the button of that row. */
  public String cancelLabel(String name) {
    return Feedback.text("roster.cancelOf", name);
  }

  /** The name of the person whose cancellation is being asked, for the confirmation. */
  public String getCancellingName() {
    return roster.rows().stream()
        .filter(r -> cancelling != null && r.id() == cancelling)
        .map(StaffRoster.Row::getName)
        .findFirst()
        .orElse("");
  }

  public void add() {
    try {
      RegistrationOutcome outcome = registrations.addByHand(currentUser.caller(), sessionId, email);
      Feedback.info(
          outcome.created() ? "roster.added" : "roster.alreadyThere",
          outcome.registration().getAccount().getDisplayName());
      email = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "add");
    }
    refresh();
  }

  public void promote(long registrationId) {
    try {
      registrations.promote(currentUser.caller(), registrationId);
      Feedback.info("roster.promoted");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "roster");
    }
    refresh();
  }

  public void askCancel(long registrationId) {
    cancelling = registrationId;
    reason = null;
  }

  public void cancel() {
    try {
      registrations.cancelByCoordinator(currentUser.caller(), cancelling, reason);
      Feedback.info("roster.cancelled");
      cancelling = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "cancelForm");
    }
    refresh();
  }

  public void keep() {
    cancelling = null;
  }

  public RegistrationStatus[] getStatuses() {
    return RegistrationStatus.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getTitle() {
    return title;
  }

  public java.time.Instant getStart() {
    return start;
  }

  public java.time.Instant getEnd() {
    return end;
  }

  public int getCapacity() {
    return capacity;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public RegistrationStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(RegistrationStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getCancelling() {
    return cancelling;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isCoordinator() {
    return coordinator;
  }
}
