package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The staff tools in a real browser on the running demo: a trainer writes to the registrants of
 * their session from the sign-in sheet (each one receives it); an administrator adds a support line
 * (a wrong number is told next to the field), the help page shows when it was checked, and the line
 * is removed; the accessibility statement is one click from any page's footer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffToolsBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String[] PEOPLE = {
    "participant286@relais.test", "participant287@relais.test"
  };

  @RegisterExtension static Browser browser = new Browser();

  private static long session;
  private static String trainer;

  /** A published online session next month, led by a trainer of its own, two registrations. */
  @BeforeAll
  static void aSessionWithTwoRegistrants() throws Exception {
    trainer = "formatrice.message." + System.nanoTime() + "@relais.test";
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      long account =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash)"
                  + " SELECT ?, 'Inès', 'Messager', password_hash FROM account"
                  + " WHERE email = 'coordination@relais.test' RETURNING id",
              trainer);
      Sql.number(c, "INSERT INTO account_role VALUES (?, 'TRAINER') RETURNING account_id", account);
      session =
          Sql.number(
              c,
              "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                  + " status) SELECT id, now() + interval '33 days', now() + interval '33 days 1 hour',"
                  + " 'ONLINE', 'https://visio.relais.test/message', 10, 'PUBLISHED'"
                  + " FROM activity WHERE format = 'EJADES' ORDER BY id LIMIT 1 RETURNING id");
      Sql.number(
          c, "INSERT INTO session_trainer VALUES (?, ?) RETURNING session_id", session, account);
    }
    WebClient web = new WebClient();
    for (String person : PEOPLE) {
      HttpResponse<String> r =
          web.api("POST", "/api/sessions/" + session + "/registrations", person, PASSWORD, "{}");
      assertEquals(201, r.statusCode(), r.body());
    }
  }

  @Test
  @Order(1)
  void aTrainerWritesToTheRegistrantsAndEachReceivesTheMessage() throws Exception {
    browser.desktop();
    browser.signIn(trainer, PASSWORD);
    browser.open("/attendance/roster?id=" + session);
    browser.clickAndWait("#writeToRegistrants");
    assertEquals("Écrire aux inscrits", browser.heading());
    assertTrue(browser.text("#recipients").contains("2 personne(s)"), browser.text("#recipients"));
    browser.clickAndWait("#message\\:send");
    assertTrue(
        browser.text("#message").contains("Indiquez l'objet du message."), "next to the subject");
    assertTrue(browser.text("#message").contains("Écrivez le message."), "next to the text");
    browser.screenshot("staff-message-errors");

    String mark = "Salle changée " + System.nanoTime();
    browser.type("#message\\:subject", mark);
    browser.type("#message\\:text", "Rendez-vous salle 2.\n<b>Merci</b> !");
    browser.clickAndWait("#message\\:send");
    assertTrue(browser.mainText().contains("Message envoyé à 2 personne(s)."), browser.mainText());
    assertEquals("", browser.find("#message\\:subject").getAttribute("value"), "form emptied");
    browser.screenshot("staff-message-sent");

    List<MimeMessage> received = List.of();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      received =
          TestEnvironment.get().mail().received().stream()
              .filter(m -> subject(m).contains(mark))
              .toList();
      if (received.size() >= 2) {
        break;
      }
      Thread.sleep(300);
    }
    assertEquals(2, received.size());
    for (MimeMessage m : received) {
      String to = m.getAllRecipients()[0].toString();
      assertTrue(List.of(PEOPLE).contains(to), to);
      assertTrue(String.valueOf(m.getContent()).contains("<b>Merci</b> !"), "plain text, as typed");
    }
    assertEquals(
        2, received.stream().map(StaffToolsBrowserIT::recipient).distinct().count(), "one each");
  }

  private static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (Exception e) {
      return "";
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      return "";
    }
  }

  @Test
  @Order(2)
  void anAdministratorAddsASupportLineThePageShowsWhenItWasCheckedThenItIsRemoved()
      throws Exception {
    browser.desktop();
    browser.signIn("admin@relais.test", PASSWORD);
    browser.open("/admin/help-lines");
    assertEquals("Lignes d'écoute", browser.heading());
    String name = "Ligne de test " + System.nanoTime();
    browser.choose("#line\\:scope", "Île-de-France");
    browser.type("#line\\:name", name);
    browser.type("#line\\:number", "12 34");
    browser.type("#line\\:hours", "Du lundi au vendredi, 9 h – 17 h");
    browser.type("#line\\:audience", "Soignants d'Île-de-France");
    browser.setValue("#line\\:checkedOn", LocalDate.now(ZoneId.of("Europe/Paris")).toString());
    browser.click("#line\\:save");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#line").contains("Numéro non reconnu"));
    assertEquals(name, browser.find("#line\\:name").getAttribute("value"), "input kept");
    browser.screenshot("staff-help-lines-error");

    browser.type("#line\\:number", "01 48 00 48 01");
    browser.click("#line\\:save");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#lines").contains(name));
    assertEquals("", browser.find("#line\\:name").getAttribute("value"), "ready for another");

    browser.open("/help/");
    WebElement card =
        browser.all(".help-line").stream()
            .filter(l -> l.getText().contains(name))
            .findFirst()
            .orElseThrow();
    assertTrue(card.getText().contains("01 48 00 48 01"), card.getText());
    assertTrue(card.getText().contains("Vérifié le "), card.getText());
    assertTrue(
        browser.all(".help-line").get(0).getText().contains("Pas encore vérifié"),
        "the 2020 lines say so");

    browser.open("/admin/help-lines");
    List<WebElement> rows = browser.all("#lines\\:list tbody tr");
    int index = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(name)) {
        index = i;
      }
    }
    assertTrue(index >= 0);
    browser.click("#lines\\:list\\:" + index + "\\:remove");
    browser.waitFor().until(d -> browser.find(".ui-confirm-dialog").isDisplayed());
    browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
    browser.awaitAjax();
    browser.waitFor().until(d -> !browser.text("#lines").contains(name));
    browser.open("/help/");
    assertFalse(browser.mainText().contains(name));
  }

  @Test
  @Order(3)
  void theAccessibilityStatementIsOneClickFromAnyPage() throws Exception {
    browser.phone();
    browser.deleteCookies();
    browser.open("/catalog/");
    browser.clickAndWait("#footer-accessibility");
    assertEquals("/help/accessibility", browser.path());
    assertEquals("Déclaration d'accessibilité", browser.heading());
    String text = browser.mainText();
    assertTrue(text.contains("non conforme"), text);
    assertTrue(text.contains("RGAA"), text);
    assertTrue(text.contains("Défenseur des droits"), text);
    assertTrue(browser.find("#a11y-mail").getAttribute("href").startsWith("mailto:"));
    assertTrue(browser.find("#a11y-help").getAttribute("href").endsWith("/help/"));
  }

  @Test
  @Order(4)
  void aCoordinatorIsToldNextToTheFieldWhenThePeriodIsBackwards() throws Exception {
    browser.desktop();
    browser.signIn("coordination@relais.test", PASSWORD);
    browser.open("/reporting/attendance");
    browser.setValue("#export\\:from", "2026-03-10");
    browser.setValue("#export\\:to", "2026-03-01");
    browser.clickAndWait("#export\\:download");
    assertTrue(
        browser.text("#export").contains("Le dernier jour vient avant le premier."),
        browser.text("#export"));
    assertEquals("2026-03-10", browser.find("#export\\:from").getAttribute("value"), "kept");
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn("coordination@relais.test", PASSWORD));
    HttpResponse<byte[]> file =
        coordinator.bytes("/api/attendance.xlsx?from=2026-01-01&to=2026-12-31");
    assertEquals(200, file.statusCode());
    assertEquals(
        "PK", new String(file.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a zip");
    WebClient own = new WebClient();
    assertTrue(own.signIn(trainer, PASSWORD));
    assertEquals(
        403,
        own.bytes("/api/sessions/" + session + "/attendance.xlsx").statusCode(),
        "not even the session's trainer");
  }

  /** Every page this work adds or changes, at desktop and phone size, whole; none wider. */
  @Test
  @Order(5)
  void screenshotsOfThePagesAtDesktopAndPhoneSizeNoneWiderThanThePhone() throws Exception {
    shoot(null, "/help/", "help");
    shoot(null, "/help/accessibility", "accessibility");
    shoot(trainer, "/registration/message?id=" + session, "message");
    shoot(trainer, "/attendance/roster?id=" + session, "roster-trainer");
    shoot(
        "coordination@relais.test",
        "/registration/session?id=" + session,
        "registrations-coordinator");
    shoot("coordination@relais.test", "/reporting/attendance", "attendance-export");
    shoot("coordination@relais.test", "/reporting/activity", "reports-tabs");
    shoot("admin@relais.test", "/admin/help-lines", "help-lines-admin");
    shoot("admin@relais.test", "/admin/operations", "operations");
  }

  private static void shoot(String who, String path, String name) throws Exception {
    if (who == null) {
      browser.deleteCookies();
    } else {
      browser.signIn(who, PASSWORD);
    }
    for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
      browser
          .driver()
          .manage()
          .window()
          .setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
      browser.open(path);
      long wide =
          ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
      long view = ((Number) browser.script("return window.innerWidth")).longValue();
      assertTrue(wide <= view, path + " is " + wide + " px wide at " + view);
      long tall =
          ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
      browser
          .driver()
          .manage()
          .window()
          .setSize(
              new org.openqa.selenium.Dimension(
                  size[0], (int) Math.max(size[1], Math.min(tall + 120, 6000))));
      browser.screenshot("i14-tools-" + name + "-" + (size[0] > 400 ? "desktop" : "phone"));
    }
  }
}
