package fr.relais.quiz;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What a quiz must be: 1 to 90 days for the "after" quiz; at least one objective, each 300
 * characters at most; at least one question, each with its text, an objective from the list, two
 * choices or more and one of them marked correct. Blank objectives and choices are left out, not
 * refused. Fields are named as the edit page names them (objective-i, question-i, …).
 */
public final class QuizRules {

  private QuizRules() {}

  /** Throws every problem at once; returns nothing when the form can be saved. */
  public static void check(QuizForm form) {
    List<FieldError> errors = new ArrayList<>();
    Integer days = form.getAfterDays();
    if (days == null || days < 1 || days > 90) {
      errors.add(new FieldError("afterDays", "quiz.edit.afterDays.range"));
    }
    List<String> objectives = new ArrayList<>();
    for (int i = 0; i < form.getObjectives().size(); i++) {
      String text = blankToNull(form.getObjectives().get(i).getText());
      if (text != null && text.length() > 300) {
        errors.add(new FieldError("objective-" + i, "quiz.edit.tooLong", 300));
      }
      objectives.add(text);
    }
    if (objectives.stream().allMatch(o -> o == null)) {
      errors.add(new FieldError("objectives", "quiz.edit.objectives.none"));
    }
    if (form.getQuestions().isEmpty()) {
      errors.add(new FieldError("questions", "quiz.edit.questions.none"));
    }
    for (int i = 0; i < form.getQuestions().size(); i++) {
      QuizForm.Question q = form.getQuestions().get(i);
      String text = blankToNull(q.getText());
      if (text == null) {
        errors.add(new FieldError("question-" + i, "quiz.edit.question.text"));
      } else if (text.length() > 500) {
        errors.add(new FieldError("question-" + i, "quiz.edit.tooLong", 500));
      }
      Integer o = q.getObjective();
      if (o == null || o < 0 || o >= objectives.size() || objectives.get(o) == null) {
        errors.add(new FieldError("objectiveOf-" + i, "quiz.edit.question.objective"));
      }
      long given = q.getChoices().stream().filter(c -> blankToNull(c.getText()) != null).count();
      if (given < 2) {
        errors.add(new FieldError("choices-" + i, "quiz.edit.question.choices"));
      }
      if (q.getChoices().stream()
          .anyMatch(c -> c.getText() != null && c.getText().strip().length() > 300)) {
        errors.add(new FieldError("choices-" + i, "quiz.edit.tooLong", 300));
      }
      Integer c = q.getCorrect();
      if (c == null
          || c < 0
          || c >= q.getChoices().size()
          || blankToNull(q.getChoices().get(c).getText()) == null) {
        errors.add(new FieldError("correct-" + i, "quiz.edit.question.correct"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
