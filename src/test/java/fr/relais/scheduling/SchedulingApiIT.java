package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinators' write API, the pages' roles and the calendar feeds, over HTTP against Relais
 * running with its demo data.
 */
class SchedulingApiIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final LocalDate DAY =
      LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(8).withDayOfMonth(10);

  private static long activity;
  private static long room;
  private static long trainer;
  private static String feedToken;
  private final WebClient web = new WebClient();

  @BeforeAll
  static void demoIds() throws Exception {
    RunningRelais.baseUrl();
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      activity =
          Sql.number(c, "SELECT id FROM activity WHERE title = 'Le management bienveillant'");
      room = Sql.number(c, "SELECT id FROM room WHERE name = 'Salle Étoile'");
      trainer = Sql.number(c, "SELECT id FROM account WHERE email = 'formatrice@relais.test'");
      ResultSet r =
          c.createStatement()
              .executeQuery(
                  "SELECT p.feed_token FROM trainer_profile p JOIN account a ON a.id = p.account_id WHERE a.email = 'formatrice@relais.test'");
      feedToken = r.next() ? r.getString(1) : null;
    }
  }

  private static String session(
      String start, String end, long roomId, int capacity, boolean publish) {
    return "{\"activityId\":"
        + activity
        + ",\"start\":\""
        + DAY
        + "T"
        + start
        + ":00+02:00\",\"end\":\""
        + DAY
        + "T"
        + end
        + ":00+02:00\",\"mode\":\"ON_SITE\",\"roomId\":"
        + roomId
        + ",\"capacity\":"
        + capacity
        + ",\"studentSeats\":2,\"trainerIds\":["
        + trainer
        + "],\"publish\":"
        + publish
        + "}";
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void aCoordinatorCreatesChangesAndCancelsASession() throws Exception {
    HttpResponse<String> created =
        web.api(
            "POST",
            "/api/sessions",
            COORDINATOR,
            PASSWORD,
            session("09:00", "12:00", room, 12, true));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = json(created);
    long id = body.getJsonNumber("id").longValue();
    assertEquals("PUBLISHED", body.getString("status"));
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/sessions/" + id));
    assertTrue(body.getString("start").startsWith(DAY + "T09:00"), body.getString("start"));
    assertTrue(body.getString("start").matches(".*\\+0[12]:00"), "Paris offset kept");

    HttpResponse<String> changed =
        web.api(
            "PUT",
            "/api/sessions/" + id,
            COORDINATOR,
            PASSWORD,
            session("10:00", "13:00", room, 14, false));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(14, json(changed).getInt("capacity"));
    assertEquals(
        200,
        web.api("GET", "/api/sessions/" + id, null, null, null).statusCode(),
        "public once published");

    HttpResponse<String> noReason =
        web.api(
            "POST", "/api/sessions/" + id + "/cancel", COORDINATOR, PASSWORD, "{\"reason\":\"\"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    HttpResponse<String> cancelled =
        web.api(
            "POST",
            "/api/sessions/" + id + "/cancel",
            COORDINATOR,
            PASSWORD,
            "{\"reason\":\"Salle indisponible\"}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", json(cancelled).getString("status"));
    // Anonymous visitors may get a copy up to a second old (catalog.PublicCache).
    int publicStatus = 0;
    for (long end = System.nanoTime() + 3_000_000_000L;
        System.nanoTime() < end;
        Thread.sleep(100)) {
      publicStatus = web.api("GET", "/api/sessions/" + id, null, null, null).statusCode();
      if (publicStatus == 404) {
        break;
      }
    }
    assertEquals(404, publicStatus, "gone from the public API within the copy's second");
    assertEquals(
        409,
        web.api(
                "PUT",
                "/api/sessions/" + id,
                COORDINATOR,
                PASSWORD,
                session("10:00", "13:00", room, 14, false))
            .statusCode());
  }

  @Test
  void badInputGetsA400ListingEachField() throws Exception {
    HttpResponse<String> response =
        web.api(
            "POST",
            "/api/sessions",
            COORDINATOR,
            PASSWORD,
            "{\"activityId\":"
                + activity
                + ",\"start\":\""
                + DAY
                + "T12:00:00+02:00\",\"end\":\""
                + DAY
                + "T11:00:00+02:00\",\"mode\":\"ONLINE\",\"videoLink\":\"http://visio.example\",\"capacity\":0,\"trainerIds\":[]}");
    assertEquals(400, response.statusCode(), response.body());
    String fields = json(response).getJsonArray("errors").toString();
    for (String field : List.of("end", "videoLink", "capacity", "trainers")) {
      assertTrue(fields.contains("\"field\":\"" + field + "\""), field + " in " + fields);
    }
    assertTrue(fields.contains("La fin doit être après le début."), fields);
    assertEquals(
        400, web.api("POST", "/api/sessions", COORDINATOR, PASSWORD, "{not json").statusCode());
  }

  @Test
  void aConflictGetsA409NamingTheOtherSession() throws Exception {
    assertEquals(
        201,
        web.api(
                "POST",
                "/api/sessions",
                COORDINATOR,
                PASSWORD,
                session("14:00", "16:00", room, 12, false))
            .statusCode());
    HttpResponse<String> clash =
        web.api(
            "POST",
            "/api/sessions",
            COORDINATOR,
            PASSWORD,
            session("15:00", "17:00", room, 12, false));
    assertEquals(409, clash.statusCode(), clash.body());
    assertTrue(
        json(clash).getString("message").contains("Le management bienveillant"), clash.body());
  }

  @Test
  void onlyCoordinatorsMayWrite() throws Exception {
    String plan = session("18:00", "19:00", room, 10, false);
    HttpResponse<String> anonymous = web.api("POST", "/api/sessions", null, null, plan);
    assertEquals(401, anonymous.statusCode(), anonymous.headers().map() + " " + anonymous.body());
    assertEquals(
        "Bearer realm=\"Relais\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(
        401, web.api("POST", "/api/sessions", COORDINATOR, "wrong-password", plan).statusCode());
    assertEquals(
        403,
        web.api("POST", "/api/sessions", "participante@relais.test", PASSWORD, plan).statusCode());
    assertEquals(
        403,
        web.api("POST", "/api/sessions", "formatrice@relais.test", PASSWORD, plan).statusCode());
    assertEquals(
        403,
        web.api(
                "POST",
                "/api/sessions/1/cancel",
                "etudiant@relais.test",
                PASSWORD,
                "{\"reason\":\"x\"}")
            .statusCode());
    assertEquals(
        403,
        web.api("PUT", "/api/sessions/1", "participante@relais.test", PASSWORD, plan).statusCode());
    HttpResponse<String> noSession = web.api("GET", "/api/sessions", COORDINATOR, PASSWORD, null);
    assertTrue(
        noSession.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith("JSESSIONID")),
        "token calls create no HTTP session");
  }

  @Test
  void httpBasicIsRefusedWithA401SayingHowToGetAToken() throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((COORDINATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> refused =
        web.apiWith("POST", "/api/sessions", basic, session("18:00", "19:00", room, 10, false));
    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals(
        "Bearer realm=\"Relais\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
    assertTrue(
        refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(json(refused).getString("message").contains("POST /api/tokens"), refused.body());
    assertTrue(
        refused.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith("JSESSIONID")),
        "no HTTP session either");
    assertEquals(
        401, web.apiWith("GET", "/api/sessions", basic, null).statusCode(), "even a public one");
  }

  @Test
  void coordinatorPagesAreForCoordinatorsAndMySessionsForTrainers() throws Exception {
    HttpResponse<String> anonymous = web.get("/scheduling/sessions");
    assertEquals(302, anonymous.statusCode());
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("/people/signin?next="));

    WebClient participant = new WebClient();
    assertTrue(participant.signIn("participante@relais.test", PASSWORD), "participant signs in");
    for (String page :
        List.of(
            "/scheduling/sessions",
            "/scheduling/session",
            "/scheduling/series",
            "/programme/activities",
            "/site/sites",
            "/people/trainers",
            "/scheduling/mine")) {
      HttpResponse<String> refused = participant.get(page);
      assertEquals(403, refused.statusCode(), page);
      assertTrue(refused.body().contains("Accès refusé"), page);
    }

    WebClient trainerClient = new WebClient();
    assertTrue(trainerClient.signIn("formatrice@relais.test", PASSWORD));
    HttpResponse<String> mine = trainerClient.get("/scheduling/mine");
    assertEquals(200, mine.statusCode());
    assertTrue(mine.body().contains("Mes séances"));
    assertEquals(403, trainerClient.get("/scheduling/sessions").statusCode());

    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    for (String page :
        List.of(
            "/scheduling/sessions",
            "/scheduling/session",
            "/scheduling/series",
            "/programme/activities",
            "/programme/themes",
            "/site/sites",
            "/people/trainers")) {
      assertEquals(200, coordinator.get(page).statusCode(), page);
    }
    assertEquals(404, coordinator.get("/scheduling/session?id=99999999").statusCode());
  }

  @Test
  void thePublicCalendarFeedListsPublishedSessions() throws Exception {
    HttpResponse<String> feed = web.get("/api/sessions.ics");
    assertEquals(200, feed.statusCode());
    assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    String ics = feed.body();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    int events = ics.split("BEGIN:VEVENT", -1).length - 1;
    assertTrue(events >= 40, events + " events");
    assertFalse(ics.contains("visio.relais.test"), "no videoconference link in public");
  }

  @Test
  void aTrainersPrivateFeedListsTheirSessionsOnly() throws Exception {
    HttpResponse<String> feed = web.get("/api/trainers/" + feedToken + "/sessions.ics");
    assertEquals(200, feed.statusCode());
    String ics = feed.body();
    assertTrue(ics.contains("X-WR-CALNAME:Relais – Hélène Garnier"), ics.substring(0, 300));
    assertTrue(ics.contains("Groupe de parole des soignants"));
    assertFalse(ics.contains("Mieux dormir avec des horaires décalés"), "another trainer's eJADES");
    assertEquals(404, web.get("/api/trainers/not-a-token/sessions.ics").statusCode());
  }
}
