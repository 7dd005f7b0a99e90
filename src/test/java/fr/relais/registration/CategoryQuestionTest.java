package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.people.ParticipantStatus;
import fr.relais.site.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryQuestionTest {

  @Test
  void aProfessionalRegisteringForAnOpenTrainingIsAsked() {
    assertTrue(CategoryQuestion.asked(true, ParticipantStatus.PROFESSIONAL, null));
    assertTrue(CategoryQuestion.asked(true, null, null));
  }

  @Test
  void staffBookedByAnEstablishmentAndStudentsAreNotAsked() {
    assertFalse(CategoryQuestion.asked(true, ParticipantStatus.PROFESSIONAL, Sector.PRIVATE));
    assertFalse(CategoryQuestion.asked(true, ParticipantStatus.PROFESSIONAL, Sector.PUBLIC));
    assertFalse(CategoryQuestion.asked(true, ParticipantStatus.STUDENT, null));
  }

  @Test
  void preventionNeverAsks() {
    assertFalse(CategoryQuestion.asked(false, ParticipantStatus.PROFESSIONAL, null));
    assertFalse(CategoryQuestion.asked(false, null, null));
  }

  @Test
  void theAnswerIsRequiredOnlyWhenAsked() {
    RegistrationAnswers none = new RegistrationAnswers(null, false, null);
    assertEquals(List.of("category"), none.problems(true).stream().map(FieldError::field).toList());
    assertEquals(List.of(), none.problems(false));
    assertEquals(
        List.of(), new RegistrationAnswers(TraineeCategory.INDIVIDUAL, false, null).problems(true));
  }

  @Test
  void anArrangementsWordsAreAtMostTwoThousandCharacters() {
    assertEquals(List.of(), new RegistrationAnswers(null, true, "a".repeat(2000)).problems(false));
    assertEquals(
        List.of("arrangementNeed"),
        new RegistrationAnswers(null, true, "a".repeat(2001))
            .problems(false).stream().map(FieldError::field).toList());
  }
}
