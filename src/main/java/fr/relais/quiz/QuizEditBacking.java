package fr.relais.quiz;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** quiz/edit?activity=ID: the coordinator writes a training action's quiz. COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class QuizEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuizService quizzes;
  @Inject private CurrentUser currentUser;

  private String activity;
  private long activityId;
  private String title;
  private QuizForm form;
  private final Map<String, String> errors = new HashMap<>();

  public void load() throws IOException {
    activityId = Ids.parse(activity).orElse(0L);
    if (activityId == 0) {
      Pages.notFound();
      return;
    }
    try {
      title = quizzes.titleOf(activityId);
      form = quizzes.form(currentUser.caller(), activityId);
    } catch (NotFoundException gone) {
      Pages.notFound();
    } catch (BusinessException refusal) {
      if (refusal.isForbidden()) {
        Pages.forbidden();
        return;
      }
      Feedback.error(refusal.getMessageKey());
    }
  }

  public void addObjective() {
    form.addObjective();
  }

  public void addQuestion() {
    form.addQuestion();
  }

  public void removeQuestion(int index) {
    form.getQuestions().remove(index);
    errors.clear();
  }

  public void save() {
    try {
      quizzes.save(currentUser.caller(), activityId, form);
    } catch (BusinessException refusal) {
      FieldErrors.show(refusal, errors);
      return;
    }
    errors.clear();
    Feedback.info("quiz.edit.saved");
  }

  /** The objectives' indexes, for each question's choice of objective. */
  public List<Integer> getObjectiveIndexes() {
    return IntStream.range(0, form.getObjectives().size()).boxed().toList();
  }

  public List<Integer> getChoiceIndexes() {
    return IntStream.range(0, QuizForm.CHOICES).boxed().toList();
  }

  public String objectiveLabel(int index) {
    String text = form.getObjectives().get(index).getText();
    return (index + 1) + ". " + (text == null ? "" : text);
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public long getActivityId() {
    return activityId;
  }

  public String getTitle() {
    return title;
  }

  public QuizForm getForm() {
    return form;
  }

  public Map<String, String> getErrors() {
    return errors;
  }
}
