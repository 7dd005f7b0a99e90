package fr.relais.quiz;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * quiz/take?registration=ID: a participant answers their session's quiz, before or after it, and
 * sees their own scores. PARTICIPANT, their own registration only.
 */
@Named
@ViewScoped
public class QuizTakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;
  @Inject private CurrentUser currentUser;

  private String registration;
  private long registrationId;
  private QuizService.Sheet sheet;
  private boolean none;
  private QuizScoring.Result result;

  /** The choice per question as the page submits it: text (EL cannot type a map's values). */
  private final Map<Long, String> chosen = new HashMap<>();

  private final Map<String, String> errors = new HashMap<>();

  public void load() throws IOException {
    registrationId = Ids.parse(registration).orElse(0L);
    if (registrationId == 0) {
      Pages.notFound();
      return;
    }
    try {
      sheet = quizzes.sheet(currentUser.caller(), registrationId).orElse(null);
      none = sheet == null;
    } catch (NotFoundException gone) {
      Pages.notFound();
    } catch (BusinessException refusal) {
      // another person's registration: as if it did not exist
      Pages.notFound();
    }
  }

  public void submit() {
    try {
      result = quizzes.submit(currentUser.caller(), registrationId, choices());
      errors.clear();
    } catch (BusinessException refusal) {
      FieldErrors.show(refusal, errors);
      return;
    }
    sheet = quizzes.sheet(currentUser.caller(), registrationId).orElse(null);
  }

  /** The submitted choices as ids; one that is not a number counts as no answer. */
  private Map<Long, Long> choices() {
    Map<Long, Long> ids = new HashMap<>();
    chosen.forEach(
        (question, choice) ->
            fr.relais.kernel.Ids.parse(choice).ifPresent(id -> ids.put(question, id)));
    return ids;
  }

  public String getRegistration() {
    return registration;
  }

  public void setRegistration(String registration) {
    this.registration = registration;
  }

  public QuizService.Sheet getSheet() {
    return sheet;
  }

  public boolean isNone() {
    return none;
  }

  public QuizScoring.Result getResult() {
    return result;
  }

  public Map<Long, String> getChosen() {
    return chosen;
  }

  public Map<String, String> getErrors() {
    return errors;
  }
}
