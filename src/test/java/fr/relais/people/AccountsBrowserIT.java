package fr.relais.people;

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
 * The "Done when": an administrator finds an account, grants it the coordinator role and
 * deactivates it; that person can no longer sign in, and the session they had open ends. The pages
 * are looked at on a desktop and on a 390-pixel phone, neither wider than the screen.
 */
class AccountsBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";

  @RegisterExtension static Browser browser = new Browser();

  @Test
  void anAdministratorGrantsTheCoordinatorRoleAndDeactivatesAnAccount() throws Exception {
    String family = "Gestion" + (System.nanoTime() % 1_000_000);
    String email = "camille." + family.toLowerCase() + "@relais.test";
    long id;
    new WebClient(); // the application is up
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      id =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash, status)"
                  + " SELECT ?, 'Camille', ?, password_hash, 'PROFESSIONAL' FROM account"
                  + " WHERE email = 'participante@relais.test' RETURNING id",
              email,
              family);
      Sql.number(
          c,
          "INSERT INTO account_role (account_id, role) VALUES (?, 'PARTICIPANT') RETURNING account_id",
          id);
    }
    WebClient theirSession = new WebClient();
    assertTrue(theirSession.signIn(email, PASSWORD), "they can sign in at first");
    assertEquals(200, theirSession.get("/registration/mine").statusCode());
    String token = WebClient.bearer(theirSession.base(), email, PASSWORD);

    browser.desktop();
    browser.signIn("admin@relais.test", PASSWORD);
    browser.open("/admin/accounts");
    assertTrue(browser.mainText().contains("Comptes"), browser.mainText());
    browser.type("#accounts\\:q", family);
    browser.click("#accounts\\:search");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#accounts\\:list").contains(email));
    notWiderThanTheWindow();
    browser.screenshot("admin-accounts-01-search-desktop");

    browser.clickAndWait("#accounts\\:list a[href*='account?id=" + id + "']");
    assertEquals("Camille " + family, browser.heading());
    browser.click("[data-grant='COORDINATOR']");
    browser.awaitAjax();
    browser.waitFor().until(d -> !browser.all("[data-remove='COORDINATOR']").isEmpty());
    assertTrue(browser.text("#messages").contains("Rôle donné"), browser.text("#messages"));
    browser.screenshot("admin-accounts-02-coordinator-granted-desktop");

    browser.click("#account\\:deactivate");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#state").contains("Désactivé"));
    assertTrue(browser.text("#account\\:history").contains("Compte désactivé"));
    notWiderThanTheWindow();
    browser.screenshot("admin-accounts-03-deactivated-desktop");

    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          "COORDINATOR,PARTICIPANT",
          Sql.text(
              c,
              "SELECT string_agg(role, ',' ORDER BY role) FROM account_role WHERE account_id = ?",
              id));
      assertEquals(
          2,
          Sql.number(
              c,
              "SELECT count(*) FROM audit_log WHERE entity = 'account' AND entity_id = ?"
                  + " AND actor = 'admin@relais.test' AND action IN ('ROLE_GRANTED', 'DEACTIVATED')",
              id));
    }

    HttpResponse<String> after = theirSession.get("/registration/mine");
    assertEquals(302, after.statusCode(), "their open session ended at its next request");
    assertTrue(after.headers().firstValue("Location").orElse("").contains("/people/signin"));
    assertFalse(new WebClient().signIn(email, PASSWORD), "the page refuses them");
    assertEquals(
        401,
        new WebClient().apiWith("GET", "/api/me/registrations", token, null).statusCode(),
        "and so does the API: the token made before stops working");
    assertEquals(
        401,
        new WebClient().newToken(email, PASSWORD, "READ").statusCode(),
        "and no new token is given");

    browser.phone();
    browser.signIn(email, PASSWORD);
    assertTrue(browser.path().startsWith("/people/signin"), browser.path());
    assertTrue(
        browser.mainText().contains("Adresse e-mail ou mot de passe incorrect"),
        browser.mainText());
    browser.screenshot("admin-accounts-04-refused-phone");

    browser.signIn("admin@relais.test", PASSWORD);
    browser.open("/admin/account?id=" + id);
    browser.screenshot("admin-accounts-05-account-phone");
    notWiderThanTheWindow();
    browser.open("/admin/accounts");
    browser.screenshot("admin-accounts-06-list-phone");
    notWiderThanTheWindow();
  }

  @Test
  void anInvitedTrainerChoosesTheirPasswordFromTheLinkOnce() throws Exception {
    String email = "invite." + System.nanoTime() + "@relais.test";
    browser.phone();
    browser.signIn("admin@relais.test", PASSWORD);
    browser.open("/admin/accounts");
    browser.type("#invite\\:email", email);
    browser.type("#invite\\:firstName", "Inès");
    browser.type("#invite\\:lastName", "Invitée");
    browser.choose("#invite\\:role", "Formateur(rice)");
    browser.click("#invite\\:submit");
    browser.awaitAjax();
    assertTrue(browser.text("#messages").contains("Invitation envoyée"), browser.text("#messages"));
    browser.screenshot("admin-accounts-07-invited-phone");
    notWiderThanTheWindow();

    String link;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          "TRAINER",
          Sql.text(
              c,
              "SELECT string_agg(r.role, ',') FROM account_role r JOIN account a"
                  + " ON a.id = r.account_id WHERE a.email = ?",
              email));
      String body =
          Sql.text(
              c, "SELECT body FROM mail_outbox WHERE kind = 'invitation' AND recipient = ?", email);
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(/people/reset\\?t=[A-Za-z0-9_-]+)").matcher(body);
      assertTrue(m.find(), body);
      link = m.group(1);
    }
    assertFalse(new WebClient().signIn(email, PASSWORD), "no usable password before the link");

    browser.deleteCookies();
    browser.open(link);
    assertEquals("Choisissez votre mot de passe", browser.heading());
    browser.type("#reset\\:password", "Mon-premier-mot-2026");
    browser.type("#reset\\:confirmation", "Mon-premier-mot-2026");
    browser.screenshot("admin-accounts-08-invitation-phone");
    browser.click("#reset\\:submit");
    browser.awaitAjax();
    assertTrue(browser.text("#reset\\:done").contains("Votre mot de passe a été changé"));
    assertTrue(new WebClient().signIn(email, "Mon-premier-mot-2026"));
    browser.open(link);
    assertTrue(browser.mainText().contains("Ce lien ne fonctionne plus"), "single use");
  }

  private void notWiderThanTheWindow() {
    long page =
        ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    long window =
        ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
    Object widest =
        browser.script(
            "let w = null; for (const e of document.querySelectorAll('main *')) {"
                + " if (e.getBoundingClientRect().right > document.documentElement.clientWidth + 1"
                + " && getComputedStyle(e).position !== 'fixed') w = e; }"
                + " return w && (w.tagName + '.' + w.className + '#' + w.id);");
    assertTrue(
        page <= window, "page " + page + " px wide in a " + window + " px window: " + widest);
  }
}
