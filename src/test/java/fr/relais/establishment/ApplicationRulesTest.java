package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.site.SiteKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static Map<String, String> problems(Application form) {
    return ApplicationRules.problems(form, TODAY).stream()
        .collect(Collectors.toMap(FieldError::field, FieldError::key));
  }

  private static Application complete() {
    Application form = new Application();
    form.setSiteId(7L);
    form.setFirstName("Aurélie");
    form.setLastName("N’Diaye-Martin");
    form.setEmail(" cadre.sante@chu-exemple.fr ");
    form.setJobTitle("Cadre de santé");
    form.setPhone("+33 2 35 00 00 00");
    form.setPassword("Journée-2027");
    form.setPrivacyConsent(true);
    RequestDraft request = form.getRequest();
    request.setActivityId(3L);
    request.getDays().set(0, "2027-02-15");
    request.getDays().set(1, "2027-02-22");
    request.setHeadcount("14");
    request.setAudience(Audience.PROFESSIONALS);
    return form;
  }

  @Test
  void aCompleteApplicationForAListedSiteHasNoProblem() {
    assertEquals(Map.of(), problems(complete()));
    RequestDetails details = complete().getRequest().details();
    assertEquals(
        List.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 22)), details.wishedDays());
    assertEquals(14, details.headcount());
    assertEquals(null, details.rooms());
  }

  @Test
  void anUnlistedEstablishmentIsDescribedInFull() {
    Application form = complete();
    form.setSiteId(null);
    form.setUnlisted(true);
    form.setSiteKind(SiteKind.MAISON_DES_SOIGNANTS);
    form.setPostalCode("7600");
    form.setAddress(" ");
    assertEquals(
        Map.of(
            "siteName", "relais.required.text",
            "siteKind", "establishment.apply.kind.required",
            "address", "relais.required.text",
            "postalCode", "establishment.apply.postalCode.invalid",
            "city", "relais.required.text",
            "region", "relais.required.text"),
        problems(form));
    form.setSiteName("EHPAD Les Tilleuls");
    form.setSiteKind(SiteKind.NURSING_HOME);
    form.setAddress("3 rue des Lilas");
    form.setPostalCode(" 57000 ");
    form.setCity("Metz");
    form.setRegion(Region.GRAND_EST);
    assertEquals(Map.of(), problems(form));
  }

  @Test
  void everyProblemComesAtOnceOnItsField() {
    Application form = new Application();
    form.setFirstName("<script>");
    form.setEmail("not-an-address");
    form.setPhone("call me");
    form.setPassword("short");
    form.getRequest().getDays().set(0, "15/02/2027");
    form.getRequest().setHeadcount("quatorze");
    assertEquals(
        Map.ofEntries(
            Map.entry("site", "establishment.apply.site.required"),
            Map.entry("firstName", "relais.name.invalid.text"),
            Map.entry("lastName", "relais.name.invalid.text"),
            Map.entry("email", "relais.email.invalid.text"),
            Map.entry("jobTitle", "relais.required.text"),
            Map.entry("phone", "establishment.apply.phone.invalid"),
            Map.entry("password", "password.tooShort"),
            Map.entry("consent", "establishment.apply.consent.required"),
            Map.entry("activity", "establishment.request.activity.required"),
            Map.entry("days", "establishment.request.days.invalid"),
            Map.entry("headcount", "establishment.request.headcount.range"),
            Map.entry("audience", "establishment.request.audience.required")),
        problems(form));
  }

  @Test
  void thePasswordFollowsThePolicyAgainstTheAddress() {
    Application form = complete();
    form.setPassword("cadre.sante-2027");
    assertEquals(Map.of("password", "password.containsEmail"), problems(form));
  }

  @Test
  void wishedDaysAreTomorrowAtTheEarliestAndFiveAtMost() {
    Application form = complete();
    form.getRequest().getDays().set(0, TODAY.toString());
    assertEquals(Map.of("days", "establishment.request.days.past"), problems(form));
    form.getRequest().getDays().set(0, TODAY.plusDays(1).toString());
    assertEquals(Map.of(), problems(form));
    form.getRequest().getDays().set(1, TODAY.plusDays(1).toString());
    assertEquals(Map.of("days", "establishment.request.days.twice"), problems(form));
  }
}
