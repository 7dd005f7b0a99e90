package fr.relais.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.relais.kernel.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One point per right answer; every question answered with one of its own choices. */
class QuizScoringTest {

  private static final List<QuizScoring.Question> QUIZ =
      List.of(
          new QuizScoring.Question(1, "Repérer", List.of(11L, 12L, 13L), 12),
          new QuizScoring.Question(2, "Repérer", List.of(21L, 22L), 21),
          new QuizScoring.Question(3, "Orienter", List.of(31L, 32L, 33L, 34L), 34));

  @Test
  void countsTheRightAnswersAndMarksEach() {
    QuizScoring.Result r = QuizScoring.score(QUIZ, Map.of(1L, 12L, 2L, 22L, 3L, 34L));
    assertEquals(2, r.score());
    assertEquals(3, r.total());
    assertEquals(
        List.of(
            new QuizScoring.Marked(1, "Repérer", true),
            new QuizScoring.Marked(2, "Repérer", false),
            new QuizScoring.Marked(3, "Orienter", true)),
        r.answers());
  }

  @Test
  void allWrongIsZeroAllRightIsFull() {
    assertEquals(0, QuizScoring.score(QUIZ, Map.of(1L, 11L, 2L, 22L, 3L, 31L)).score());
    assertEquals(3, QuizScoring.score(QUIZ, Map.of(1L, 12L, 2L, 21L, 3L, 34L)).score());
  }

  @Test
  void everyMissingOrForeignAnswerIsReportedAtOnce() {
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> QuizScoring.score(QUIZ, Map.of(1L, 21L)));
    assertEquals(3, e.getErrors().size());
    assertEquals("q1", e.getErrors().get(0).field());
    assertEquals("quiz.answer.unknown", e.getErrors().get(0).key());
    assertEquals("quiz.answer.required", e.getErrors().get(1).key());
    assertEquals("q3", e.getErrors().get(2).field());
  }
}
