package fr.relais.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

  @Test
  void anEmptyVisitorFormNamesEveryField() {
    List<String> fields =
        CaseRules.problems(new CaseForm(), false).stream().map(FieldError::field).toList();
    assertEquals(List.of("kind", "text", "name", "email", "consent"), fields);
  }

  @Test
  void aSignedInPersonIsNotAskedNameOrAddress() {
    CaseForm form = new CaseForm();
    form.setKind(CaseKind.COMPLAINT);
    form.setText("La salle était fermée à notre arrivée.");
    assertTrue(CaseRules.problems(form, true).isEmpty());
  }

  @Test
  void textsHaveTenToFourThousandCharacters() {
    assertEquals("quality.text.tooShort", CaseRules.text("t", "  court   ").get(0).key());
    assertTrue(CaseRules.text("t", "x".repeat(10)).isEmpty());
    assertTrue(CaseRules.text("t", "x".repeat(4000)).isEmpty());
    assertEquals("quality.text.tooLong", CaseRules.text("t", "x".repeat(4001)).get(0).key());
  }

  @Test
  void aVisitorGivesAValidAddress() {
    CaseForm form = new CaseForm();
    form.setKind(CaseKind.INCIDENT);
    form.setText("Le lien de la visio ne marchait pas.");
    form.setName("Camille");
    form.setEmail("pas-une-adresse");
    form.setPrivacyConsent(true);
    List<FieldError> errors = CaseRules.problems(form, false);
    assertEquals(1, errors.size());
    assertEquals("email", errors.get(0).field());
  }
}
