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

  @Inject private QuizHubService hub;
  @Inject private CurrentUser currentUser;

  private boolean coordinator;
  private List<QuizHubService.ActivityRow> activities = List.of();
  private List<QuizHubService.SessionRow> sessions = List.of();

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

  public List<QuizHubService.ActivityRow> getActivities() {
    return activities;
  }

  public List<QuizHubService.SessionRow> getSessions() {
    return sessions;
  }
}
