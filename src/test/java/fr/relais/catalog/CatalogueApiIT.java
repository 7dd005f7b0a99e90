package fr.relais.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.RunningRelais;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The public catalogue over HTTP, against Relais running with its demo data. */
class CatalogueApiIT {

  private static final HttpClient HTTP = WebClient.plainClient();

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        WebClient.to(RunningRelais.baseUrl() + path).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An answer built now, not the anonymous visitors' copy of up to a second ago. */
  private static HttpResponse<String> fresh(String path) throws Exception {
    return get(path, "If-None-Match", "\"not-a-tag\"");
  }

  /** Published sessions still to come in the demo database, as the catalogue defines them. */
  private static long upcomingPublished(String andActivity) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.number(
          c,
          "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id"
              + " WHERE s.status = 'PUBLISHED' AND s.starts_at > now()"
              + andActivity);
    }
  }

  /** The id of the first session of the public catalogue. */
  private static long aPublishedSession() throws Exception {
    return array(get("/api/sessions?size=1")).getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void listsUpcomingSessionsWithTheirParisOffset() throws Exception {
    HttpResponse<String> response = fresh("/api/sessions?size=100");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonArray sessions = array(response);
    // Other test classes add sessions to this database: compare with what it holds now.
    long upcoming = upcomingPublished("");
    assertTrue(upcoming >= 10, upcoming + " upcoming sessions in the demo");
    assertEquals(String.valueOf(upcoming), response.headers().firstValue("X-Total-Count").get());
    assertEquals(Math.min(upcoming, 100), sessions.size());
    OffsetDateTime previous = null;
    for (JsonValue value : sessions) {
      JsonObject s = value.asJsonObject();
      for (String field :
          new String[] {
            "id",
            "title",
            "format",
            "theme",
            "start",
            "end",
            "mode",
            "site",
            "capacity",
            "seatsLeft",
            "audience"
          }) {
        assertTrue(s.containsKey(field), field + " in " + s);
      }
      assertFalse(s.toString().contains("visio.relais.test"), "no videoconference link in public");
      OffsetDateTime start = OffsetDateTime.parse(s.getString("start"));
      assertTrue(
          start.getOffset().getTotalSeconds() == 3600
              || start.getOffset().getTotalSeconds() == 7200);
      assertTrue(previous == null || !start.isBefore(previous), "in date order");
      previous = start;
      if ("ONLINE".equals(s.getString("mode"))) {
        assertEquals(JsonValue.NULL, s.get("site"));
      } else {
        assertNotNull(s.getJsonObject("site").getString("city"));
      }
    }
  }

  @Test
  void filtersLikeTheCataloguePage() throws Exception {
    long ejadesHeld = upcomingPublished(" AND a.format = 'EJADES'");
    assertTrue(ejadesHeld <= 100, ejadesHeld + " upcoming eJADES");
    JsonArray ejades = array(fresh("/api/sessions?format=EJADES&size=100"));
    assertEquals(ejadesHeld, ejades.size(), "every upcoming eJADES, nothing else");
    ejades.forEach(s -> assertEquals("EJADES", s.asJsonObject().getString("format")));
    JsonArray students = array(fresh("/api/sessions?audience=STUDENTS&size=100"));
    assertEquals(
        Math.min(100, upcomingPublished(" AND a.audience <> 'PROFESSIONALS'")), students.size());
    students.forEach(
        s -> assertFalse("PROFESSIONALS".equals(s.asJsonObject().getString("audience"))));
    assertTrue(ejadesHeld > 20, "three pages of ten at least");
    JsonArray third = array(fresh("/api/sessions?format=EJADES&size=10&page=2")); // from 0
    assertEquals(Math.min(10, ejadesHeld - 20), third.size());
    assertEquals(
        ejades.getJsonObject(20).getJsonNumber("id"),
        third.getJsonObject(0).getJsonNumber("id"),
        "the third page goes on where the second stopped");
  }

  @Test
  void returnsOneSessionOrA404() throws Exception {
    long id = aPublishedSession();
    HttpResponse<String> one = get("/api/sessions/" + id);
    assertEquals(200, one.statusCode());
    assertEquals(id, object(one).getJsonNumber("id").longValue());

    for (String unknown :
        new String[] {"/api/sessions/99999999", "/api/sessions/abc", "/api/sessions/-1"}) {
      HttpResponse<String> missing = get(unknown);
      assertEquals(404, missing.statusCode(), unknown);
      assertTrue(object(missing).getString("message").length() > 0);
    }
  }

  @Test
  void refusesNonsenseFiltersWithA400NamingTheParameter() throws Exception {
    for (String query :
        new String[] {
          "format=WORKSHOP",
          "site=1%20OR%201=1",
          "from=31-12-2026",
          "size=1000",
          "page=-1",
          "theme=%27;DROP%20TABLE%20session;--"
        }) {
      HttpResponse<String> response = get("/api/sessions?" + query);
      assertEquals(400, response.statusCode(), query);
      String message = object(response).getString("message");
      assertTrue(message.contains(query.substring(0, query.indexOf('='))), message);
      assertFalse(response.body().contains("Exception"), response.body());
    }
  }

  @Test
  void anAnonymousCatalogueVisitCreatesNoHttpSession() throws Exception {
    long id = aPublishedSession();
    for (String path :
        new String[] {
          "/",
          "/?format=EJADES",
          "/catalog/",
          "/catalog/session?id=" + id,
          "/help/",
          "/api/sessions",
          "/api/sessions/" + id,
          "/api/sessions.ics"
        }) {
      HttpResponse<String> response = get(path);
      assertEquals(200, response.statusCode(), path);
      assertTrue(
          response.headers().allValues("Set-Cookie").stream()
              .noneMatch(c -> c.startsWith("JSESSIONID")),
          path + " set " + response.headers().allValues("Set-Cookie"));
    }
  }

  @Test
  void anAnonymousSessionPageKeepsNoViewState() throws Exception {
    long id = aPublishedSession();
    for (String path : new String[] {"/", "/catalog/session?id=" + id}) {
      String body = get(path).body();
      java.util.regex.Matcher state =
          java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
              .matcher(body);
      while (state.find()) {
        assertEquals("stateless", state.group(1), path + ": a transient view keeps nothing");
      }
    }
  }

  @Test
  void answers304WhenTheClientHasTheSameAnswer() throws Exception {
    long id = aPublishedSession();
    for (String path :
        new String[] {
          "/api/sessions",
          "/api/sessions?format=EJADES&size=5",
          "/api/sessions/" + id,
          "/api/sessions.ics"
        }) {
      HttpResponse<String> first = get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));
      assertTrue(
          first.headers().firstValue("Cache-Control").orElse("").matches("public, max-age=\\d+"),
          path + ": " + first.headers().firstValue("Cache-Control"));
      HttpResponse<String> again = get(path, "If-None-Match", etag);
      assertEquals(304, again.statusCode(), path);
      assertEquals("", again.body(), path);
      assertEquals(etag, again.headers().firstValue("ETag").orElse(null), path);
      assertEquals(200, get(path, "If-None-Match", "\"something-else\"").statusCode(), path);
    }
    assertTrue(
        !get("/api/sessions?size=1")
            .headers()
            .firstValue("ETag")
            .equals(get("/api/sessions?size=2").headers().firstValue("ETag")),
        "another answer, another tag");
  }

  private static HttpResponse<String> get(String path, String header, String value)
      throws IOException, InterruptedException {
    return HTTP.send(
        WebClient.to(RunningRelais.baseUrl() + path).header(header, value).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAnonymousPageIsRenderedOnceASecondAndEachAnswerHasItsOwnNonce() throws Exception {
    String path = "/?format=EJADES&visit=" + System.nanoTime();
    HttpResponse<String> first = get(path);
    HttpResponse<String> second = get(path);
    assertTrue(first.headers().firstValue("X-Relais-Cache").isEmpty(), "rendered");
    assertEquals("hit", second.headers().firstValue("X-Relais-Cache").orElse(""), "kept");
    String nonce1 = WebClient.cspNonce(first);
    String nonce2 = WebClient.cspNonce(second);
    assertFalse(nonce1.equals(nonce2), "a nonce is never given twice");
    assertEquals(first.body().replace(nonce1, nonce2), second.body(), "the same page otherwise");
    assertTrue(second.body().contains("nonce=\"" + nonce2 + "\""));

    WebClient signedIn = new WebClient();
    assertTrue(signedIn.signIn("participante@relais.test", "relais-demo-2026"));
    HttpResponse<String> own = signedIn.get(path);
    assertFalse(
        own.headers().firstValue("X-Relais-Cache").orElse("").equals("hit"),
        "never the anonymous copy for a signed-in person");
    assertTrue(own.body().contains("Se déconnecter"), "their own page");

    // A size no other test asks for: this test's first call builds the answer.
    String api = "/api/sessions?format=EJADES&size=" + (50 + System.nanoTime() % 50);
    HttpResponse<String> built = get(api);
    assertEquals(200, built.statusCode());
    HttpResponse<String> copy = get(api);
    assertEquals("hit", copy.headers().firstValue("X-Relais-Cache").orElse(""), "the API too");
    assertEquals(built.body(), copy.body());
    assertEquals(built.headers().firstValue("ETag"), copy.headers().firstValue("ETag"), "same tag");
    assertEquals(
        304,
        get(api, "If-None-Match", built.headers().firstValue("ETag").orElseThrow()).statusCode(),
        "revalidation still answered by the resource");
  }

  /** The first name of a demo account. */
  private static String firstName(String email) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.text(c, "SELECT first_name FROM account WHERE email = '" + email + "'");
    }
  }

  private static final java.util.regex.Pattern SIGN_OUT_TOKEN =
      java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

  private static String signOutToken(String html) {
    java.util.regex.Matcher token = SIGN_OUT_TOKEN.matcher(html);
    assertTrue(token.find(), "a sign-out form");
    return token.group(1);
  }

  /**
   * The catalogue is composed from the copy for signed-in people (issue 18): two people signed in
   * at once, asking in turn, each always get their own greeting, menu and sign-out token, never the
   * other's; and the anonymous copy never holds anything of theirs.
   */
  @Test
  void aSignedInCatalogueIsAlwaysTheirOwnAndTheCopyStaysAnonymous() throws Exception {
    String path = "/?format=EJADES&people=" + System.nanoTime();
    String[] emails = {"participante@relais.test", "participant001@relais.test"};
    WebClient[] people = new WebClient[2];
    String[] names = new String[2];
    String[] tokens = new String[2];
    for (int i = 0; i < 2; i++) {
      people[i] = new WebClient();
      assertTrue(people[i].signIn(emails[i], "relais-demo-2026"), emails[i]);
      names[i] = firstName(emails[i]);
      // A page never served from a copy says which sign-out token is theirs.
      tokens[i] = signOutToken(people[i].get("/help/").body());
    }
    assertFalse(names[0].equals(names[1]), "two people with different first names");
    int composed = 0;
    // The first page after signing in is theirs in full (the flash cookie is new); then the copy.
    for (int round = 0; round < 8; round++) {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> page = people[i].get(path);
        assertEquals(200, page.statusCode());
        String body = page.body();
        composed +=
            "personal".equals(page.headers().firstValue("X-Relais-Cache").orElse("")) ? 1 : 0;
        assertTrue(body.contains("Bonjour " + names[i]), "their greeting, round " + round);
        assertFalse(body.contains("Bonjour " + names[1 - i]), "never the other's");
        assertEquals(tokens[i], signOutToken(body), "their own sign-out token");
        assertFalse(body.contains(tokens[1 - i]), "never the other's token");
        assertTrue(body.contains("/registration/mine"), "a participant's menu");
        assertFalse(body.contains("relais-slot"), "no placeholder left");
        assertTrue(body.contains("eJADES"), "the catalogue itself");
        String nonce = WebClient.cspNonce(page);
        assertTrue(body.contains("nonce=\"" + nonce + "\""), "the page's scripts carry its nonce");
      }
    }
    assertTrue(composed > 0, "some answers were composed from the copy");

    HttpResponse<String> anonymous = get(path);
    String body = anonymous.body();
    assertEquals(200, anonymous.statusCode());
    assertFalse(body.contains("/signout"), "no sign-out form in the anonymous page");
    assertFalse(body.contains(tokens[0]) || body.contains(tokens[1]), "no token");
    assertFalse(body.contains("Bonjour"), "no greeting");
    assertFalse(body.contains("/registration/mine"), "no participant menu");
    assertTrue(body.contains("/people/signup"), "the visitors' menu");
    assertTrue(get(path).body().contains("/people/signup"), "and its copy too");
  }

  /** A session's page shows each signed-in person their own registration state. */
  @Test
  void aSignedInSessionPageShowsTheirOwnRegistration() throws Exception {
    long session;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      session =
          Sql.number(
              c,
              "SELECT s.id FROM session s JOIN registration r ON r.session_id = s.id"
                  + " JOIN account a ON a.id = r.account_id WHERE a.email = 'participante@relais.test'"
                  + " AND r.status = 'CONFIRMED' AND s.status = 'PUBLISHED' AND s.starts_at > now()"
                  + " AND NOT EXISTS (SELECT 1 FROM registration o JOIN account b ON b.id = o.account_id"
                  + " WHERE o.session_id = s.id AND b.email = 'participant001@relais.test'"
                  + " AND o.status IN ('CONFIRMED', 'WAITLISTED')) ORDER BY s.id LIMIT 1");
    }
    WebClient registered = new WebClient();
    WebClient other = new WebClient();
    assertTrue(registered.signIn("participante@relais.test", "relais-demo-2026"));
    assertTrue(other.signIn("participant001@relais.test", "relais-demo-2026"));
    for (int round = 0; round < 3; round++) {
      String mine = registered.get("/catalog/session?id=" + session).body();
      String theirs = other.get("/catalog/session?id=" + session).body();
      assertTrue(mine.contains("registered__state"), "registered: says so");
      assertTrue(mine.contains("Bonjour " + firstName("participante@relais.test")));
      assertFalse(theirs.contains("registered__state"), "the other is not registered");
      assertTrue(theirs.contains("Bonjour " + firstName("participant001@relais.test")));
    }
  }

  @Test
  void anUnknownSessionPageIsA404WithTheLayout() throws Exception {
    for (String path :
        new String[] {
          "/catalog/session?id=99999999",
          "/catalog/session?id=x",
          "/catalog/session",
          "/no-such-page"
        }) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(response.body().contains("Page introuvable"), path);
      assertTrue(response.body().contains("Besoin d'aide maintenant ?"), "layout kept on " + path);
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/api/sessions", "/no-such-page"}) {
      HttpResponse<String> response = get(path);
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertTrue(
          response
              .headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("frame-ancestors 'none'"),
          path);
    }
  }
}
