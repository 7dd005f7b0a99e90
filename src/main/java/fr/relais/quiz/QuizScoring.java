package fr.relais.quiz;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores an attempt: one point per question whose chosen answer is its correct one. Every question
 * must be answered with one of its own choices; each problem is named next to its question.
 */
public final class QuizScoring {

  private QuizScoring() {}

  /** A question as scored: its choices' ids and the correct one, and its objective's text. */
  public record Question(long id, String objective, List<Long> choices, long correct) {}

  /** One answer as kept: its question, its objective and whether it was right. */
  public record Marked(long question, String objective, boolean correct)
      implements java.io.Serializable {}

  public record Result(int score, int total, List<Marked> answers)
      implements java.io.Serializable {}

  /** The field a question's answer is reported on (the page's radio group). */
  public static String field(long questionId) {
    return "q" + questionId;
  }

  public static Result score(List<Question> questions, Map<Long, Long> chosen) {
    List<FieldError> errors = new ArrayList<>();
    List<Marked> marked = new ArrayList<>();
    int score = 0;
    for (Question q : questions) {
      Long choice = chosen.get(q.id());
      if (choice == null) {
        errors.add(new FieldError(field(q.id()), "quiz.answer.required"));
      } else if (!q.choices().contains(choice)) {
        errors.add(new FieldError(field(q.id()), "quiz.answer.unknown"));
      } else {
        boolean right = choice == q.correct();
        score += right ? 1 : 0;
        marked.add(new Marked(q.id(), q.objective(), right));
      }
    }
    if (questions.isEmpty()) {
      errors.add(new FieldError("questions", "quiz.none"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new Result(score, questions.size(), marked);
  }
}
