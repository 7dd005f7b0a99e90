package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.RunningRelais;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API tokens against Relais running with its demo data (issue 18): made with the e-mail and
 * password, each works only within its scopes and until revoked or expired, only its hash is kept,
 * no call makes an HTTP session, HTTP Basic is refused on the API and on pages alike.
 */
class ApiTokensIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static long ejades;
  private static long trainer;
  private static int dayOffset = 330;
  private final WebClient web = new WebClient();

  @BeforeAll
  static void ids() throws Exception {
    RunningRelais.baseUrl();
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      ejades = Sql.number(c, "SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
      trainer =
          Sql.number(c, "SELECT id FROM account WHERE email = 'formatrice.marchand@relais.test'");
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** A new token of this account with these scopes; fails unless it is made. */
  private JsonObject token(String email, String... scopes) throws Exception {
    HttpResponse<String> made = web.newToken(email, PASSWORD, scopes);
    assertEquals(201, made.statusCode(), made.body());
    return json(made);
  }

  private HttpResponse<String> call(String method, String path, JsonObject token, String body)
      throws Exception {
    return web.apiWith(method, path, "Bearer " + token.getString("token"), body);
  }

  private String sessionJson() {
    OffsetDateTime start =
        Instant.now()
            .plus(Duration.ofDays(dayOffset++))
            .truncatedTo(ChronoUnit.HOURS)
            .atZone(PARIS)
            .toOffsetDateTime();
    return "{\"activityId\":"
        + ejades
        + ",\"start\":\""
        + start
        + "\",\"end\":\""
        + start.plusHours(1)
        + "\",\"mode\":\"ONLINE\",\"videoLink\":\"https://visio.relais.test/tokens\","
        + "\"capacity\":10,\"studentSeats\":0,\"trainerIds\":["
        + trainer
        + "],\"publish\":true}";
  }

  private long session(JsonObject coordinatorToken) throws Exception {
    HttpResponse<String> created = call("POST", "/api/sessions", coordinatorToken, sessionJson());
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getJsonNumber("id").longValue();
  }

  private static void refusedAsJson(HttpResponse<String> answer, int status) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        answer.headers().map().toString());
    assertTrue(answer.body().contains("\"message\""), answer.body());
  }

  @Test
  void aTokenWorksOnlyWithinItsScopes() throws Exception {
    JsonObject coordinate = token(COORDINATOR, "COORDINATE");
    long session = session(coordinate);
    String registrations = "/api/sessions/" + session + "/registrations";

    JsonObject read = token("participant290@relais.test", "READ");
    assertTrue(read.getString("token").matches("rl_[A-Za-z0-9_-]{43}"), read.toString());
    assertEquals("[\"READ\"]", read.getJsonArray("scopes").toString());
    assertEquals("tests", read.getString("name"));
    assertEquals(200, call("GET", "/api/me/registrations", read, null).statusCode());
    refusedAsJson(call("POST", registrations, read, "{}"), 403);
    refusedAsJson(call("DELETE", registrations + "/me", read, null), 403);

    JsonObject register = token("participant290@relais.test", "REGISTER");
    HttpResponse<String> registered = call("POST", registrations, register, "{}");
    assertEquals(201, registered.statusCode(), registered.body());
    assertEquals(200, call("GET", "/api/me/registrations", register, null).statusCode());
    HttpResponse<String> cancelled = call("DELETE", registrations + "/me", register, null);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", json(cancelled).getString("status"));
    refusedAsJson(call("POST", "/api/sessions", register, sessionJson()), 403);
  }

  @Test
  void aTokenAskedWithoutNameNorDaysIsCalledApiAndLasts90Days() throws Exception {
    HttpResponse<String> made =
        web.apiWith(
            "POST",
            "/api/tokens",
            null,
            "{\"email\":\"participant291@relais.test\",\"password\":\""
                + PASSWORD
                + "\",\"scopes\":[\"READ\"]}");
    assertEquals(201, made.statusCode(), made.body());
    assertEquals("API", json(made).getString("name"));
    Instant expires = OffsetDateTime.parse(json(made).getString("expiresAt")).toInstant();
    Instant in90Days = Instant.now().plus(Duration.ofDays(90));
    assertTrue(
        Duration.between(expires, in90Days).abs().compareTo(Duration.ofMinutes(5)) < 0,
        expires.toString());
    assertEquals(
        400,
        web.apiWith(
                "POST",
                "/api/tokens",
                null,
                "{\"email\":\"participant291@relais.test\",\"password\":\""
                    + PASSWORD
                    + "\",\"scopes\":[\"READ\"],\"days\":366}")
            .statusCode(),
        "at most a year");
  }

  @Test
  void coordinateIsForCoordinatorsAndAdministratorsOnly() throws Exception {
    HttpResponse<String> refused =
        web.newToken("participant291@relais.test", PASSWORD, "READ", "COORDINATE");
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(
        "scopes", json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        400, web.newToken("participant291@relais.test", PASSWORD, "WRITE").statusCode(), "unknown");

    JsonObject coordinate = token(COORDINATOR, "COORDINATE");
    assertTrue(session(coordinate) > 0, "a coordinator's COORDINATE token creates a session");
    JsonObject register = token(COORDINATOR, "READ", "REGISTER");
    refusedAsJson(call("POST", "/api/sessions", register, sessionJson()), 403);
    refusedAsJson(call("GET", "/api/reports/activity?year=2026", register, null), 403);
    assertEquals(
        200, call("GET", "/api/reports/activity?year=2026", coordinate, null).statusCode());
  }

  @Test
  void revokedAndExpiredTokensAnswer401() throws Exception {
    String me = "participant292@relais.test";
    JsonObject token = token(me, "READ", "REGISTER");
    JsonObject other = token("participant293@relais.test", "REGISTER");
    long otherId = other.getJsonNumber("id").longValue();
    assertEquals(
        404,
        call("DELETE", "/api/me/tokens/" + otherId, token, null).statusCode(),
        "someone else's token: as if it did not exist");
    assertEquals(200, call("GET", "/api/me/registrations", other, null).statusCode());

    HttpResponse<String> list = call("GET", "/api/me/tokens", token, null);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().contains("\"id\":" + token.getJsonNumber("id")), list.body());
    assertFalse(list.body().contains(sha256(token.getString("token"))), "never the hash");
    assertFalse(list.body().contains(token.getString("token")), "never the token");

    HttpResponse<String> revoked =
        call("DELETE", "/api/me/tokens/" + token.getJsonNumber("id"), token, null);
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertFalse(json(revoked).getBoolean("usable"));
    HttpResponse<String> after = call("GET", "/api/me/registrations", token, null);
    refusedAsJson(after, 401);
    assertEquals("Bearer realm=\"Relais\"", after.headers().firstValue("WWW-Authenticate").get());

    JsonObject expiring = token(me, "READ");
    assertEquals(200, call("GET", "/api/me/registrations", expiring, null).statusCode());
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      Sql.update(
          c,
          "UPDATE api_token SET created_at = now() - interval '2 days',"
              + " expires_at = now() - interval '1 minute' WHERE id = ?",
          expiring.getJsonNumber("id").longValue());
    }
    refusedAsJson(call("GET", "/api/me/registrations", expiring, null), 401);
    refusedAsJson(
        web.apiWith("GET", "/api/me/registrations", "Bearer rl_" + "x".repeat(43), null), 401);
  }

  @Test
  void httpBasicIsRefusedOnTheApiAndOnPagesSayingHowToGetAToken() throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("participant294@relais.test:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    for (String path : new String[] {"/api/me/registrations", "/registration/mine", "/"}) {
      HttpResponse<String> refused = web.apiWith("GET", path, basic, null);
      refusedAsJson(refused, 401);
      assertTrue(json(refused).getString("message").contains("POST /api/tokens"), refused.body());
      assertEquals(
          "Bearer realm=\"Relais\"", refused.headers().firstValue("WWW-Authenticate").get(), path);
      assertTrue(
          refused.headers().allValues("Set-Cookie").stream()
              .noneMatch(c -> c.startsWith("JSESSIONID")),
          path);
    }
  }

  @Test
  void onlyTheHashIsKeptAndTokenCallsMakeNoSession() throws Exception {
    JsonObject token = token("participant294@relais.test", "READ");
    String text = token.getString("token");
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      long id = token.getJsonNumber("id").longValue();
      assertEquals(sha256(text), Sql.text(c, "SELECT token_hash FROM api_token WHERE id = ?", id));
      assertEquals(
          0,
          Sql.number(
              c,
              "SELECT count(*) FROM api_token t WHERE position(? IN t::text) > 0",
              text.substring(3)),
          "the token itself is nowhere in the table");
      assertEquals(
          "READ",
          Sql.text(c, "SELECT scopes FROM api_token WHERE id = ?", id),
          "and the scopes asked for");
    }
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> answer = call("GET", "/api/me/registrations", token, null);
      assertEquals(200, answer.statusCode());
      assertTrue(
          answer.headers().allValues("Set-Cookie").stream()
              .noneMatch(c -> c.startsWith("JSESSIONID")),
          "a token call creates no HTTP session");
    }
  }

  @Test
  void theLastUseIsRecordedAtMostOnceAMinute() throws Exception {
    JsonObject token = token("participant294@relais.test", "READ");
    long id = token.getJsonNumber("id").longValue();
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          0,
          Sql.number(
              c, "SELECT count(*) FROM api_token WHERE id = ? AND last_used_at IS NOT NULL", id));
      assertEquals(200, call("GET", "/api/me/registrations", token, null).statusCode());
      String first = Sql.text(c, "SELECT last_used_at::text FROM api_token WHERE id = ?", id);
      assertNotNull(first, "its use is recorded");
      for (int i = 0; i < 5; i++) {
        assertEquals(200, call("GET", "/api/me/registrations", token, null).statusCode());
      }
      assertEquals(
          first,
          Sql.text(c, "SELECT last_used_at::text FROM api_token WHERE id = ?", id),
          "not written again within the minute");
    }
  }

  @Test
  void wrongPasswordsAnswer401ThenTheThrottlesAnswer429() throws Exception {
    String unknown = "personne.jetons." + System.nanoTime() + "@relais.test";
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> wrong = web.newToken(unknown, "not-the-password-" + i, "READ");
      refusedAsJson(wrong, 401);
    }
    HttpResponse<String> held = web.newToken(unknown, PASSWORD, "READ");
    assertEquals(429, held.statusCode(), held.body());
    assertTrue(held.headers().firstValue("Retry-After").isPresent());
    HttpResponse<String> wrongKnown =
        web.newToken("participant294@relais.test", "not-the-password", "READ");
    refusedAsJson(wrongKnown, 401);
    assertEquals(
        400,
        web.newToken("", "", "READ").statusCode(),
        "nothing to check: a 400, no failure counted");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
