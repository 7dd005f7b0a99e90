package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.programme.Audience;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static Map<String, String> problems(RequestDetails details) {
    return RequestRules.problems(details, TODAY).stream()
        .collect(Collectors.toMap(FieldError::field, FieldError::key));
  }

  @Test
  void aCompleteRequestHasNoProblem() {
    assertEquals(
        Map.of(),
        problems(
            new RequestDetails(
                1L, List.of(TODAY.plusDays(1)), 12, Audience.PROFESSIONALS, "Salle B", null)));
  }

  @Test
  void everyProblemComesAtOnceOnItsField() {
    assertEquals(
        Map.of(
            "activity", "establishment.request.activity.required",
            "days", "establishment.request.days.required",
            "headcount", "establishment.request.headcount.range",
            "audience", "establishment.request.audience.required",
            "notes", "establishment.tooLong"),
        problems(new RequestDetails(null, List.of(), 0, null, null, "x".repeat(2001))));
  }

  @Test
  void wishedDaysAreToComeDistinctAndFew() {
    assertEquals("establishment.request.days.past", problems(details(List.of(TODAY))).get("days"));
    assertEquals(
        "establishment.request.days.twice",
        problems(details(List.of(TODAY.plusDays(2), TODAY.plusDays(2)))).get("days"));
    assertEquals(
        "establishment.request.days.tooMany",
        problems(
                details(
                    List.of(
                        TODAY.plusDays(1),
                        TODAY.plusDays(2),
                        TODAY.plusDays(3),
                        TODAY.plusDays(4),
                        TODAY.plusDays(5),
                        TODAY.plusDays(6))))
            .get("days"));
    assertEquals(Map.of(), problems(details(List.of(TODAY.plusDays(1), TODAY.plusDays(9)))));
  }

  @Test
  void headcountRunsFromOneToFiveHundred() {
    assertEquals(Map.of(), problems(withHeadcount(1)));
    assertEquals(Map.of(), problems(withHeadcount(500)));
    assertEquals(
        "establishment.request.headcount.range", problems(withHeadcount(501)).get("headcount"));
    assertEquals(
        "establishment.request.headcount.range", problems(withHeadcount(null)).get("headcount"));
  }

  private static RequestDetails details(List<LocalDate> days) {
    return new RequestDetails(1L, days, 10, Audience.ALL, null, null);
  }

  private static RequestDetails withHeadcount(Integer headcount) {
    return new RequestDetails(1L, List.of(TODAY.plusDays(3)), headcount, Audience.ALL, null, null);
  }
}
