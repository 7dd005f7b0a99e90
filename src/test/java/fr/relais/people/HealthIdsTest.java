package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RPPS (11 digits, Luhn key) and ADELI (9 digits, département) numbers, valid and not. */
class HealthIdsTest {

  @ParameterizedTest
  // a published RPPS (an SDK's example), the demo's invented one, and one with key 9
  @ValueSource(strings = {"10005173140", "10101234564", "10000000009"})
  void validRppsNumbersPass(String rpps) {
    assertEquals(Optional.empty(), HealthIds.rppsProblem(rpps));
  }

  @Test
  void oneDigitChangedOrTwoSwappedFailsTheKey() {
    assertEquals(Optional.of("dpc.rpps.checkDigit"), HealthIds.rppsProblem("10005173141"));
    assertEquals(Optional.of("dpc.rpps.checkDigit"), HealthIds.rppsProblem("10005713140"));
    assertEquals(Optional.of("dpc.rpps.checkDigit"), HealthIds.rppsProblem("20005173140"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000517314", "100051731400", "1000517314A", ""})
  void rppsIsElevenDigits(String rpps) {
    assertEquals(Optional.of("dpc.rpps.format"), HealthIds.rppsProblem(rpps));
  }

  @Test
  void theKeyCompletesTenDigits() {
    assertEquals('0', HealthIds.luhnKey("1000517314"));
    assertEquals('4', HealthIds.luhnKey("1010123456"));
    for (String ten : new String[] {"1234567890", "9999999999", "0000000000", "1000000001"}) {
      assertTrue(HealthIds.luhn(ten + HealthIds.luhnKey(ten)), ten);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"751234567", "010000001", "951234567", "971234567", "201234567"})
  void adeliOfADepartementPasses(String adeli) {
    assertEquals(Optional.empty(), HealthIds.adeliProblem(adeli));
  }

  @ParameterizedTest
  @ValueSource(strings = {"001234567", "961234567", "981234567", "991234567"})
  void adeliOfNoDepartementFails(String adeli) {
    assertEquals(Optional.of("dpc.adeli.department"), HealthIds.adeliProblem(adeli));
  }

  @ParameterizedTest
  @ValueSource(strings = {"75123456", "7512345678", "75A234567"})
  void adeliIsNineDigits(String adeli) {
    assertEquals(Optional.of("dpc.adeli.format"), HealthIds.adeliProblem(adeli));
  }

  @Test
  void spacesAndDotsAreDroppedAndBlankIsNone() {
    assertEquals(Optional.of("10005173140"), HealthIds.normalise(" 100 0517 3140 "));
    assertEquals(Optional.of("751234567"), HealthIds.normalise("75.123.456.7"));
    assertEquals(Optional.empty(), HealthIds.normalise("   "));
    assertEquals(Optional.empty(), HealthIds.normalise(null));
  }
}
