package fr.relais.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.relais.kernel.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpLineRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static HelpLineForm valid() {
    HelpLineForm form = new HelpLineForm();
    form.setScope(HelpLine.Scope.NATIONAL);
    form.setName("  Ligne d'écoute  ");
    form.setNumber("0805232336");
    form.setHours("24 h/24");
    form.setAudience("Soignants");
    form.setCheckedOn(TODAY);
    form.setHoursEn("   ");
    return form;
  }

  @Test
  void numbersArePrintedTheFrenchWay() {
    assertEquals("0 805 23 23 36", HelpLineRules.printed("08 05 23 23 36"));
    assertEquals("01 40 54 53 77", HelpLineRules.printed("01.40.54.53.77"));
    assertEquals("01 40 54 53 77", HelpLineRules.printed("+33 1 40 54 53 77"));
    assertEquals("3114", HelpLineRules.printed("3114"));
    assertEquals("116123", HelpLineRules.printed("116 123"));
    assertEquals("15", HelpLineRules.printed("15"));
    assertNull(HelpLineRules.printed("0 805 23 23"), "nine digits");
    assertNull(HelpLineRules.printed("00 805 23 23 36"), "0 then 0");
    assertNull(HelpLineRules.printed("+44 20 7946 0958"), "not French");
    assertNull(HelpLineRules.printed("appelez-nous"));
  }

  @Test
  void telLinksAreInternationalExceptShortNumbers() {
    assertEquals("+33805232336", HelpLineRules.tel("0 805 23 23 36"));
    assertEquals("+33140545377", HelpLineRules.tel("01 40 54 53 77"));
    assertEquals("3114", HelpLineRules.tel("3114"));
  }

  @Test
  void aValidFormIsTrimmedAndItsNumberPrinted() {
    HelpLineForm form = valid();
    HelpLineRules.check(form, TODAY);
    assertEquals("Ligne d'écoute", form.getName());
    assertEquals("0 805 23 23 36", form.getNumber());
    assertNull(form.getHoursEn(), "an empty English text falls back to French");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceOnItsField() {
    HelpLineForm form = new HelpLineForm();
    form.setScope(null);
    form.setName(" ");
    form.setNumber("12 34");
    form.setAudience("x".repeat(301));
    InvalidInput invalid = assertThrows(InvalidInput.class, () -> HelpLineRules.check(form, TODAY));
    assertEquals(
        List.of("name", "hours", "audience", "scope", "number", "checkedOn"),
        invalid.getErrors().stream().map(InvalidInput.FieldError::field).toList());
    assertEquals(
        List.of(
            "helpLines.name.required",
            "helpLines.hours.required",
            "helpLines.tooLong",
            "helpLines.scope.required",
            "helpLines.number.invalid",
            "helpLines.checkedOn.required"),
        invalid.getErrors().stream().map(InvalidInput.FieldError::key).toList());
  }

  @Test
  void theCheckDateMayBeTodayButNotTomorrow() {
    HelpLineRules.check(valid(), TODAY);
    HelpLineForm tomorrow = valid();
    tomorrow.setCheckedOn(TODAY.plusDays(1));
    InvalidInput invalid =
        assertThrows(InvalidInput.class, () -> HelpLineRules.check(tomorrow, TODAY));
    assertEquals("helpLines.checkedOn.future", invalid.getErrors().get(0).key());
    HelpLineForm noNumber = valid();
    noNumber.setNumber("  ");
    assertEquals(
        "helpLines.number.required",
        assertThrows(InvalidInput.class, () -> HelpLineRules.check(noNumber, TODAY))
            .getErrors()
            .get(0)
            .key());
  }
}
