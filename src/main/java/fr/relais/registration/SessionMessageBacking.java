package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import fr.relais.scheduling.Session;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/**
 * "Écrire aux inscrits" of one session. Roles: TRAINER of that session, COORDINATOR, ADMIN (the
 * page checks with RosterAccess, SessionMessages refuses anyone else again).
 */
@Named
@ViewScoped
public class SessionMessageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegistrationRepository repository;
  @Inject private SessionMessages messages;
  @Inject private RosterAccess access;
  @Inject private CurrentUser currentUser;

  private String id;
  private long sessionId;
  private String title;
  private Instant start;
  private Instant end;
  private boolean coordinator;
  private String subject;
  private String text;
  private boolean waitlisted;
  private int sent = -1;

  public void load() throws IOException {
    Session session = Ids.parse(id).flatMap(repository::findSession).orElse(null);
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
    title = session.getActivity().getTitle();
    start = session.getStartsAt();
    end = session.getEndsAt();
  }

  public void send() {
    try {
      sent =
          messages.send(
              currentUser.caller(),
              sessionId,
              new SessionMessages.Draft(subject, text, waitlisted));
      Feedback.info("message.sent", sent);
      subject = null;
      text = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "message");
    }
  }

  public long getConfirmedCount() {
    return messages.recipients(sessionId, false);
  }

  public long getWithWaitlistCount() {
    return messages.recipients(sessionId, true);
  }

  /** Where "back" goes: the registrations for coordinators, the sign-in sheet for trainers. */
  public String getBack() {
    return (coordinator ? "/registration/session?id=" : "/attendance/roster?id=") + sessionId;
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

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isWaitlisted() {
    return waitlisted;
  }

  public void setWaitlisted(boolean waitlisted) {
    this.waitlisted = waitlisted;
  }

  public int getSent() {
    return sent;
  }
}
