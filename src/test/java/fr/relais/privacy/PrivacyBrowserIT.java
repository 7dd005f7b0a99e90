package fr.relais.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a phone, a participant deletes their account from the privacy page: a wrong password is said
 * next to the field and changes nothing; the right one, confirmed, erases the account and signs
 * them out for good. Administrators see who viewed or exported personal data, and the jobs.
 */
class PrivacyBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";

  @RegisterExtension static Browser browser = new Browser();

  @Test
  void aParticipantDeletesTheirAccountForGood() throws Exception {
    String email = "effacement." + System.nanoTime() + "@relais.test";
    long id;
    new WebClient(); // the application is up
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      id =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash, status)"
                  + " SELECT ?, 'Camille', 'Départ', password_hash, 'PROFESSIONAL' FROM account"
                  + " WHERE email = 'participante@relais.test' RETURNING id",
              email);
      Sql.number(
          c,
          "INSERT INTO account_role (account_id, role) VALUES (?, 'PARTICIPANT') RETURNING account_id",
          id);
    }
    browser.phone();
    browser.signIn(email, PASSWORD);
    browser.open("/privacy/");
    browser.type("#erase\\:password", "pas-le-bon");
    browser.click("#erase\\:submit");
    browser.click(".ui-confirmdialog-yes");
    browser.awaitAjax();
    assertTrue(
        browser.text("#erase .ui-message-error").contains("Saisissez votre mot de passe actuel"),
        "said next to the field");
    assertTrue(new WebClient().signIn(email, PASSWORD), "nothing changed");

    browser.type("#erase\\:password", PASSWORD);
    browser.screenshot("privacy-01-delete-account");
    browser.click("#erase\\:submit");
    browser.screenshot("privacy-02-confirm");
    browser.clickAndWait(".ui-confirmdialog-yes");
    assertTrue(browser.text("#erased").contains("Votre compte est supprimé"), browser.mainText());
    assertFalse(browser.mainText().contains("Télécharger mes données"), "signed out");
    browser.screenshot("privacy-03-deleted");

    assertFalse(new WebClient().signIn(email, PASSWORD), "the account is gone");
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(0, Sql.number(c, "SELECT count(*) FROM account WHERE email = ?", email));
      assertEquals(
          1,
          Sql.number(c, "SELECT count(*) FROM account WHERE id = ? AND erased_at IS NOT NULL", id));
    }
  }

  @Test
  void administratorsSeeWhoExportedPersonalDataAndTheJobs() throws Exception {
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn("coordination@relais.test", PASSWORD));
    long session;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      session =
          Sql.number(c, "SELECT min(session_id) FROM registration WHERE status = 'CONFIRMED'");
    }
    HttpResponse<String> csv = coordinator.get("/api/sessions/" + session + "/registrations.csv");
    assertEquals(200, csv.statusCode());

    browser.desktop();
    browser.signIn("admin@relais.test", PASSWORD);
    browser.open("/admin/audit");
    String log = browser.text("#audit\\:entries");
    assertTrue(
        log.contains("coordination@relais.test")
            && log.contains("séance n° " + session + " – liste des inscrits (CSV)"),
        log);
    browser.screenshot("privacy-04-audit-log");

    browser
        .waitFor()
        .until(
            d -> {
              browser.open("/admin/operations"); // the mail job runs every ten seconds
              return browser.text("#ops\\:jobs").contains("Envoi des mails");
            });
    String jobs = browser.text("#ops\\:jobs");
    assertTrue(jobs.contains("Réussie"), jobs);
    // What the job did, in words and with the right plural, not the code's "0 sent".
    assertTrue(jobs.matches("(?s).*(Aucun mail envoyé|1 mail envoyé|\\d+ mails envoyés).*"), jobs);
    assertFalse(jobs.contains(" sent") || jobs.contains("(s)"), jobs);
    browser.screenshot("privacy-05-operations");
  }
}
