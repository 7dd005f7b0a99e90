package fr.relais.quiz;

import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** quiz/results?session=ID: a session's quiz results. Its TRAINERs, COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class QuizResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizResultsService results;
  @Inject private CurrentUser currentUser;
  @Inject private AuditService audit;

  private String session;
  private QuizResultsService.Session view;

  public void load() throws IOException {
    view =
        Pages.forId(
            session,
            id -> {
              var read = results.of(currentUser.caller(), id);
              audit.viewed("session", id, "quiz-results");
              return read;
            });
  }

  /** "62 %" or "–" */
  public String percent(Double value) {
    return value == null ? "–" : Math.round(value) + " %";
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public QuizResultsService.Session getView() {
    return view;
  }
}
