package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The foundation as a visitor sees it, in headless Chromium against Relais running with its demo
 * data: catalogue, filters, a session, sign-up, sign-in, English. Screenshots in
 * target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationBrowserIT {

  @RegisterExtension static Browser browser = new Browser();

  private static final String ROWS =
      ".catalogue .ui-datatable-data > tr:not(.ui-datatable-empty-message)";

  @Test
  @Order(1)
  void theCatalogueListsUpcomingSessions() throws Exception {
    browser.deleteCookies();
    browser.open("/");
    assertEquals("Séances à venir", browser.heading());
    assertEquals("fr", browser.find("html").getAttribute("lang"));
    List<WebElement> rows = browser.all(ROWS);
    assertEquals(10, rows.size(), "a first page of ten sessions");
    assertTrue(rows.get(0).getText().contains("places restantes"), rows.get(0).getText());
    assertTrue(browser.text(".help-link").contains("Besoin d'aide maintenant ?"));
    browser.screenshot("foundation-01-catalogue");
  }

  @Test
  @Order(2)
  void aVisitorFiltersByFormatAndPagesThroughTheResults() throws Exception {
    browser.desktop();
    browser.open("/");
    browser.choose("#f-format", "Atelier eJADES");
    browser.clickAndWait(".filters button[type=submit]");
    assertTrue(browser.url().contains("format=EJADES"), browser.url());
    assertEquals(
        "EJADES", browser.find("#f-format").getAttribute("value"), "the choice stays selected");
    List<String> firstPage = titles();
    assertEquals(10, firstPage.size());
    assertAllEjades();
    browser.screenshot("foundation-02-filtered");

    browser.clickAndWait(".ui-paginator-next"); // a GET link: the next page is its own URL
    assertTrue(browser.url().contains("page=2") && browser.url().contains("format=EJADES"));
    browser.waitFor().until(d -> !titlesAndDates().equals(firstPageDates));
    assertAllEjades();
    assertTrue(browser.text(".ui-paginator-current").startsWith("11–"), "second page");
  }

  private static List<String> firstPageDates;

  private static List<String> titles() {
    firstPageDates = titlesAndDates();
    return browser.all(ROWS + " .catalogue__title").stream().map(WebElement::getText).toList();
  }

  private static List<String> titlesAndDates() {
    return browser.all(ROWS).stream().map(WebElement::getText).toList();
  }

  private static void assertAllEjades() {
    for (WebElement row : browser.all(ROWS)) {
      assertTrue(row.getText().contains("Atelier eJADES"), row.getText());
    }
  }

  @Test
  @Order(3)
  void aVisitorOpensASession() throws Exception {
    browser.desktop();
    browser.open("/?mode=ON_SITE");
    WebElement first = browser.find(ROWS + " .catalogue__title");
    String title = first.getText();
    browser.clickAndWait(ROWS + " .catalogue__title");
    assertTrue(browser.path().startsWith("/catalog/session?id="), browser.path());
    assertEquals(title, browser.heading());
    String page = browser.mainText();
    assertTrue(page.contains("DATE ET HORAIRES") || page.contains("Date et horaires"), page);
    assertTrue(
        page.matches("(?s).*\\d{1,2} h \\d{2} – \\d{1,2} h \\d{2}.*"), "French times: " + page);
    assertTrue(page.contains("places restantes") || page.contains("Complet"), page);
    assertTrue(page.contains("Connectez-vous ou créez un compte pour vous inscrire."));
    assertFalse(page.contains("visio.relais.test"), "no videoconference link in public");
    browser.screenshot("foundation-03-session");

    browser.open("/catalog/session?id=999999");
    assertEquals("Page introuvable", browser.heading());
    browser.screenshot("foundation-04-not-found");
  }

  @Test
  @Order(4)
  void signUpExplainsBadInputNextToEachFieldThenCreatesTheAccount() throws Exception {
    browser.phone();
    browser.open("/people/signup");
    browser.type("#signup\\:firstName", "<script>alert(1)</script>");
    browser.type("#signup\\:lastName", "Martin");
    browser.type("#signup\\:email", "participante@relais.test");
    browser.type("#signup\\:password", "azerty");
    browser.clickAndWait("#signup\\:submit");
    assertTrue(messageFor("firstName").contains("Lettres, espaces"), messageFor("firstName"));
    assertTrue(messageFor("password").contains("10 caractères au moins"), messageFor("password"));
    assertTrue(messageFor("status").contains("obligatoire"));
    assertTrue(messageFor("consent").contains("notice de confidentialité"));
    browser.screenshot("foundation-05-signup-errors");

    browser.type("#signup\\:firstName", "Léa");
    browser.type("#signup\\:password", "garde-de-nuit-42");
    browser.click("#signup\\:status label");
    browser.choose("#signup\\:profession", "Infirmier(ère)");
    browser.choose("#signup\\:workplace", "CHU");
    browser.choose("#signup\\:region", "Occitanie");
    browser.click("#signup\\:consent");
    browser.clickAndWait("#signup\\:submit");
    assertTrue(messageFor("email").contains("Un compte existe déjà"), messageFor("email"));
    assertEquals(
        "Léa", browser.find("#signup\\:firstName").getAttribute("value"), "what was typed is kept");

    browser.type("#signup\\:email", "lea.martin." + System.nanoTime() + "@chu-exemple.fr");
    browser.type("#signup\\:password", "garde-de-nuit-42");
    browser.clickAndWait("#signup\\:submit");
    assertEquals("Séances à venir", browser.heading());
    assertTrue(browser.mainText().contains("Bienvenue Léa"), browser.mainText());
    browser.screenshot("foundation-06-signed-up");
    browser.desktop();
    assertTrue(browser.text(".main-nav__hello").contains("Bonjour Léa"));
    browser.clickAndWait(".main-nav .link-button");
    assertTrue(browser.mainText().contains("Vous êtes déconnecté(e)"));
    assertTrue(browser.all(".main-nav__hello").isEmpty());
  }

  private static String messageFor(String field) {
    return browser
        .waitFor()
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                browser
                    .find("#signup\\:" + field)
                    .findElement(
                        org.openqa.selenium.By.xpath("ancestor::div[contains(@class,'field')]"))
                    .getText());
  }

  @Test
  @Order(5)
  void aParticipantSignsInAndComesBackToTheSessionTheyWereReading() throws Exception {
    browser.desktop();
    browser.deleteCookies();
    browser.open("/?format=TRAINING");
    browser.clickAndWait(ROWS + " .catalogue__title");
    String session = browser.path();
    browser.clickAndWait(".session__next .button--primary");
    assertEquals("Se connecter", browser.heading());

    browser.type("#signin\\:email", "participante@relais.test");
    browser.type("#signin\\:password", "wrong-password-1");
    browser.clickAndWait("#signin\\:submit");
    assertTrue(browser.mainText().contains("Adresse e-mail ou mot de passe incorrect."));
    browser.screenshot("foundation-07-signin-failed");

    browser.type("#signin\\:email", "participante@relais.test");
    browser.type("#signin\\:password", "relais-demo-2026");
    browser.clickAndWait("#signin\\:submit");
    assertEquals(session, browser.path(), "back to the session");
    assertTrue(browser.text(".main-nav__hello").contains("Bonjour Camille"));
    browser.screenshot("foundation-08-signed-in");
  }

  @Test
  @Order(6)
  void aVisitorSwitchesToEnglishAndTheChoiceIsRemembered() throws Exception {
    browser.desktop();
    browser.deleteCookies();
    browser.open("/help/");
    assertEquals("Besoin d'aide maintenant ?", browser.heading());
    browser.clickAndWait(".lang-switch");
    assertEquals("Need help now?", browser.heading());
    assertEquals("/help/", browser.path());
    assertEquals("en", browser.find("html").getAttribute("lang"));
    browser.open("/");
    assertEquals("Upcoming sessions", browser.heading());
    assertTrue(browser.all(ROWS).get(0).getText().matches("(?s).*\\d{2}:\\d{2} – \\d{2}:\\d{2}.*"));
    browser.screenshot("foundation-09-english");
    browser.clickAndWait(".lang-switch");
    assertEquals("Séances à venir", browser.heading());
  }

  @Test
  @Order(7)
  void theHelpPageListsTheAssociationsLineFirst() throws Exception {
    browser.phone();
    browser.open("/help/");
    List<WebElement> lines = browser.all(".help-line");
    assertTrue(lines.size() >= 8);
    assertTrue(lines.get(0).getText().contains("0 805 23 23 36"));
    assertEquals(
        "tel:+33805232336",
        lines.get(0).findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href"));
    browser.screenshot("foundation-10-help-phone");
  }

  @Test
  @Order(8)
  void onAPhoneTheMenuOpensFromItsButton() throws Exception {
    browser.phone();
    browser.open("/");
    WebElement toggle = browser.find(".menu-toggle");
    assertFalse(browser.driver().findElement(org.openqa.selenium.By.id("main-nav")).isDisplayed());
    toggle.click();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(browser.find("#main-nav").isDisplayed());
    browser.screenshot("foundation-11-menu-phone");
    assertNotEquals(0, browser.all("#main-nav a").size());
    browser.desktop();
  }
}
