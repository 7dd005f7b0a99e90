package fr.relais;

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
        WebClient.plainClient()
            .send(
                WebClient.to(new WebClient().base() + "/api/sessions/0/attendance")
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString((email + ":" + PASSWORD).getBytes()))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode(),
        "and so does the API");

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

  private void notWiderThanTheWindow() {
    long page =
        ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    long window = ((Number) browser.script("return window.innerWidth")).longValue();
    Object widest =
        browser.script(
            "let w = null; for (const e of document.querySelectorAll('main *')) {"
                + " if (e.getBoundingClientRect().right > window.innerWidth + 1) w = e; }"
                + " return w && (w.tagName + '.' + w.className + '#' + w.id);");
    assertTrue(
        page <= window, "page " + page + " px wide in a " + window + " px window: " + widest);
  }
}
