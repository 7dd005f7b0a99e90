package fr.relais.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/instruments.md, computed by hand from the sources cited there. */
class InstrumentScoringTest {

  private static Scoring.Result score(String code, Integer... answers) {
    return Scoring.of(code).score(Arrays.asList(answers));
  }

  @Test
  void who5RawPercentageAndThePoorWellbeingThreshold() {
    // Case A: 3+4+2+3+1 = 13, 52 %: not below 13.
    Scoring.Result a = score("WHO5", 3, 4, 2, 3, 1);
    assertEquals(13.0, a.scores().get("raw"));
    assertEquals(52.0, a.scores().get("percent"));
    assertFalse(a.concern());
    // Case B: all 2 = 10, 40 %: poor wellbeing.
    Scoring.Result b = score("WHO5", 2, 2, 2, 2, 2);
    assertEquals(10.0, b.scores().get("raw"));
    assertEquals(40.0, b.scores().get("percent"));
    assertTrue(b.concern());
    assertEquals(100.0, score("WHO5", 5, 5, 5, 5, 5).scores().get("percent"));
    assertEquals(0.0, score("WHO5", 0, 0, 0, 0, 0).scores().get("raw"));
    assertTrue(score("WHO5", 3, 3, 3, 3, null).scores().isEmpty(), "unanswered: no score");
  }

  @Test
  void who5ChangeOfTenPointsIsMeaningful() {
    assertTrue(Who5Scoring.meaningfulChange(40, 52), "B then A: +12 points");
    assertTrue(Who5Scoring.meaningfulChange(60, 50));
    assertFalse(Who5Scoring.meaningfulChange(48, 56));
  }

  @Test
  void pss10ReversesItems4578AndSums() {
    // Case A: 2,3,3,1,1,2,2,1,2,3 → 2,3,3,3,3,2,2,3,2,3 = 26.
    assertEquals(26.0, score("PSS10", 2, 3, 3, 1, 1, 2, 2, 1, 2, 3).scores().get("total"));
    // Case B: all "Sometimes" (2) = 20.
    assertEquals(20.0, score("PSS10", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2).scores().get("total"));
    // Case C: all "Never" is not 0: the four reversed items give 4 each = 16.
    assertEquals(16.0, score("PSS10", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).scores().get("total"));
    assertEquals(40.0, score("PSS10", 4, 4, 4, 0, 0, 4, 0, 0, 4, 4).scores().get("total"));
    assertFalse(score("PSS10", 4, 4, 4, 0, 0, 4, 0, 0, 4, 4).concern(), "no official cut-off");
  }

  @Test
  void cbiScalesAreMeansWithItem13Reversed() {
    // Personal: 75,50,75,25,75,50 = 350/6 = 58.33 (high). Work: 75,50,25,75,50,25 and item 13
    // "Seldom" (25) reversed to 75 = 375/7 = 53.57. Patient: all "Somewhat"/"Sometimes" = 50.
    Scoring.Result r =
        score("CBI", 75, 50, 75, 25, 75, 50, 75, 50, 25, 75, 50, 25, 25, 50, 50, 50, 50, 50, 50);
    assertEquals(58.33, r.scores().get("personal"));
    assertEquals(53.57, r.scores().get("work"));
    assertEquals(50.0, r.scores().get("patient"));
    assertTrue(r.concern(), "50 or more is a high degree of burnout");

    Scoring.Result low =
        score("CBI", 25, 25, 0, 0, 25, 0, 25, 0, 0, 25, 0, 0, 100, 0, 0, 25, 0, 0, 0);
    assertEquals(12.5, low.scores().get("personal"));
    assertEquals(7.14, low.scores().get("work"), "item 13 'Always' reversed to 0");
    assertFalse(low.concern());
  }

  @Test
  void cbiScalesNeedEnoughAnswers() {
    List<Integer> answers = new java.util.ArrayList<>(Collections.nCopies(19, (Integer) null));
    // Personal: only items 1–3 answered (Often, Sometimes, Always) → 225/3 = 75.
    answers.set(0, 75);
    answers.set(1, 50);
    answers.set(2, 100);
    // Work: only 3 of 7 answered → no score.
    answers.set(6, 50);
    answers.set(7, 50);
    answers.set(8, 50);
    Scoring.Result r = Scoring.of("CBI").score(answers);
    assertEquals(75.0, r.scores().get("personal"));
    assertFalse(r.scores().containsKey("work"));
    assertFalse(r.scores().containsKey("patient"));
  }
}
