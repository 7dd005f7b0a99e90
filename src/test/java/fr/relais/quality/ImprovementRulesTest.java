package fr.relais.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImprovementRulesTest {

  private static ImprovementForm filled() {
    ImprovementForm form = new ImprovementForm();
    form.setDecision("Envoyer le support trois jours avant");
    form.setReason("Une réclamation et l’enquête à chaud");
    form.getSources().add(new ImprovementForm.Source(SourceKind.CASE, 1L, null, null));
    return form;
  }

  private static List<String> keys(ImprovementForm form) {
    return ImprovementRules.problems(form).stream().map(FieldError::key).toList();
  }

  @Test
  void aFilledImprovementPasses() {
    assertTrue(ImprovementRules.problems(filled()).isEmpty());
  }

  @Test
  void everyProblemAtOnce() {
    ImprovementForm form = new ImprovementForm();
    form.setEffect("Mieux");
    assertEquals(
        List.of(
            "quality.improvement.decision.required",
            "quality.improvement.reason.required",
            "quality.improvement.effect.needsDone",
            "quality.improvement.source.required"),
        keys(form));
  }

  @Test
  void eachSourceSaysWhatItIs() {
    ImprovementForm form = filled();
    form.getSources().add(new ImprovementForm.Source(SourceKind.SURVEY, null, null, null));
    form.getSources().add(new ImprovementForm.Source(SourceKind.CLIENT_OPINION, null, null, " "));
    form.getSources().add(new ImprovementForm.Source(SourceKind.CASE, null, null, null));
    assertEquals(
        List.of(
            "quality.improvement.source.campaignRequired",
            "quality.improvement.source.noteRequired",
            "quality.improvement.source.caseRequired"),
        keys(form));
  }

  @Test
  void anEffectNeedsTheDayItWasDone() {
    ImprovementForm form = filled();
    form.setEffect("Plus de réclamation de ce type");
    form.setDoneOn(LocalDate.of(2026, 3, 1));
    assertTrue(ImprovementRules.problems(form).isEmpty());
  }
}
