package fr.relais.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On a phone, a participant registered to a training session answers its knowledge quiz before it
 * starts, from "Mes inscriptions": nothing chosen is refused question by question, then the answers
 * are scored and kept, and the quiz is not offered a second time. participant241 is no other
 * test's.
 */
class QuizBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String PERSON = "participant241@relais.test";

  @RegisterExtension static Browser browser = new Browser();

  @Test
  void aParticipantAnswersTheQuizBeforeTheSession() throws Exception {
    long session;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      // A session in three days of a demo training action open to professionals, with its quiz
      // (DemoQuizzesAndDpc).
      session =
          Sql.number(
              c,
              "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                  + " status) SELECT a.id, now() + interval '3 days', now() + interval '3 days 2 hours',"
                  + " 'ONLINE', 'https://visio.relais.test/quiz', 10, 'PUBLISHED' FROM activity a"
                  + " JOIN quiz q ON q.activity_id = a.id WHERE a.title LIKE 'Le Mindfulness%'"
                  + " ORDER BY a.id LIMIT 1 RETURNING id");
    }
    HttpResponse<String> registered =
        new WebClient()
            .api("POST", "/api/sessions/" + session + "/registrations", PERSON, PASSWORD, "{}");
    assertEquals(201, registered.statusCode(), registered.body());
    long registration;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      registration =
          Sql.number(
              c,
              "SELECT r.id FROM registration r JOIN account a ON a.id = r.account_id"
                  + " WHERE a.email = ? AND r.session_id = ?",
              PERSON,
              session);
    }

    browser.phone();
    browser.signIn(PERSON, PASSWORD);
    browser.open("/registration/mine");
    browser.clickAndWait("a.quiz-link[href*='registration=" + registration + "']");
    assertEquals("Quiz de connaissances", browser.heading());
    assertTrue(browser.mainText().contains("Avant la séance"), browser.mainText());
    List<WebElement> questions = browser.all("fieldset.question");
    assertEquals(4, questions.size());

    browser.clickAndWait("#take\\:submit");
    assertEquals(4, browser.all(".field-error").size(), "each question says it needs an answer");

    for (WebElement question : browser.all("fieldset.question")) {
      WebElement first = question.findElements(By.tagName("label")).get(0);
      browser.script("arguments[0].scrollIntoView({block:'center'})", first);
      first.click();
    }
    browser.clickAndWait("#take\\:submit");
    String score = browser.text("#score");
    assertTrue(score.matches("Score : [0-4] sur 4"), score);
    assertTrue(browser.all("#take\\:submit").isEmpty(), "answered once for this step");
    assertTrue(browser.text("#attempts").contains("Avant la séance"));

    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          1,
          Sql.number(
              c,
              "SELECT count(*) FROM quiz_attempt WHERE registration_id = ? AND phase = 'BEFORE'",
              registration));
      assertEquals(
          4,
          Sql.number(
              c,
              "SELECT count(*) FROM quiz_answer qa JOIN quiz_attempt t ON t.id = qa.attempt_id"
                  + " WHERE t.registration_id = ?",
              registration));
    }
  }
}
