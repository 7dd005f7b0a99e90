package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Password guessing on the running application: after five failures the e-mail is refused for a
 * while, even with the right password, and an address without an account gets exactly the same
 * answers, so nobody learns who is registered.
 */
class SignInThrottleIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String FAILED = "Adresse e-mail ou mot de passe incorrect.";
  private static final String THROTTLED = "Trop d&#39;essais pour ce compte";

  private static String signIn(String email, String password) throws Exception {
    HttpResponse<String> answer = new WebClient().signInAnswer(email, password, "");
    return answer.statusCode() / 100 == 3 ? "signed in" : answer.body();
  }

  private static String message(String body) {
    if (body.contains(FAILED)) {
      return "failed";
    }
    return body.contains(THROTTLED) || body.contains("Trop d'essais pour ce compte")
        ? "throttled"
        : body;
  }

  @Test
  void fiveWrongPasswordsHoldTheAccountBackTheSameWayAsAnUnknownAddress() throws Exception {
    String known = "participant299@relais.test";
    String unknown = "personne.inconnue.299@relais.test";
    for (int i = 0; i < 5; i++) {
      assertEquals("failed", message(signIn(known, "not-the-password-" + i)));
      assertEquals("failed", message(signIn(unknown, "not-the-password-" + i)));
    }
    assertEquals("throttled", message(signIn(known, PASSWORD)), "even the right password waits");
    assertEquals("throttled", message(signIn(unknown, PASSWORD)), "the same answer: no hint");

    HttpResponse<String> api =
        new WebClient().api("GET", "/api/me/registrations", known, PASSWORD, null);
    assertEquals(429, api.statusCode());
    assertTrue(api.headers().firstValue("Retry-After").isPresent());

    assertFalse(
        "throttled".equals(message(signIn("participant298@relais.test", "wrong"))),
        "other accounts are not held back");
  }
}
