package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.kernel.InvalidInput.FieldError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionFactsTest {

  private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant ONE_PM = Instant.parse("2026-03-10T12:00:00Z");

  private static List<String> fields(SessionFacts facts, boolean dpc) {
    return facts.problems(NINE, ONE_PM, dpc).stream().map(FieldError::field).toList();
  }

  @Test
  void aBreakFromZeroToOneHundredEightyMinutesShorterThanTheSession() {
    assertEquals(List.of(), fields(new SessionFacts(0, Delivery.OWN, null, null), false));
    assertEquals(List.of(), fields(new SessionFacts(null, Delivery.OWN, null, null), false));
    assertEquals(List.of(), fields(new SessionFacts(179, Delivery.OWN, null, null), false));
    assertEquals(List.of(), fields(new SessionFacts(180, Delivery.OWN, null, null), false));
    // A three-hour session cannot be all break.
    assertEquals(
        "facts.session.break.tooLong",
        new SessionFacts(180, Delivery.OWN, null, null)
            .problems(NINE, NINE.plusSeconds(3 * 3600), false)
            .get(0)
            .key());
    assertEquals(
        List.of("breakMinutes"), fields(new SessionFacts(181, Delivery.OWN, null, null), false));
    assertEquals(
        List.of("breakMinutes"), fields(new SessionFacts(-1, Delivery.OWN, null, null), false));
  }

  @Test
  void aSessionNotOurOwnNamesItsPartner() {
    assertEquals(
        List.of("partnerOrganisation"),
        fields(new SessionFacts(0, Delivery.ENTRUSTED_TO_US, " ", null), false));
    assertEquals(
        List.of(), fields(new SessionFacts(0, Delivery.ENTRUSTED_BY_US, "IFSI Nord", null), false));
    assertEquals(List.of("delivery"), fields(new SessionFacts(0, null, null, null), false));
  }

  @Test
  void theAndpcSessionNumberIsOneToFiveDigitsOnlyForADpcAction() {
    assertEquals(List.of(), fields(new SessionFacts(0, Delivery.OWN, null, "12345"), true));
    assertEquals(
        List.of("andpcSession"), fields(new SessionFacts(0, Delivery.OWN, null, "123456"), true));
    assertEquals(
        List.of("andpcSession"), fields(new SessionFacts(0, Delivery.OWN, null, "1a"), true));
    // Not a DPC action: the number is not kept, so not checked.
    assertEquals(List.of(), fields(new SessionFacts(0, Delivery.OWN, null, "1a"), false));
  }

  @Test
  void everyProblemAtOnce() {
    assertEquals(
        List.of("breakMinutes", "partnerOrganisation", "andpcSession"),
        fields(new SessionFacts(200, Delivery.ENTRUSTED_TO_US, null, "x"), true));
  }
}
