package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.people.ParticipantStatus;
import fr.relais.site.Sector;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraineeCategoryRuleTest {

  @Test
  void staffOfAPrivateClinicArePrivateEmployeesWhateverTheirProfile() {
    assertEquals(
        Optional.of(TraineeCategory.PRIVATE_EMPLOYEE),
        TraineeCategoryRule.derive(ParticipantStatus.STUDENT, Sector.PRIVATE));
  }

  @Test
  void staffOfAPublicHospitalArePublicAgentsCountedAsOtherTrainees() {
    assertEquals(
        Optional.of(TraineeCategory.OTHER),
        TraineeCategoryRule.derive(ParticipantStatus.PROFESSIONAL, Sector.PUBLIC));
  }

  @Test
  void studentsOnTheirOwnAreOtherTrainees() {
    assertEquals(
        Optional.of(TraineeCategory.OTHER),
        TraineeCategoryRule.derive(ParticipantStatus.STUDENT, null));
  }

  @Test
  void aProfessionalOnTheirOwnMustSayWhoPays() {
    assertEquals(
        Optional.empty(), TraineeCategoryRule.derive(ParticipantStatus.PROFESSIONAL, null));
    assertEquals(Optional.empty(), TraineeCategoryRule.derive(null, null));
  }
}
