package fr.relais.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.SessionTimes;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On a phone, from the links of the mails (the demo's campaigns send them): a participant answers
 * the hot survey of a session they attended, then a WHO-5 whose low score brings the support lines.
 * The links work once; the coordinator's pages are theirs only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String PERSON = "participant274@relais.test";

  @RegisterExtension static Browser browser = new Browser();

  private static String hotLink;

  private static String lastLink(String kind, String email) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT body FROM mail_outbox WHERE kind = ? AND recipient = ?"
                    + " ORDER BY id DESC LIMIT 1")) {
      s.setString(1, kind);
      s.setString(2, email);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "a " + kind + " mail to " + email);
        Matcher m = Pattern.compile("(/survey/start\\?t=[A-Za-z0-9_-]+)").matcher(r.getString(1));
        assertTrue(m.find(), r.getString(1));
        return m.group(1);
      }
    }
  }

  private static void signIn(String email) {
    browser.signIn(email, PASSWORD);
  }

  /**
   * Picks an answer by its label (its number aside), within the question whose legend contains the
   * text.
   */
  private static void pick(String question, String answer) {
    WebElement fieldset =
        browser.all("fieldset.question").stream()
            .filter(f -> f.findElement(By.tagName("legend")).getText().contains(question))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no question " + question));
    WebElement label =
        fieldset.findElements(By.tagName("label")).stream()
            // The WHO-5 shows its scale's number before each answer: "2 – Moins de la moitié…".
            .filter(l -> l.getText().strip().replaceFirst("^\\d+ – ", "").equals(answer))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no answer " + answer + " to " + question));
    browser.script("arguments[0].scrollIntoView({block:'center'})", label);
    label.click();
  }

  @Test
  @Order(1)
  void theSessionIsClosedAndThoseWhoCameGetTheHotSurvey() throws Exception {
    String trainer = "animateur.enquete." + System.nanoTime() + "@relais.test";
    long session;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      long account =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash)"
                  + " SELECT ?, 'Paul', 'Verdier', password_hash FROM account"
                  + " WHERE email = 'coordination@relais.test' RETURNING id",
              trainer);
      Sql.number(c, "INSERT INTO account_role VALUES (?, 'TRAINER') RETURNING account_id", account);
      session =
          Sql.number(
              c,
              "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                  + " status) SELECT id, now() + interval '3 hours', now() + interval '4 hours',"
                  + " 'ONLINE', 'https://visio.relais.test/enquete', 10, 'PUBLISHED'"
                  + " FROM activity WHERE title LIKE 'Le Mindfulness%' ORDER BY id LIMIT 1"
                  + " RETURNING id");
      Sql.number(
          c, "INSERT INTO session_trainer VALUES (?, ?) RETURNING session_id", session, account);
    }
    HttpResponse<String> registered =
        new WebClient()
            .api("POST", "/api/sessions/" + session + "/registrations", PERSON, PASSWORD, "{}");
    assertEquals(201, registered.statusCode(), registered.body());
    // Over, and one half-day whatever the hour the test runs at.
    SessionTimes.Span yesterday = SessionTimes.yesterday(10, 0, 60);
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      Sql.update(
          c,
          "UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?",
          yesterday.startsAt(),
          yesterday.endsAt(),
          session);
    }

    browser.phone();
    signIn(trainer);
    browser.open("/attendance/roster?id=" + session);
    browser.click(".roster-line .status-button--PRESENT");
    browser.awaitAjax();
    browser.click("#completion\\:complete");
    browser.click(".ui-confirmdialog-yes");
    browser
        .waitFor()
        .until(d -> browser.mainText().contains("Séance clôturée : 1 présent(s) sur 1."));
    hotLink = lastLink("survey", PERSON);
  }

  @Test
  @Order(2)
  void theParticipantAnswersTheHotSurveyFromTheMailLink() throws Exception {
    assertNotNull(hotLink, "the mail link the first test reads from the outbox");
    browser.phone();
    browser.deleteCookies();
    browser.open(hotLink);
    assertEquals("Satisfaction à chaud", browser.heading());
    browser.screenshot("survey-01-hot-from-mail-phone");
    browser.click("#answer\\:submit");
    browser.waitFor().until(d -> browser.all(".field-error").size() >= 4);
    assertTrue(
        browser.all(".field-error").get(0).getText().contains("obligatoire"),
        "a clear message by the unanswered question");

    pick("objectifs annoncés", "Tout à fait d'accord");
    pick("répondait à mes besoins", "Plutôt d'accord");
    pick("L'animation", "Tout à fait d'accord");
    pick("Recommanderiez-vous", "9");
    browser.type("fieldset.question textarea", "Un groupe très bienveillant.");
    browser.screenshot("survey-02-hot-answered");
    browser.clickAndWait("#answer\\:submit");
    browser.waitFor().until(d -> browser.mainText().contains("Merci pour vos réponses"));
    assertTrue(browser.all("#safetyNet").isEmpty(), "a satisfaction survey flags nothing");

    browser.deleteCookies();
    browser.open(hotLink);
    assertTrue(browser.text("#refusal").contains("Ce lien a déjà servi"), "the link works once");
  }

  @Test
  @Order(3)
  void aLowWho5ShowsTheScoreAndTheSupportLines() throws Exception {
    long ejades;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      ejades =
          Sql.number(
              c,
              "SELECT s.id FROM session s JOIN activity a ON a.id = s.activity_id"
                  + " WHERE a.format = 'EJADES' AND s.status = 'PUBLISHED'"
                  + " AND s.starts_at > now() + interval '3 days' ORDER BY s.starts_at DESC LIMIT 1");
    }
    HttpResponse<String> registered =
        new WebClient()
            .api("POST", "/api/sessions/" + ejades + "/registrations", PERSON, PASSWORD, "{}");
    assertTrue(registered.statusCode() == 201 || registered.statusCode() == 200, registered.body());
    String link = lastLink("survey", PERSON);
    assertFalse(link.equals(hotLink));

    browser.phone();
    browser.deleteCookies();
    browser.open(link);
    assertEquals("Indice de bien-être WHO-5", browser.heading());
    for (String item :
        List.of(
            "bien et de bonne humeur",
            "calme et tranquille",
            "plein(e) d'énergie",
            "frais(che)",
            "Ma vie quotidienne")) {
      pick(item, "Moins de la moitié du temps");
    }
    browser.screenshot("survey-03-who5-phone");
    browser.clickAndWait("#answer\\:submit");
    browser.waitFor().until(d -> browser.mainText().contains("Merci pour vos réponses"));
    assertTrue(
        browser.text("#score").contains("40 sur 100")
            && browser.text("#score").contains("10 sur 25"),
        browser.text("#score"));
    String net = browser.text("#safetyNet");
    assertTrue(net.contains("Prendre soin de vous aussi"), net);
    assertTrue(net.contains("0 805 23 23 36"), "the association's free line: " + net);
    assertTrue(
        net.indexOf("0 805 23 23 36") < net.indexOf("3114") || !net.contains("3114"),
        "the association's line first");
    browser.screenshot("survey-04-who5-support-lines");

    signIn(PERSON);
    browser.open("/survey/mine");
    assertTrue(browser.text("#scores").contains("40 sur 100"), browser.text("#scores"));
  }

  @Test
  @Order(4)
  void theSurveyPagesAreForTheirPeople() throws Exception {
    WebClient participant = new WebClient();
    assertTrue(participant.signIn(PERSON, PASSWORD));
    assertEquals(403, participant.get("/survey/campaigns").statusCode());
    assertEquals(403, participant.get("/survey/questionnaires").statusCode());
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn("coordination@relais.test", PASSWORD));
    assertEquals(200, coordinator.get("/survey/campaigns").statusCode());
    assertEquals(403, coordinator.get("/survey/mine").statusCode(), "no participant role");
    HttpResponse<String> anonymous = new WebClient().get("/survey/mine");
    assertTrue(
        anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
        "sign in first: " + anonymous.statusCode());
    HttpResponse<String> someone = new WebClient().get("/survey/answer?i=1");
    assertTrue(someone.body().contains("Ce questionnaire ne vous est pas destiné"), "not yours");
  }
}
