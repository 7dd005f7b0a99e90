package fr.relais.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A professional registers on a phone for a training action open to all: the page shows Qualiopi
 * indicator 1's information with the disability referent, the box asks who pays (required, said
 * next to the question) and whether an arrangement is needed; the registration keeps the declared
 * category and the request, which the participant then sees and withdraws.
 */
class FactsBrowserIT {

  @RegisterExtension static Browser browser = new Browser();

  @Test
  void aProfessionalSaysWhoPaysAndAsksForAnArrangement() throws Exception {
    // Among the demo's participants 240–249 (EstablishmentJourneyBrowserIT takes the first
    // professional of 230–249): the last professional, registered nowhere by another test.
    String email =
        sql(
            "SELECT max(email) FROM account WHERE email BETWEEN 'participant240@relais.test'"
                + " AND 'participant249@relais.test' AND status = 'PROFESSIONAL'");
    String session =
        sql(
            "SELECT s.id::text FROM session s JOIN activity a ON a.id = s.activity_id"
                + " WHERE a.purpose = 'TRAINING' AND s.status = 'PUBLISHED'"
                + " AND s.reserved_for_site_id IS NULL AND a.audience IN ('ALL', 'PROFESSIONALS')"
                + " AND s.starts_at > now() + interval '3 days'"
                + " AND (s.registration_opens_at IS NULL OR s.registration_opens_at < now())"
                + " AND s.capacity - s.student_seats > s.confirmed_general + 1"
                + " AND NOT EXISTS (SELECT 1 FROM registration r JOIN account p"
                + " ON p.id = r.account_id WHERE r.session_id = s.id AND p.email = ?)"
                + " ORDER BY s.starts_at LIMIT 1",
            email);
    browser.phone();
    browser.signIn(email, "relais-demo-2026");
    browser.open("/catalog/session?id=" + session);
    String information = browser.text("#trainingInformation");
    assertTrue(information.toLowerCase(java.util.Locale.ROOT).contains("prérequis"), information);
    assertTrue(information.contains("referent-handicap@relais.test"), information);
    assertTrue(browser.text("#registration").contains("Qui finance votre formation ?"));
    browser.screenshot("facts-01-training-session-phone");

    // Without saying who pays: refused next to the question, nothing stored.
    browser.click("#registration\\:register");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(
            d -> browser.text("#registration").contains("Dites-nous qui finance votre formation."));
    assertEquals(0, registrations(email, session));
    browser.screenshot("facts-02-category-required");

    browser.tick("#registration\\:category", "Moi-même, à mes frais", true);
    browser.click("#registration\\:arrangement");
    browser.awaitAjax();
    browser.waitFor().until(d -> !browser.all("#registration\\:arrangementNeed").isEmpty());
    browser.type("#registration\\:arrangementNeed", "Documents en gros caractères, merci.");
    browser.click("#registration\\:register");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(d -> browser.text("#registration").contains("Vous êtes inscrit(e) à cette séance."));
    assertTrue(
        browser.text("#registration").contains("Vous avez demandé un aménagement"),
        browser.text("#registration"));
    assertEquals(
        "INDIVIDUAL|DECLARED|Documents en gros caractères, merci.",
        sql(
            "SELECT r.trainee_category || '|' || r.category_source || '|' || q.need"
                + " FROM registration r JOIN account p ON p.id = r.account_id"
                + " JOIN arrangement_request q ON q.registration_id = r.id"
                + " WHERE p.email = ? AND r.session_id = ?::bigint",
            email,
            session));
    browser.screenshot("facts-03-registered-with-arrangement");

    browser.click("#registration\\:withdrawArrangement");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(
            d ->
                browser.text("#registration").contains("Votre demande d'aménagement est retirée."));
    assertEquals(
        "WITHDRAWN",
        sql(
            "SELECT q.status FROM arrangement_request q JOIN registration r"
                + " ON r.id = q.registration_id JOIN account p ON p.id = r.account_id"
                + " WHERE p.email = ? AND r.session_id = ?::bigint",
            email,
            session));
  }

  private static long registrations(String email, String session) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.number(
          c,
          "SELECT count(*) FROM registration r JOIN account p ON p.id = r.account_id"
              + " WHERE p.email = ? AND r.session_id = ?::bigint",
          email,
          session);
    }
  }

  private static String sql(String query, Object... values) {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.text(c, query, values);
    } catch (Exception e) {
      throw new IllegalStateException(query, e);
    }
  }
}
