package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A participant registers on a phone, sees the confirmation, cancels, and the seat comes back; a
 * coordinator manages a session's registrations; the administrator reads the outbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationBrowserIT {

  @RegisterExtension static Browser browser = new Browser();

  private static int seatsLeft() {
    Matcher m = Pattern.compile("(\\d+) places? restantes?").matcher(browser.text("#registration"));
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  @Test
  @Order(1)
  void aParticipantRegistersThenCancelsAndTheSeatComesBack() throws Exception {
    browser.deleteCookies();
    browser.phone();
    browser.open("/people/signin");
    browser.type("#signin\\:email", "participant150@relais.test");
    browser.type("#signin\\:password", "relais-demo-2026");
    browser.clickAndWait("#signin\\:submit");

    browser.open("/?format=EJADES");
    browser.clickAndWait(".catalogue .ui-datatable-data > tr .catalogue__title");
    String session = browser.path();
    int before = seatsLeft();
    assertTrue(before > 0, browser.text("#registration"));
    browser.screenshot("registration-01-session-phone");

    browser.click("#registration\\:register");
    browser.awaitAjax();
    try {
      browser
          .waitFor()
          .until(
              d -> browser.text("#registration").contains("Vous êtes inscrit(e) à cette séance."));
    } catch (RuntimeException e) {
      browser.screenshot("registration-debug");
      throw new AssertionError(browser.mainText(), e);
    }
    assertTrue(
        browser.text("#registration").contains("https://visio.relais.test/"),
        "the link, now that a seat is theirs");
    browser.screenshot("registration-02-registered");

    browser.open("/registration/mine");
    assertEquals("Mes inscriptions", browser.heading());
    assertTrue(browser.mainText().contains("Ajouter à mon agenda"));
    browser.screenshot("registration-03-my-registrations");

    browser.open(session);
    browser.click("#registration\\:cancel");
    browser.click(".ui-confirmdialog-yes");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(d -> browser.text("#registration").contains("Votre inscription est annulée."));
    assertEquals(before, seatsLeft(), "the seat is back");
    browser.screenshot("registration-04-cancelled");
  }

  private static void signIn(String email) {
    browser.signIn(email, "relais-demo-2026");
  }

  @Test
  @Order(2)
  void aCoordinatorAddsPromotesAndCancelsRegistrations() throws Exception {
    browser.desktop();
    // A talk group of a single seat, for this test alone.
    long session;
    try (java.sql.Connection c =
        fr.relais.testing.TestEnvironment.get().connect(fr.relais.testing.TestEnvironment.APP_DB)) {
      var r =
          c.createStatement()
              .executeQuery(
                  "SELECT (SELECT id FROM activity WHERE title = 'Groupe de parole des soignants'),"
                      + " (SELECT id FROM account WHERE email = 'formatrice.marchand@relais.test')");
      r.next();
      var start =
          java.time.OffsetDateTime.now(java.time.ZoneId.of("Europe/Paris"))
              .plusDays(250)
              .withHour(18)
              .withMinute(0)
              .withSecond(0)
              .withNano(0);
      var created =
          new fr.relais.testing.WebClient()
              .api(
                  "POST",
                  "/api/sessions",
                  "coordination@relais.test",
                  "relais-demo-2026",
                  "{\"activityId\":"
                      + r.getLong(1)
                      + ",\"start\":\""
                      + start
                      + "\",\"end\":\""
                      + start.plusHours(2)
                      + "\",\"mode\":\"ONLINE\",\"videoLink\":\"https://visio.relais.test/groupe\",\"capacity\":1,\"trainerIds\":["
                      + r.getLong(2)
                      + "],\"publish\":true}");
      assertEquals(201, created.statusCode(), created.body());
      String body = created.body();
      int i = body.indexOf("\"id\":") + 5;
      session = Long.parseLong(body.substring(i, body.indexOf(',', i)));
    }
    signIn("coordination@relais.test");
    browser.open("/registration/session?id=" + session);
    assertEquals("Inscriptions", browser.heading());
    browser.type("#add\\:email", "participant020@relais.test");
    browser.click("#add\\:submit");
    browser.awaitAjax();
    browser.type("#add\\:email", "participant021@relais.test");
    browser.click("#add\\:submit");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(d -> browser.text("#roster\\:list").contains("participant021@relais.test"));
    String list = browser.text("#roster\\:list");
    assertTrue(list.contains("Liste d'attente, n° 1"), list);
    // Staff wording, counts, and no empty card waiting for a cancellation nobody asked for.
    assertTrue(list.contains("Annuler l'inscription"), list);
    assertTrue(!list.contains("Annuler mon inscription"), list);
    assertEquals(
        "Annuler l'inscription de " + browser.text("#roster\\:list tr:first-child .strong"),
        browser.find("#roster\\:list tr:first-child .ui-button-danger").getAttribute("aria-label"));
    String counts = browser.text("#counts");
    assertTrue(
        counts.contains("1 inscrit sur 1 place")
            && counts.contains("1 en liste d'attente")
            && counts.contains("0 annulation"),
        counts);
    assertTrue(browser.all("#cancelForm .card").isEmpty(), "no empty card");
    browser.screenshot("registration-05-roster");

    // The coordinator cancels the first registration with a reason: the waiting person moves up.
    browser.click("#roster\\:list tr:first-child .ui-button-danger");
    browser.awaitAjax();
    assertTrue(
        browser.text("#cancelForm h2").startsWith("Annuler l'inscription de "),
        browser.text("#cancelForm"));
    browser.type("#cancelForm\\:reason", "Absence signalée par le service");
    browser.click("#cancelForm\\:confirmCancel");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(d -> browser.mainText().contains("Inscription annulée ; la personne est prévenue."));
    String after = browser.text("#roster\\:list");
    assertTrue(after.contains("participant021@relais.test") && after.contains("Inscrit(e)"), after);
    assertTrue(!after.contains("participant020@relais.test"), after);

    var web = new fr.relais.testing.WebClient();
    assertTrue(web.signIn("coordination@relais.test", "relais-demo-2026"));
    var csv = web.get("/api/sessions/" + session + "/registrations.csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().contains("Inscrit(e)"), csv.body());
    for (String code : java.util.List.of("CONFIRMED", "PROFESSIONAL", "STUDENT", "GENERAL")) {
      assertTrue(!csv.body().contains(code), code + " in " + csv.body());
    }
    assertTrue(browser.text("#counts").contains("1 annulation"));
  }

  @Test
  @Order(3)
  void theAdministratorReadsWhatParticipantsReceived() throws Exception {
    signIn("admin@relais.test");
    browser.open("/notification/outbox");
    assertEquals("Boîte d'envoi", browser.heading());
    browser.waitFor().until(d -> browser.text("#outbox\\:list").contains("Inscription confirmée"));
    // The newest confirmation; clicked again if a first click came before its handler was bound.
    browser
        .waitFor()
        .until(
            d -> {
              browser.script(
                  "Array.from(document.querySelectorAll('#outbox\\\\:list a'))"
                      + ".find(a => a.textContent.includes('Inscription confirmée')).click()");
              browser.awaitAjax();
              return browser.text("#mail").contains("Bonjour");
            });
    browser.screenshot("registration-06-outbox");
  }

  @Test
  @Order(4)
  void aPastSessionsRegistrationsSayWhoCameAndOfferNoCancelling() throws Exception {
    long session;
    String absentee;
    try (java.sql.Connection c =
        fr.relais.testing.TestEnvironment.get().connect(fr.relais.testing.TestEnvironment.APP_DB)) {
      String[] row =
          fr.relais.testing.Sql.row(
              c,
              "SELECT r.session_id, a.email FROM attendance t JOIN registration r"
                  + " ON r.id = t.registration_id JOIN account a ON a.id = r.account_id"
                  + " JOIN session s ON s.id = r.session_id WHERE t.status = 'ABSENT'"
                  + " AND s.status = 'COMPLETED' AND NOT EXISTS (SELECT 1 FROM attendance u"
                  + " WHERE u.registration_id = r.id AND u.status IN ('PRESENT', 'LATE'))"
                  + " ORDER BY s.starts_at DESC, a.email LIMIT 1");
      session = Long.parseLong(row[0]);
      absentee = row[1];
    }
    browser.desktop();
    signIn("coordination@relais.test");
    browser.open("/registration/session?id=" + session);
    String list = browser.text("#roster\\:list");
    assertTrue(list.contains("Présent(e)") && list.contains("Absent(e)"), list);
    assertTrue(!list.contains("Annuler"), list);
    assertTrue(browser.all("#add").isEmpty(), "nobody is added to a session that is over");
    String counts = browser.text("#counts");
    assertTrue(counts.contains("absent") && counts.contains("en retard"), counts);
    // Sorted: those who came first, by name, then the absent.
    java.util.List<String> statuses =
        browser.all("#roster\\:list_data > tr .status").stream()
            .map(org.openqa.selenium.WebElement::getText)
            .toList();
    assertTrue(statuses.indexOf("Absent(e)") > statuses.lastIndexOf("Présent(e)"), "" + statuses);
    assertTrue(!statuses.contains("Inscrit(e)"), "presence, not registration: " + statuses);
    browser.screenshot("registration-06-roster-past-desktop");
    browser.phone();
    Number width =
        (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(width.intValue() <= 0, "no sideways scrolling on a phone: " + width);
    browser.screenshot("registration-07-roster-past-phone");

    signIn(absentee);
    browser.open("/registration/mine");
    String mine = browser.mainText();
    assertTrue(mine.contains("Absent(e)"), mine);
    assertTrue(
        mine.contains("Pas d'attestation : la feuille d'émargement vous indique absent(e)."), mine);
    browser.screenshot("registration-08-my-registrations-absent-phone");
    browser.desktop();
  }

  @Test
  @Order(5)
  void aSessionRegisteredForAgainIsOneLineInMyRegistrations() throws Exception {
    browser.phone();
    signIn("participant151@relais.test");
    browser.open("/?format=EJADES");
    browser.clickAndWait(".catalogue .ui-datatable-data > tr .catalogue__title");
    String session = browser.path();
    for (int round = 0; round < 2; round++) {
      browser.click("#registration\\:register");
      browser.awaitAjax();
      browser
          .waitFor()
          .until(
              d -> browser.text("#registration").contains("Vous êtes inscrit(e) à cette séance."));
      if (round == 0) {
        browser.click("#registration\\:cancel");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitAjax();
        browser
            .waitFor()
            .until(d -> browser.text("#registration").contains("Votre inscription est annulée."));
      }
    }
    try (java.sql.Connection c =
        fr.relais.testing.TestEnvironment.get().connect(fr.relais.testing.TestEnvironment.APP_DB)) {
      assertEquals(
          1,
          fr.relais.testing.Sql.number(
              c,
              "SELECT count(*) FROM registration r JOIN account a ON a.id = r.account_id"
                  + " WHERE a.email = 'participant151@relais.test' AND r.status = 'CANCELLED'"),
          "this person's only cancellation is the one just made");
    }
    browser.open("/registration/mine");
    String mine = browser.mainText();
    assertTrue(!mine.contains("Annulée"), "the older cancelled one is left out: " + mine);
    assertEquals(
        1,
        browser
            .all("#mine .session-card a[href$='" + session.replaceAll(".*\\?", "?") + "']")
            .size(),
        mine);
    browser.screenshot("registration-09-my-registrations-again-phone");
    browser.open(session);
    browser.desktop();
  }
}
