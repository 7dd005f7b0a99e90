package fr.relais.quiz;

import fr.relais.people.Caller;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** quiz/index: training actions and their sessions, with the quiz, attestations and DPC list. */
@Named
@ViewScoped
public class QuizHubBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient QuizHub hub;
  @Inject private transient CurrentUser currentUser;

  private boolean coordinator;
  private List<QuizHub.ActivityRow> activities = List.of();
  private List<QuizHub.SessionRow> sessions = List.of();

  @PostConstruct
  void load() {
    Caller caller = currentUser.caller();
    coordinator = caller.isCoordinator();
    if (coordinator) {
      activities = hub.activities(caller);
    }
    sessions = hub.sessions(caller);
  }

  public boolean isCoordinator() {
    return coordinator;
  }

  public List<QuizHub.ActivityRow> getActivities() {
    return activities;
  }

  public List<QuizHub.SessionRow> getSessions() {
    return sessions;
  }
}
