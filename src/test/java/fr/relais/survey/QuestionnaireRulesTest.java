package fr.relais.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuestionnaireRulesTest {

  @Test
  void choicesAreTypedOnePerLineFrenchThenEnglish() {
    List<String[]> choices = QuestionnaireService.choices("Oui | Yes\n\n  Non|No  \r\nPeut-être\n");
    assertEquals(3, choices.size(), "blank lines are skipped");
    assertArrayEquals(new String[] {"Oui", "Yes"}, choices.get(0));
    assertArrayEquals(new String[] {"Non", "No"}, choices.get(1));
    assertArrayEquals(
        new String[] {"Peut-être", "Peut-être"}, choices.get(2), "one label serves both");
    assertTrue(QuestionnaireService.choices(null).isEmpty());
  }

  @Test
  void itemsAcceptTheirChoicesOrTheirRangeOnly() {
    Questionnaire q = new Questionnaire(SurveyKind.SATISFACTION, "Titre", "Title", Instant.EPOCH);
    Section s = q.addSection("Partie", "Part");
    Item likert =
        s.addItem(ItemType.LIKERT, "Q", "Q", true).choice(1, "Non", "No").choice(2, "Oui", "Yes");
    assertTrue(likert.accepts(2));
    assertFalse(likert.accepts(3));
    Item rating = s.addItem(ItemType.RATING, "Note", "Rating", true);
    assertTrue(rating.accepts(0) && rating.accepts(10));
    assertFalse(rating.accepts(11) || rating.accepts(-1));
    Item number = s.addItem(ItemType.NUMBER, "Heures", "Hours", false).range(0, 24);
    assertFalse(number.accepts(25));
    assertEquals(List.of(likert, rating, number), q.items());
  }

  @Test
  void wordingFallsBackToEnglishWhenNoFrenchWasFound() {
    assertEquals("Souvent", Wording.pick(Locale.FRENCH, "Souvent", "Often"));
    assertEquals("Often", Wording.pick(Locale.ENGLISH, "Souvent", "Often"));
    assertEquals("Always", Wording.pick(Locale.FRENCH, null, "Always"), "CBI in a French page");
  }

  @Test
  void phasesSendTheirKindOfQuestionnaire() {
    assertEquals(SurveyKind.SATISFACTION, Phase.HOT.kind());
    assertEquals(SurveyKind.WELLBEING, Phase.AFTER.kind());
    assertTrue(Phase.COLD.waits() && Phase.AFTER.waits());
    assertFalse(Phase.HOT.waits() || Phase.BEFORE.waits());
  }

  @Test
  void theBuiltInInstrumentsHaveTheirPublishedShape() {
    Questionnaire who5 = Instruments.build("WHO5", Instant.EPOCH);
    assertEquals(5, who5.items().size());
    assertEquals(6, who5.items().get(0).getChoices().size());
    Questionnaire pss = Instruments.build("PSS10", Instant.EPOCH);
    assertEquals(10, pss.items().size());
    assertEquals(
        List.of(4, 5, 7, 8),
        java.util.stream.IntStream.rangeClosed(1, 10)
            .filter(i -> pss.items().get(i - 1).isReversed())
            .boxed()
            .toList());
    Questionnaire cbi = Instruments.build("CBI", Instant.EPOCH);
    assertEquals(19, cbi.items().size());
    assertTrue(cbi.items().get(12).isReversed(), "item 13");
    assertEquals(1, cbi.items().stream().filter(Item::isReversed).count());
    assertEquals(
        List.of(6L, 7L, 6L),
        List.of("personal", "work", "patient").stream()
            .map(scale -> cbi.items().stream().filter(i -> scale.equals(i.getScale())).count())
            .toList());
    assertTrue(cbi.items().stream().allMatch(i -> i.getTextFr() == null), "no invented French");
  }
}
