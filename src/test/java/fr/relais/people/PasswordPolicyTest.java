package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final String EMAIL = "camille.durand@hopital.fr";

  @Test
  void acceptsALongPassphraseWithAnythingButLetters() {
    assertTrue(PasswordPolicy.violation("soleil-de-garde-7", EMAIL).isEmpty());
    assertTrue(PasswordPolicy.violation("Nuit blanche 2026", EMAIL).isEmpty());
  }

  @Test
  void refusesWhatIsTooShortOrTooLong() {
    assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("court-1", EMAIL));
    assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(null, EMAIL));
    assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("a1".repeat(65), EMAIL));
  }

  @Test
  void refusesCommonPasswordsAndRepetitions() {
    assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.violation("Azerty1234", EMAIL));
    assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.violation("aaaaaaaaaa1", EMAIL));
  }

  @Test
  void refusesOnlyLettersOrOnlyDigits() {
    assertEquals(
        Optional.of("password.needsVariety"), PasswordPolicy.violation("infirmieredenuit", EMAIL));
    assertEquals(
        Optional.of("password.needsVariety"), PasswordPolicy.violation("31415926535", EMAIL));
  }

  @Test
  void refusesThePartBeforeTheAtSign() {
    assertEquals(
        Optional.of("password.containsEmail"),
        PasswordPolicy.violation("camille.durand-2026", EMAIL));
  }
}
