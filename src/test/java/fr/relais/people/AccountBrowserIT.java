package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Mon compte" in a real browser, on accounts made for the test: a new password ends the other
 * sign-in but keeps this one, and is the one that works next time; a new e-mail counts once the
 * link mailed to it (read from the mail server) is confirmed.
 */
class AccountBrowserIT {

  private static final String DEMO_PASSWORD = "relais-demo-2026";
  private static final String NEW = "Nouveau-compte-2026!";

  @RegisterExtension static Browser browser = new Browser();

  /** A participant with the demo password, under an address unique to the run. */
  private static String freshParticipant(String prefix) throws Exception {
    String email = prefix + "." + System.nanoTime() + "@compte.relais.test";
    new WebClient(); // the application is up
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      long id =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash, status, profession,"
                  + " workplace_type, region, privacy_consent_at)"
                  + " SELECT ?, 'Dominique', 'Compte', password_hash, 'PROFESSIONAL', 'NURSE',"
                  + " 'PUBLIC_HOSPITAL', 'GRAND_EST', now() FROM account"
                  + " WHERE email = 'participante@relais.test' RETURNING id",
              email);
      Sql.number(
          c,
          "INSERT INTO account_role (account_id, role) VALUES (?, 'PARTICIPANT') RETURNING account_id",
          id);
    }
    return email;
  }

  @Test
  void aNewPasswordEndsTheOtherSignInAndIsTheOneThatWorksNext() throws Exception {
    String email = freshParticipant("mot-de-passe");
    WebClient elsewhere = new WebClient();
    assertTrue(elsewhere.signIn(email, DEMO_PASSWORD));

    browser.phone();
    browser.signIn(email, DEMO_PASSWORD);
    assertFalse(browser.all("nav a[href$='/people/account']").isEmpty(), "in the menu");
    browser.open("/people/account");
    assertEquals("Mon compte", browser.heading());
    assertTrue(browser.text("#current-email").contains(email));
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
        "no wider than the phone, long address included");
    browser.screenshot("account-01-phone");

    browser.type("#password\\:current", "pas-le-bon");
    browser.type("#password\\:newPassword", "court");
    browser.type("#password\\:confirmation", "court");
    browser.click("#password\\:submit");
    browser.awaitAjax();
    String errors = browser.text("#password");
    assertTrue(errors.contains("Ce n'est pas votre mot de passe actuel."), errors);
    assertTrue(errors.contains("10 caractères au moins."), "every error at once: " + errors);
    browser.screenshot("account-02-phone-password-errors");
    assertTrue(new WebClient().signIn(email, DEMO_PASSWORD), "nothing changed");

    browser.type("#password\\:current", DEMO_PASSWORD);
    browser.type("#password\\:newPassword", NEW);
    browser.type("#password\\:confirmation", NEW);
    browser.click("#password\\:submit");
    browser.awaitAjax();
    assertTrue(
        browser.text("#password\\:changed").contains("Votre mot de passe est changé"),
        browser.text("#password"));
    browser.screenshot("account-03-phone-password-changed");

    HttpResponse<String> ended = elsewhere.get("/people/account");
    assertEquals(302, ended.statusCode(), "the other sign-in ended");
    assertTrue(ended.headers().firstValue("Location").orElse("").contains("ended=true"));

    browser.open("/people/account");
    assertEquals("Mon compte", browser.heading(), "this sign-in stays");

    browser.signIn(email, DEMO_PASSWORD);
    assertTrue(browser.path().startsWith("/people/signin"), "the old password no longer works");
    browser.signIn(email, NEW);
    browser.open("/people/account");
    assertEquals("Mon compte", browser.heading(), "signed in with the new password");

    browser.click("label[for='profile:status:1']"); // Étudiant(e) en santé
    browser.tick("#profile", "Me rappeler la veille", false);
    browser.clickAndWait("#profile\\:save");
    assertTrue(
        browser.text("#messages").contains("Votre profil est enregistré."), browser.mainText());
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          "STUDENT false true",
          Sql.text(
              c,
              "SELECT status || ' ' || reminder_mails || ' ' || survey_mails FROM account"
                  + " WHERE email = ?",
              email));
    }
  }

  @Test
  void aNewEmailCountsOnceTheMailedLinkIsConfirmed() throws Exception {
    String email = freshParticipant("adresse");
    String wanted = "nouvelle-adresse." + System.nanoTime() + "@compte.relais.test";
    browser.desktop();
    browser.signIn(email, DEMO_PASSWORD);
    browser.open("/people/account");
    browser.screenshot("account-04-desktop");

    browser.type("#email\\:newEmail", wanted);
    browser.type("#email\\:emailPassword", DEMO_PASSWORD);
    browser.click("#email\\:submit");
    browser.awaitAjax();
    assertTrue(
        browser.text("#email\\:sent").contains("Un lien de confirmation a été envoyé à " + wanted),
        browser.text("#email"));
    browser.screenshot("account-05-desktop-email-sent");
    assertTrue(new WebClient().signIn(email, DEMO_PASSWORD), "nothing changes before the link");
    assertTrue(mailTo(email, "Changement d’adresse").contains(wanted), "the old address is told");

    Matcher link =
        Pattern.compile("(/people/email\\?t=[A-Za-z0-9_-]+)")
            .matcher(mailTo(wanted, "Confirmez votre nouvelle adresse"));
    assertTrue(link.find(), "the link went to the new address");
    browser.deleteCookies(); // opened from another device, signed out
    browser.open(link.group(1));
    assertEquals("Confirmer ma nouvelle adresse", browser.heading());
    browser.screenshot("account-06-desktop-email-confirm");
    browser.clickAndWait("#confirm\\:submit");
    assertTrue(
        browser.text("#confirm\\:done").contains("Votre adresse est maintenant " + wanted),
        browser.mainText());
    browser.screenshot("account-07-desktop-email-done");

    assertFalse(new WebClient().signIn(email, DEMO_PASSWORD), "the old address no longer signs in");
    browser.signIn(wanted, DEMO_PASSWORD);
    browser.open("/people/account");
    assertTrue(browser.text("#current-email").contains(wanted));
    browser.open(link.group(1));
    assertTrue(browser.text("#confirm\\:invalid").contains("Ce lien ne fonctionne plus"), "once");
    browser.phone();
    browser.open("/people/account");
    browser.screenshot("account-08-phone-after-email-change");
  }

  /** Staff have no participant profile: their account page offers the language and the rest. */
  @Test
  void staffSeeTheirAccountWithoutAParticipantProfile() throws Exception {
    browser.desktop();
    browser.signIn("coordination@relais.test", DEMO_PASSWORD);
    browser.open("/people/account");
    assertEquals("Mon compte", browser.heading());
    assertTrue(browser.all("#profile\\:status").isEmpty(), "no participant profile");
    assertFalse(browser.all("#profile\\:language").isEmpty());
    assertFalse(browser.all("#password\\:current").isEmpty());
    browser.screenshot("account-09-desktop-coordinator");
    browser.phone();
    browser.signIn("formatrice@relais.test", DEMO_PASSWORD);
    browser.open("/people/account");
    assertEquals("Mon compte", browser.heading());
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth"));
    browser.screenshot("account-10-phone-trainer");
  }

  /**
   * "Jetons d'accès à l'API" (issue 18): a participant makes a token (shown once, no COORDINATE
   * offered), it works on the API, then "Révoquer" ends it; a coordinator is offered COORDINATE.
   */
  @Test
  void aPersonMakesUsesAndRevokesAnApiToken() throws Exception {
    String email = freshParticipant("jetons");
    browser.phone();
    browser.signIn(email, DEMO_PASSWORD);
    browser.open("/people/account");
    assertTrue(browser.text("#tokens").contains("Vous n'avez encore aucun jeton"));
    assertTrue(
        browser.all("#tokens\\:scopes input[value='COORDINATE']").isEmpty(),
        "COORDINATE is not offered to a participant");
    browser.type("#tokens\\:name", "Tableur du service");
    browser.tick("#tokens", "Inscription", true);
    browser.click("#tokens\\:create");
    browser.awaitAjax();
    browser.waitFor().until(d -> !browser.all("#new-token").isEmpty());
    String token = browser.find("#new-token").getAttribute("value");
    assertTrue(token.matches("rl_[A-Za-z0-9_-]{43}"), token);
    assertTrue(browser.text("#tokens").contains("Tableur du service"));
    assertTrue(browser.text("#tokens").contains("Actif"));
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth"));
    browser.screenshot("account-11-phone-token-created");

    WebClient api = new WebClient();
    assertEquals(
        200, api.apiWith("GET", "/api/me/registrations", "Bearer " + token, null).statusCode());

    browser.open("/people/account");
    assertTrue(browser.all("#new-token").isEmpty(), "shown once only");
    browser.click("[id$=':revoke']");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#tokens").contains("Révoqué"));
    assertEquals(
        401, api.apiWith("GET", "/api/me/registrations", "Bearer " + token, null).statusCode());
    browser.screenshot("account-12-phone-token-revoked");

    browser.desktop();
    browser.signIn("coordination@relais.test", DEMO_PASSWORD);
    browser.open("/people/account");
    assertFalse(
        browser.all("#tokens\\:scopes input[value='COORDINATE']").isEmpty(),
        "COORDINATE offered to a coordinator");
  }

  /** The text of the latest mail to this address whose subject has these words. */
  private static String mailTo(String address, String subjectPart) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage m : TestEnvironment.get().mail().received()) {
        if (m.getAllRecipients()[0].toString().equals(address)
            && m.getSubject().contains(subjectPart)) {
          return text(m);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No mail \"" + subjectPart + "\" for " + address);
  }

  private static String text(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart parts) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        all.append(text(parts.getBodyPart(i)));
      }
      return all.toString();
    }
    return content instanceof String s ? s : "";
  }
}
