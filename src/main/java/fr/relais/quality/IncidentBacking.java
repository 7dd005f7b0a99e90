package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import fr.relais.people.Role;
import fr.relais.scheduling.Session;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Signaler un incident de séance": a trainer (their sessions) or a coordinator (any) records an
 * incident seen during a session of the last 90 days or the next week. ?session= preselects one.
 */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Register register;
  @Inject private QualityChoicesRepository lookups;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private List<Session> sessions;
  private Long sessionId;
  private String text;
  private Severity severity;
  private String recorded;

  @PostConstruct
  void init() {
    Instant now = clock.instant();
    boolean coordinator =
        currentUser.has(Role.COORDINATOR.name()) || currentUser.has(Role.ADMIN.name());
    Long trainer = coordinator ? null : currentUser.caller().accountId();
    sessions =
        lookups.sessionsAround(
            trainer, now.minus(Duration.ofDays(90)), now.plus(Duration.ofDays(7)));
  }

  public void record() {
    try {
      recorded =
          register.recordIncident(currentUser.caller(), sessionId, text, severity).getReference();
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "incident");
      return;
    }
    text = null;
    sessionId = null;
    severity = null;
    Feedback.info("quality.incident.recorded", recorded);
  }

  public List<Session> getSessions() {
    return sessions;
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }
}
