package fr.relais.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A visitor on a phone reports a complaint from the footer: bad input is said next to the fields,
 * then the acknowledgement's link opens the follow page, where they add a message; the coordinator
 * answers it and the follow page shows the answer (desktop). The public results page opens from the
 * catalogue.
 */
class QualityBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";

  @RegisterExtension static Browser browser = new Browser();

  private static String followToken(String email) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      String body =
          Sql.text(
              c,
              "SELECT body FROM mail_outbox WHERE kind = 'qualityAck' AND recipient = ?"
                  + " ORDER BY id DESC LIMIT 1",
              email);
      Matcher token = Pattern.compile("/quality/follow\\?t=([A-Za-z0-9_-]+)").matcher(body);
      assertTrue(token.find(), body);
      return token.group(1);
    }
  }

  @Test
  void aVisitorReportsAComplaintAndFollowsIt() throws Exception {
    new WebClient(); // the application is up
    String email = "participant231." + System.nanoTime() + "@visiteurs.relais.test";
    browser.phone();
    browser.open("/help/");
    browser.clickAndWait("#footer-quality");
    assertEquals("/quality/submit", browser.path());
    browser.clickAndWait("#submit\\:send");
    String form = browser.text("#submit");
    assertTrue(form.contains("Choisissez de quoi il s’agit"), form);
    assertTrue(form.contains("Indiquez une adresse e-mail valide"), form);
    browser.screenshot("quality-01-submit-refused");

    browser.click("label[for='submit:kind:0']");
    browser.type("#submit\\:text", "La convocation indiquait une salle qui n’existait pas.");
    browser.type("#submit\\:name", "Lou Visiteuse");
    browser.type("#submit\\:email", email);
    browser.click("label[for='submit:consent']");
    browser.clickAndWait("#submit\\:send");
    assertTrue(browser.text("#done").contains(email), browser.mainText());
    browser.screenshot("quality-02-submitted");

    String token = followToken(email);
    browser.open("/quality/follow?t=" + token);
    assertTrue(browser.text("#status").contains("Reçu"), browser.mainText());
    browser.type("#follow\\:message", "La bonne salle était au 2e étage.");
    browser.clickAndWait("#follow\\:send");
    assertTrue(browser.text("#history").contains("La bonne salle était au 2e étage."));
    browser.screenshot("quality-03-follow-phone");

    long id;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      id = Sql.number(c, "SELECT id FROM quality_case WHERE submitter_email = ?", email);
    }
    browser.deleteCookies();
    browser.desktop();
    browser.signIn("coordination@relais.test", PASSWORD);
    browser.open("/quality/register/case?id=" + id);
    browser.choose("#qualify\\:qualification", "Réclamation recevable");
    browser.choose("#qualify\\:severity", "Faible");
    browser.clickAndWait("#qualify\\:do-qualify");
    assertTrue(browser.text("#status").contains("Qualifié"), browser.mainText());
    browser.type("#answer\\:text", "Merci : la convocation indique désormais l’étage de la salle.");
    browser.clickAndWait("#answer\\:do-answer");
    assertTrue(browser.text("#history").contains("Réponse"), browser.mainText());
    browser.screenshot("quality-04-case-desktop");

    browser.deleteCookies();
    browser.open("/quality/follow?t=" + token);
    assertTrue(browser.text("#answer").contains("indique désormais l’étage"), browser.mainText());
    assertTrue(browser.text("#status").contains("Répondu"));
    browser.screenshot("quality-05-follow-answered");
  }

  @Test
  void theResultsPageOpensFromTheCatalogue() throws Exception {
    new WebClient();
    browser.desktop();
    browser.deleteCookies();
    browser.open("/");
    browser.clickAndWait("#results-link");
    assertEquals("/quality/results", browser.path());
    assertTrue(browser.text("#as-of").startsWith("Résultats au "), browser.mainText());
    browser.phone();
    browser.open("/quality/results");
    browser.screenshot("quality-06-results-phone");
  }
}
