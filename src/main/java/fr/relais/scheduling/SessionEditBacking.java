package fr.relais.scheduling;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.audit.AuditEntry;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Creates or changes a session (?id= to change; ?activity= to start from an activity), shows its
 * history, publishes or cancels it. Roles: COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class SessionEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionService sessions;
  @Inject private CurrentUser currentUser;
  @Inject private SeriesService series;
  @Inject private SessionRepository repository;
  @Inject private SchedulingChoices choices;
  @Inject private AuditService audit;

  private String id;
  private String activity;
  private String duplicate;
  private Long duplicatedFrom;
  private Long sessionId;
  private SessionForm form = new SessionForm();
  private SchedulingChoices.Choices options;
  private SessionView view;
  private List<AuditEntry> history = List.of();
  private boolean wholeSeries;
  private String cancelReason;

  /** What the page shows of a saved session beyond its form. */
  public record SessionView(
      SessionStatus status,
      String cancelReason,
      String invitationCode,
      String reservedForName,
      Long seriesId)
      implements Serializable {

    public SessionStatus getStatus() {
      return status;
    }

    public String getCancelReason() {
      return cancelReason;
    }

    public String getInvitationCode() {
      return invitationCode;
    }

    public String getReservedForName() {
      return reservedForName;
    }

    public Long getSeriesId() {
      return seriesId;
    }
  }

  public void load() throws IOException {
    options = choices.load();
    if ((id == null || id.isBlank()) && duplicate != null) {
      startFromCopy();
      return;
    }
    if (id == null || id.isBlank()) {
      Ids.parse(activity)
          .ifPresent(
              a -> {
                form.setActivityId(a);
                applyActivityDefaults();
              });
      return;
    }
    Session session = Ids.parse(id).flatMap(repository::findComplete).orElse(null);
    if (session == null) {
      Pages.notFound();
      return;
    }
    sessionId = session.getId();
    form = SessionForm.of(session);
    view =
        new SessionView(
            session.getStatus(),
            session.getCancelReason(),
            session.getInvitationCode(),
            session.getReservedFor() == null ? null : session.getReservedFor().getName(),
            session.getSeries() == null ? null : session.getSeries().getId());
    history = audit.of("session", sessionId);
  }

  /** "Dupliquer": the new-session form, prefilled a week after the copied session. */
  private void startFromCopy() throws IOException {
    Long from = Ids.parse(duplicate).orElse(null);
    try {
      if (from != null) {
        form = sessions.duplicate(currentUser.caller(), from);
        duplicatedFrom = from;
        return;
      }
    } catch (fr.relais.kernel.NotFoundException gone) {
      // shown as not found below
    }
    Pages.notFound();
  }

  /** A new session takes its activity's usual length and seats. */
  public void applyActivityDefaults() {
    SchedulingChoices.Defaults defaults = options.activityDefaults().get(form.getActivityId());
    if (defaults == null || sessionId != null) {
      return;
    }
    form.setCapacity(defaults.capacity());
    if (form.getStartTime() != null) {
      form.setEndTime(form.getStartTime().plusMinutes(defaults.durationMinutes()));
    }
  }

  public void save(boolean publish) throws IOException {
    long saved;
    try {
      if (sessionId == null) {
        saved =
            sessions.create(currentUser.caller(), form.toPlan(), form.toFacts(), publish).getId();
      } else if (wholeSeries && view != null && view.seriesId() != null) {
        series.updateFrom(
            currentUser.caller(),
            view.seriesId(),
            form.getDay(),
            form.getStartTime(),
            form.getEndTime(),
            form.toPlan());
        saved = sessionId;
      } else {
        saved =
            sessions.update(currentUser.caller(), sessionId, form.toPlan(), form.toFacts()).getId();
        if (publish && view.status() == SessionStatus.DRAFT) {
          sessions.publish(currentUser.caller(), saved);
        }
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "session");
      return;
    }
    Feedback.info(publish ? "session.savedPublished" : "session.saved");
    Pages.redirect("/scheduling/session?id=" + saved);
  }

  /** A completed session's BPF facts, corrected while the year's report is prepared. */
  public void saveFacts() throws IOException {
    try {
      sessions.recordFacts(currentUser.caller(), sessionId, form.toFacts());
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "session");
      return;
    }
    Feedback.info("facts.session.saved");
    Pages.redirect("/scheduling/session?id=" + sessionId);
  }

  public Delivery[] getDeliveries() {
    return Delivery.values();
  }

  /** Whether the chosen activity is a DPC action: only then the ANDPC session number is asked. */
  public boolean isDpcActivity() {
    return form.getActivityId() != null
        && repository
            .activity(form.getActivityId())
            .map(fr.relais.programme.Activity::isDpcAction)
            .orElse(false);
  }

  /** The facts may be corrected on any saved session but a cancelled one. */
  public boolean isFactsEditable() {
    return view == null || view.status() != SessionStatus.CANCELLED;
  }

  public void publish() throws IOException {
    try {
      sessions.publish(currentUser.caller(), sessionId);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "session");
      return;
    }
    Feedback.info("session.published");
    Pages.redirect("/scheduling/session?id=" + sessionId);
  }

  public void cancel() throws IOException {
    try {
      sessions.cancel(currentUser.caller(), sessionId, cancelReason);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "cancel");
      return;
    }
    Feedback.info("session.cancelled");
    Pages.redirect("/scheduling/session?id=" + sessionId);
  }

  /** The session this new one copies, or null. */
  public Long getDuplicatedFrom() {
    return duplicatedFrom;
  }

  public String getDuplicate() {
    return duplicate;
  }

  public void setDuplicate(String duplicate) {
    this.duplicate = duplicate;
  }

  public boolean isNew() {
    return sessionId == null;
  }

  public boolean isEditable() {
    return view == null
        || view.status() == SessionStatus.DRAFT
        || view.status() == SessionStatus.PUBLISHED;
  }

  public Integer getSelectedRoomCapacity() {
    return form.getRoomId() == null ? null : options.roomCapacities().get(form.getRoomId());
  }

  public SessionMode[] getModes() {
    return SessionMode.values();
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public SessionForm getForm() {
    return form;
  }

  public SchedulingChoices.Choices getOptions() {
    return options;
  }

  public SessionView getView() {
    return view;
  }

  public List<AuditEntry> getHistory() {
    return history;
  }

  /** How the history reads an entry: labels in the page's language, times in Paris. */
  public SessionHistory getHistoryText() {
    return new SessionHistory(
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public boolean isWholeSeries() {
    return wholeSeries;
  }

  public void setWholeSeries(boolean wholeSeries) {
    this.wholeSeries = wholeSeries;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
