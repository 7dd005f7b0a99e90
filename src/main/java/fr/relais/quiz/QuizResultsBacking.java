package fr.relais.quiz;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
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
    long id = Ids.parse(session).orElse(0L);
    if (id == 0) {
      Pages.notFound();
      return;
    }
    try {
      view = results.of(currentUser.caller(), id);
      audit.viewed("session", id, "quiz-results");
    } catch (NotFoundException gone) {
      Pages.notFound();
    } catch (BusinessException refusal) {
      Pages.forbidden();
    }
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
