package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Mot de passe oublié" on the running application: the same answer for any address, a mailed
 * single-use link, the password rules, and a link that works once and not after its hour.
 */
class PasswordResetIT {

  private static final String PERSON = "participant296@relais.test";
  private static final String OLD = "relais-demo-2026";
  private static final String NEW = "Nouveau-mot-2026!";

  private static String ask(String email) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get("/people/forgot");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ask", "ask");
    form.put("ask:email", email);
    form.put("ask:submit", "");
    form.putAll(WebClient.tokens(page.body()));
    return web.postForm("/people/forgot", form).body();
  }

  private static String choose(String link, String password, String confirmation) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> page = web.get(link);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("reset", "reset");
    form.put("reset:t", link.substring(link.indexOf("t=") + 2));
    form.put("reset:password", password);
    form.put("reset:confirmation", confirmation);
    form.put("reset:submit", "");
    form.putAll(WebClient.tokens(page.body()));
    return web.postForm("/people/reset", form).body();
  }

  private static String lastLink(String email) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT body FROM mail_outbox WHERE kind = 'passwordReset' AND recipient = ?"
                    + " ORDER BY id DESC LIMIT 1")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        Matcher m = Pattern.compile("(/people/reset\\?t=[A-Za-z0-9_-]+)").matcher(r.getString(1));
        assertTrue(m.find(), r.getString(1));
        return m.group(1);
      }
    }
  }

  @Test
  void aMailedLinkSetsANewPasswordOnceAndTellsNothingAboutOtherAddresses() throws Exception {
    String known = ask(PERSON);
    String unknown = ask("personne.296@relais.test");
    String sent = "Si un compte utilise cette adresse";
    assertTrue(known.contains(sent), known);
    assertTrue(unknown.contains(sent), "the same answer for an address without an account");
    assertEquals(null, lastLink("personne.296@relais.test"), "and no mail");
    String link = lastLink(PERSON);

    assertTrue(choose(link, "court", "court").contains("10 caractères au moins."));
    assertTrue(
        choose(link, NEW, NEW + "x").contains("Les deux mots de passe ne sont pas identiques."));
    assertTrue(new WebClient().signIn(PERSON, OLD), "refusals changed nothing");

    assertTrue(choose(link, NEW, NEW).contains("Votre mot de passe a été changé."));
    assertTrue(new WebClient().signIn(PERSON, NEW));
    assertFalse(new WebClient().signIn(PERSON, OLD));
    assertTrue(
        new WebClient().get(link).body().contains("Ce lien ne fonctionne plus"), "used once");
  }

  @Test
  void aLinkExpiresAfterItsHour() throws Exception {
    String email = "participant295@relais.test";
    ask(email);
    String link = lastLink(email);
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      c.createStatement()
          .executeUpdate(
              "UPDATE password_reset SET expires_at = now() - interval '1 minute'"
                  + " WHERE account_id = (SELECT id FROM account WHERE email = '"
                  + email
                  + "')");
    }
    assertTrue(new WebClient().get(link).body().contains("Ce lien ne fonctionne plus"));
    assertTrue(choose(link, NEW, NEW).contains("Ce lien ne fonctionne plus"));
    assertTrue(new WebClient().signIn(email, OLD), "the password did not change");
  }
}
