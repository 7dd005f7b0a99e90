package fr.relais.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Forms that report every mistake in one round and keep what was typed; confirmations that open on
 * the safe choice; a session's page on a phone with its registration action in the first screen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormsBrowserIT {

  @RegisterExtension static Browser browser = new Browser();

  private static final String PASSWORD = "relais-demo-2026";

  /** The message shown in the field (r:field / .field) of an input, or "" when there is none. */
  private static String messageOf(String inputId) {
    Object text =
        browser.script(
            "var f = document.getElementById(arguments[0]);"
                + " var box = f && f.closest('.field');"
                + " var m = box && box.querySelector('.ui-message');"
                + " return m ? m.textContent.trim() : '';",
            inputId);
    return String.valueOf(text);
  }

  private static String valueOf(String inputId) {
    return String.valueOf(
        browser.script("return document.getElementById(arguments[0]).value;", inputId));
  }

  @Test
  @Order(1)
  void aNewSessionFormListsEveryMistakeInOneRoundAndKeepsWhatWasTyped() throws Exception {
    browser.desktop();
    browser.signIn("coordination@relais.test", PASSWORD);
    browser.open("/scheduling/session");
    String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).toString();
    browser.setValue("#session\\:day", day);
    browser.setValue("#session\\:start", "10:00");
    browser.setValue("#session\\:end", "09:00");
    browser.clickAndWait("#session\\:saveDraft");

    Map<String, String> expected =
        Map.of(
            "session:activity", "Ce champ est obligatoire.",
            "session:end", "La fin doit être après le début.",
            "session:room", "Choisissez une salle pour une séance sur place.",
            "session:capacity", "Entre 1 et",
            "session:trainers", "Choisissez au moins un formateur.");
    for (Map.Entry<String, String> field : expected.entrySet()) {
      String shown = messageOf(field.getKey());
      assertTrue(shown.startsWith(field.getValue()), field.getKey() + ": " + shown);
    }
    assertEquals(day, valueOf("session:day"), "the day is kept");
    assertEquals("10:00", valueOf("session:start"));
    assertEquals("09:00", valueOf("session:end"));
    browser.screenshot("forms-session-errors-desktop");
    browser.phone();
    browser.screenshot("forms-session-errors-phone");
    browser.desktop();
  }

  @Test
  @Order(2)
  void theSignUpFormChecksThePasswordWithTheOtherFieldsAndKeepsIt() throws Exception {
    browser.deleteCookies();
    browser.phone();
    browser.open("/people/signup");
    browser.type("#signup\\:firstName", "Léa");
    browser.type("#signup\\:lastName", "M4rtin");
    browser.type("#signup\\:email", "participante@relais.test");
    browser.type("#signup\\:password", "motdepasse");
    browser.clickAndWait("#signup\\:submit");

    Map<String, String> expected =
        Map.of(
            "signup:lastName", "Lettres, espaces",
            "signup:email", "Un compte existe déjà avec cette adresse.",
            "signup:password", "Ce mot de passe est trop courant",
            "signup:profession", "Ce champ est obligatoire.",
            "signup:workplace", "Ce champ est obligatoire.",
            "signup:region", "Ce champ est obligatoire.",
            "signup:consent", "Vous devez accepter la notice");
    for (Map.Entry<String, String> field : expected.entrySet()) {
      String shown = messageOf(field.getKey());
      assertTrue(shown.contains(field.getValue()), field.getKey() + ": " + shown);
    }
    assertEquals("", messageOf("signup:firstName"), "a right field has no message");
    assertEquals("Léa", valueOf("signup:firstName"));
    assertEquals("M4rtin", valueOf("signup:lastName"));
    assertEquals("participante@relais.test", valueOf("signup:email"));
    assertEquals("motdepasse", valueOf("signup:password"), "the password is not wiped");
    browser.screenshot("forms-signup-errors-phone");
    browser.desktop();
    browser.screenshot("forms-signup-errors-desktop");
  }

  @Test
  @Order(3)
  void deletingAnActivityAsksWithTheFocusOnKeepingIt() throws Exception {
    browser.desktop();
    browser.signIn("coordination@relais.test", PASSWORD);
    browser.open("/programme/activities");
    int rows = browser.all(".ui-datatable-data > tr").size();
    browser.click(".ui-datatable-data > tr .ui-button-danger");
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
    assertEquals(
        "Supprimer l'activité", browser.text(".ui-confirm-dialog .ui-confirmdialog-yes").strip());
    WebElement focused =
        browser
            .waitFor()
            .until(
                d -> {
                  WebElement active = d.switchTo().activeElement();
                  return active.getText().isBlank() ? null : active;
                });
    assertEquals("Garder l'activité", focused.getText().strip(), "the focus is on the safe choice");
    browser.screenshot("forms-activity-delete-confirm-desktop");
    focused.sendKeys(Keys.ENTER);
    browser
        .waitFor()
        .until(d -> browser.all(".ui-confirm-dialog").stream().noneMatch(WebElement::isDisplayed));
    browser.open("/programme/activities");
    assertEquals(rows, browser.all(".ui-datatable-data > tr").size(), "nothing deleted");

    browser.phone();
    browser.click(".ui-datatable-data > tr .ui-button-danger");
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
    browser.screenshot("forms-activity-delete-confirm-phone");
    browser.desktop();
  }

  @Test
  @Order(4)
  void erasingOnesAccountAsksWithTheFocusOnKeepingIt() throws Exception {
    browser.phone();
    browser.signIn("participant201@relais.test", PASSWORD);
    browser.open("/privacy/");
    browser.click("#erase\\:submit");
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
    assertEquals(
        "Supprimer mon compte", browser.text(".ui-confirm-dialog .ui-confirmdialog-yes").strip());
    WebElement focused = browser.driver().switchTo().activeElement();
    assertEquals("Non, garder mon compte", focused.getText().strip());
    browser.screenshot("forms-erasure-confirm-phone");
    browser.desktop();
    browser.screenshot("forms-erasure-confirm-desktop");
    focused.sendKeys(Keys.ENTER);
    browser
        .waitFor()
        .until(d -> browser.all(".ui-confirm-dialog").stream().noneMatch(WebElement::isDisplayed));
    browser.open("/privacy/");
    assertTrue(
        browser.find("#erase\\:submit").isDisplayed(),
        "the account is still there, erasure still offered");
  }

  @Test
  @Order(5)
  void onAPhoneASessionsRegistrationActionIsInTheFirstScreenAndTimesStayWhole() throws Exception {
    browser.phone();
    browser.signIn("participant202@relais.test", PASSWORD);
    browser.open("/?format=EJADES");
    browser.clickAndWait(".catalogue .ui-datatable-data > tr .catalogue__title");
    WebElement register = browser.find("#registration\\:register");
    Number bottom =
        (Number)
            browser.script(
                "return arguments[0].getBoundingClientRect().bottom - window.scrollY;", register);
    Number viewport = (Number) browser.script("return window.innerHeight;");
    assertTrue(
        bottom.doubleValue() <= viewport.doubleValue(),
        "'Je m'inscris' ends at " + bottom + " px in a " + viewport + " px screen");
    String when =
        String.valueOf(browser.script("return document.querySelector('.facts time').textContent;"));
    assertTrue(when.matches(".*\\d+\u00a0h\u00a0\\d\\d.*"), "no-break spaces in " + when);
    assertFalse(when.matches(".*\\d+ h \\d\\d.*"), "no breakable space inside a time: " + when);
    WebElement shortWhen = browser.find(".session__when-short");
    Number lines =
        (Number)
            browser.script(
                "var el = arguments[0]; var lh = parseFloat(getComputedStyle(el).lineHeight);"
                    + " return Math.round(el.getBoundingClientRect().height / lh);",
                shortWhen);
    assertTrue(lines.intValue() <= 2, "the date line under the title: " + lines + " lines");
    browser.screenshot("forms-catalog-session-phone");
    browser.desktop();
    browser.screenshot("forms-catalog-session-desktop");
  }

  @Test
  @Order(6)
  void theWho5ShowsItsNumbersAndOneSectionShowsNoSteps() throws Exception {
    browser.phone();
    browser.signIn("participante@relais.test", PASSWORD);
    browser.open("/survey/mine");
    browser.clickAndWait("a[href*='/survey/answer']");
    String page = browser.mainText();
    if (page.contains("WHO-5")) {
      assertTrue(page.contains("5 – Tout le temps"), page);
      assertTrue(page.contains("0 – Jamais"), page);
      assertTrue(browser.all("#step").isEmpty(), "one section: no 'Étape 1 sur 1'");
      assertTrue(browser.all(".progress").isEmpty(), "one section: no progress bar");
    }
    browser.screenshot("forms-survey-answer-phone");
    browser.desktop();
    browser.screenshot("forms-survey-answer-desktop");
  }

  @Test
  @Order(7)
  void pagesWithChangedDialogsAndLabels() throws Exception {
    browser.desktop();
    browser.signIn("coordination@relais.test", PASSWORD);
    browser.open("/?format=EJADES");
    browser.clickAndWait(".catalogue .ui-datatable-data > tr .catalogue__title");
    String id = browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1");
    boolean evening = browser.text(".facts time").matches("(?s).*, (1[89]|2\\d)[\\s\u00a0]h.*");
    browser.open("/attendance/roster?id=" + id);
    if (evening) {
      assertTrue(browser.mainText().contains("Soirée"), "an 18:00 session is an evening");
      assertFalse(
          browser.text("section[aria-labelledby='documents']").contains("Après-midi"),
          browser.text("section[aria-labelledby='documents']"));
    }
    browser.screenshot("forms-attendance-roster-desktop");
    browser.phone();
    browser.screenshot("forms-attendance-roster-phone");
    browser.open("/scheduling/session?id=" + id);
    WebElement limit = browser.find("#session\\:waitlistLimit");
    browser.script("arguments[0].scrollIntoView({block:'center'})", limit);
    browser.screenshot("forms-scheduling-session-waitlist-phone");
    browser.desktop();
    browser.script("arguments[0].scrollIntoView({block:'center'})", limit);
    browser.screenshot("forms-scheduling-session-waitlist-desktop");

    browser.signIn("admin@relais.test", PASSWORD);
    browser.open("/admin/operations");
    browser.click("[id$='runRetention']");
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
    assertEquals(
        "Ne rien supprimer", browser.driver().switchTo().activeElement().getText().strip());
    browser.screenshot("forms-operations-confirm-desktop");
    browser.phone();
    browser.screenshot("forms-operations-confirm-phone");

    browser.signIn("participante@relais.test", PASSWORD);
    browser.open("/registration/mine");
    List<WebElement> cancels =
        browser.all("main button").stream()
            .filter(b -> b.getText().strip().equals("Annuler mon inscription"))
            .toList();
    if (!cancels.isEmpty()) {
      browser.script("arguments[0].scrollIntoView({block:'center'})", cancels.get(0));
      cancels.get(0).click();
      browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
      assertEquals(
          "Garder mon inscription", browser.driver().switchTo().activeElement().getText().strip());
    }
    browser.screenshot("forms-registration-mine-confirm-phone");
    browser.desktop();
    browser.screenshot("forms-registration-mine-confirm-desktop");
  }

  @Test
  @Order(8)
  void renewingATrainersCalendarAddressAsksWithTheFocusOnKeepingIt() throws Exception {
    browser.desktop();
    browser.signIn("formatrice@relais.test", PASSWORD);
    browser.open("/scheduling/mine");
    browser.click("#feedForm\\:renew");
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
    assertEquals(
        "Changer l'adresse", browser.text(".ui-confirm-dialog .ui-confirmdialog-yes").strip());
    assertEquals(
        "Garder l'adresse actuelle", browser.driver().switchTo().activeElement().getText().strip());
    browser.screenshot("forms-scheduling-mine-confirm-desktop");
    browser.phone();
    browser.screenshot("forms-scheduling-mine-confirm-phone");
  }
}
