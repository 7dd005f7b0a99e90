package fr.relais.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput.FieldError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {

  private static ActivityForm training() {
    ActivityForm form = new ActivityForm();
    form.setPurpose(Purpose.TRAINING);
    form.setBpfObjective(BpfObjective.OTHER_PROFESSIONAL);
    form.setNsfCode("331");
    form.setObjectives("Repérer l'épuisement");
    form.setPrerequisites("Aucun");
    form.setMethods("Apports, cas cliniques");
    form.setEvaluation("Quiz avant et après");
    form.setAccessDelay("Inscription jusqu'à la veille");
    form.setAccessibility("Salle de plain-pied");
    return form;
  }

  private static List<String> fields(ActivityForm form) {
    return ActivityRules.problems(form).stream().map(FieldError::field).toList();
  }

  @Test
  void aCompleteTrainingActionPasses() {
    assertEquals(List.of(), fields(training()));
  }

  @Test
  void preventionNeedsNoneOfIt() {
    ActivityForm form = new ActivityForm();
    assertEquals(Purpose.PREVENTION, form.getPurpose());
    assertEquals(List.of(), fields(form));
    form.setNsfCode("999");
    assertNull(ActivityRules.catalogue(form).accessibility());
  }

  @Test
  void aTrainingActionMissingEverythingSaysSoOnEachField() {
    ActivityForm form = new ActivityForm();
    form.setPurpose(Purpose.TRAINING);
    assertEquals(
        List.of(
            "bpfObjective",
            "nsfCode",
            "objectives",
            "prerequisites",
            "methods",
            "evaluation",
            "accessDelay",
            "accessibility"),
        fields(form));
  }

  @Test
  void theNsfCodeMustBeInTheOfficialList() {
    ActivityForm form = training();
    form.setNsfCode("339");
    assertEquals("facts.activity.nsf.unknown", ActivityRules.problems(form).get(0).key());
    form.setNsfCode("415");
    assertEquals(List.of(), fields(form));
    form.setNsfCode("416");
    assertEquals(List.of("nsfCode"), fields(form));
    form.setNsfCode(" 100 ");
    assertEquals(List.of(), fields(form));
  }

  @Test
  void theListHasItsLabelsFromGeneralToInsertion() {
    assertEquals("Santé", NsfSpecialities.of("331").orElseThrow().label());
    assertEquals("100", NsfSpecialities.sorted().get(0).code());
    assertEquals("415", NsfSpecialities.sorted().get(NsfSpecialities.all().size() - 1).code());
    assertFalse(NsfSpecialities.isKnown("099"));
  }

  @Test
  void anAndpcReferenceIsElevenDigitsOrNothing() {
    ActivityForm form = training();
    form.setAndpcAction("");
    assertEquals(List.of(), fields(form));
    form.setAndpcAction("12345678901");
    assertEquals(List.of(), fields(form));
    form.setAndpcAction("1234567890");
    assertEquals(List.of("andpcAction"), fields(form));
    form.setAndpcAction("123456789012");
    assertEquals(List.of("andpcAction"), fields(form));
    form.setAndpcAction("1234567890A");
    assertEquals(List.of("andpcAction"), fields(form));
  }

  @Test
  void aPriceIsAPositiveAmountWithCentsWhenNotFree() {
    ActivityForm form = training();
    form.setFree(false);
    form.setPrice("0");
    assertEquals(List.of("price"), fields(form));
    form.setPrice("120,505");
    assertEquals(List.of("price"), fields(form));
    form.setPrice("1 200,50 €");
    assertEquals(List.of(), fields(form));
    assertEquals(120050L, ActivityRules.catalogue(form).priceCents());
    form.setFree(true);
    assertNull(ActivityRules.catalogue(form).priceCents());
  }

  @Test
  void eurosReadAndWrite() {
    assertEquals(Optional.of(12000L), Euros.cents("120"));
    assertEquals(Optional.of(12050L), Euros.cents("120.5"));
    assertTrue(Euros.cents("-3").isEmpty());
    assertTrue(Euros.cents("abc").isEmpty());
    assertEquals("1\u202f200,50 €", Euros.text(120050));
    assertEquals("1200,50", Euros.typed(120050L));
  }
}
