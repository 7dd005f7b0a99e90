package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.scheduling.SessionMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a proposal must say: every problem at once, each on its field. */
class ProposalRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE = LocalTime.of(17, 0);

  static ConventionTerms terms() {
    return new ConventionTerms(
        120_000L,
        PriceBasis.PER_DAY,
        VatStatus.EXEMPT,
        14,
        "30 jours",
        "Repérer",
        "Matin, après-midi",
        "Salle",
        "Questionnaire");
  }

  private static Proposal onSite(List<ProposedDay> days, ConventionTerms terms) {
    return new Proposal(days, Set.of(7L), SessionMode.ON_SITE, 3L, null, terms);
  }

  private static List<String> fields(Proposal p) {
    return ProposalRules.problems(p, TODAY).stream().map(FieldError::field).toList();
  }

  @Test
  void aCompleteProposalHasNoProblem() {
    assertEquals(
        List.of(),
        fields(onSite(List.of(new ProposedDay(TODAY.plusDays(1), NINE, FIVE)), terms())));
  }

  @Test
  void everyMissingThingIsToldAtOnce() {
    Proposal empty =
        new Proposal(
            List.of(),
            Set.of(),
            null,
            null,
            null,
            new ConventionTerms(null, null, null, null, " ", null, "", null, null));
    assertEquals(
        List.of(
            "days",
            "trainers",
            "mode",
            "trainees",
            "price",
            "priceBasis",
            "vat",
            "paymentTerms",
            "objectives",
            "content",
            "means",
            "evaluation"),
        fields(empty));
  }

  @Test
  void daysMustBeCompleteInOrderFutureAndDistinct() {
    LocalDate tomorrow = TODAY.plusDays(1);
    assertEquals(
        "establishment.proposal.days.incomplete",
        key(List.of(new ProposedDay(tomorrow, NINE, null))));
    assertEquals("session.endBeforeStart", key(List.of(new ProposedDay(tomorrow, FIVE, NINE))));
    assertEquals(
        "establishment.request.days.past", key(List.of(new ProposedDay(TODAY, NINE, FIVE))));
    assertEquals(
        "establishment.request.days.twice",
        key(List.of(new ProposedDay(tomorrow, NINE, FIVE), new ProposedDay(tomorrow, NINE, FIVE))));
    assertEquals(
        "establishment.request.days.tooMany",
        key(
            List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> new ProposedDay(TODAY.plusDays(i), NINE, FIVE))
                .toList()));
  }

  @Test
  void aRoomOrALinkDependsOnTheMode() {
    List<ProposedDay> days = List.of(new ProposedDay(TODAY.plusDays(3), NINE, FIVE));
    assertEquals(
        List.of("room"),
        fields(new Proposal(days, Set.of(1L), SessionMode.ON_SITE, null, null, terms())));
    assertEquals(
        List.of("videoLink"),
        fields(new Proposal(days, Set.of(1L), SessionMode.ONLINE, null, " ", terms())));
    assertEquals(
        List.of("room", "videoLink"),
        fields(new Proposal(days, Set.of(1L), SessionMode.HYBRID, null, null, terms())));
  }

  @Test
  void seatsPriceAndTextsHaveTheirLimits() {
    ConventionTerms t = terms();
    ConventionTerms bad =
        new ConventionTerms(
            -1L,
            t.priceBasis(),
            t.vat(),
            501,
            "x".repeat(1001),
            "x".repeat(4001),
            t.content(),
            "x".repeat(2001),
            t.evaluation());
    assertEquals(
        List.of("trainees", "price", "paymentTerms", "objectives", "means"),
        fields(onSite(List.of(new ProposedDay(TODAY.plusDays(1), NINE, FIVE)), bad)));
    assertEquals(
        List.of(),
        fields(
            onSite(
                List.of(new ProposedDay(TODAY.plusDays(1), NINE, FIVE)),
                new ConventionTerms(
                    0L,
                    t.priceBasis(),
                    t.vat(),
                    500,
                    "x".repeat(1000),
                    "x".repeat(4000),
                    t.content(),
                    "x".repeat(2000),
                    t.evaluation()))));
  }

  @Test
  void seatsAboveTheRoomAreToldWithTheOtherProblems() {
    Proposal p =
        new Proposal(
            List.of(new ProposedDay(TODAY.plusDays(1), NINE, FIVE)),
            Set.of(),
            SessionMode.ON_SITE,
            3L,
            null,
            terms());
    List<FieldError> errors = ProposalRules.problems(p, TODAY, 12);
    assertEquals(List.of("trainers", "trainees"), errors.stream().map(FieldError::field).toList());
    assertEquals("session.capacity.aboveRoom", errors.get(1).key());
    assertEquals(List.of("trainers"), fields(p), "without the room's capacity, nothing to compare");
    assertEquals(
        List.of(),
        ProposalRules.problems(
                new Proposal(p.days(), Set.of(1L), SessionMode.ON_SITE, 3L, null, terms()),
                TODAY,
                14)
            .stream()
            .map(FieldError::field)
            .toList());
  }

  @Test
  void eurosBecomeCentsOnlyWithTwoDecimalsAtMost() {
    assertEquals(123_456L, ProposalForm.cents(new BigDecimal("1234.56")));
    assertEquals(120_000L, ProposalForm.cents(new BigDecimal("1200")));
    assertEquals(120_000L, ProposalForm.cents(new BigDecimal("1200.000")));
    assertEquals(null, ProposalForm.cents(new BigDecimal("12.345")));
    assertEquals(null, ProposalForm.cents(null));
  }

  private static String key(List<ProposedDay> days) {
    return ProposalRules.problems(onSite(days, terms()), TODAY).get(0).key();
  }
}
