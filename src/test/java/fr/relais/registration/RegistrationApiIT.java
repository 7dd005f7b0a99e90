package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.launch.MailCatcher;
import fr.relais.testing.RunningRelais;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registering over the API, against Relais running with its demo data and a real SMTP server
 * (GreenMail): statuses, idempotence, refusals as JSON, mails with their invitations, and a mail
 * that survives an SMTP outage.
 */
class RegistrationApiIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static long ejades;
  private static long studentActivity;
  private static long trainer;
  private static long chuRoom;
  private static long chu;
  private static int dayOffset = 200;
  private final WebClient web = new WebClient();

  @BeforeAll
  static void ids() throws Exception {
    RunningRelais.baseUrl();
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      ejades = Sql.number(c, "SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
      studentActivity =
          Sql.number(
              c, "SELECT id FROM activity WHERE audience = 'STUDENTS' AND format = 'TRAINING'");
      trainer =
          Sql.number(c, "SELECT id FROM account WHERE email = 'formatrice.marchand@relais.test'");
      chuRoom = Sql.number(c, "SELECT id FROM room WHERE name = 'Amphithéâtre B'");
      chu = Sql.number(c, "SELECT site_id FROM room WHERE name = 'Amphithéâtre B'");
      awaitOutboxSent(c);
    }
  }

  /**
   * The demo queues a thousand mails when it starts, sent in order: a mail this class waits for
   * would otherwise wait behind them whenever this class runs first.
   */
  private static void awaitOutboxSent(Connection c) throws Exception {
    for (int i = 0; i < 240; i++) {
      // Due now, so ahead of a new one; a mail waiting for its retry is not.
      String due =
          "SELECT count(*) FROM mail_outbox WHERE status <> 'SENT' AND next_attempt_at <= now()";
      if (Sql.number(c, due) == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the demo's mails were still due after 2 min");
  }

  private static MailCatcher mail() {
    return TestEnvironment.get().mail();
  }

  /** Creates a published session through the coordinators' API; returns its id. */
  private long session(long activity, int capacity, String extra) throws Exception {
    OffsetDateTime start =
        Instant.now()
            .plus(Duration.ofDays(dayOffset++))
            .truncatedTo(ChronoUnit.HOURS)
            .atZone(PARIS)
            .toOffsetDateTime();
    String json =
        "{\"activityId\":"
            + activity
            + ",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plusHours(1)
            + "\",\"mode\":\"ONLINE\",\"videoLink\":\"https://visio.relais.test/api-test\",\"capacity\":"
            + capacity
            + ",\"studentSeats\":0,\"trainerIds\":["
            + trainer
            + "],\"publish\":true"
            + extra
            + "}";
    HttpResponse<String> created = web.api("POST", "/api/sessions", COORDINATOR, PASSWORD, json);
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> register(long session, String who) throws Exception {
    return web.api("POST", "/api/sessions/" + session + "/registrations", who, PASSWORD, "{}");
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static List<MimeMessage> mailsTo(String address, String subjectPart) throws Exception {
    return mail().received().stream()
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address)
                    && m.getSubject().contains(subjectPart);
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private static MimeMessage awaitMail(String address, String subjectPart) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> found = mailsTo(address, subjectPart);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No mail \"" + subjectPart + "\" for " + address);
  }

  private static String calendarPart(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.getContentType().startsWith("text/calendar")) {
        return new String(
                part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\r\n ", ""); // unfold: .ics lines are cut at 75 octets
      }
    }
    throw new AssertionError("no calendar part");
  }

  @Test
  void registeringTwiceGivesTheSameRegistrationThenCancellingFreesTheSeat() throws Exception {
    long session = session(ejades, 1, "");
    HttpResponse<String> first = register(session, "participant260@relais.test");
    assertEquals(201, first.statusCode(), first.body());
    assertEquals("CONFIRMED", json(first).getString("status"));
    HttpResponse<String> again = register(session, "participant260@relais.test");
    assertEquals(200, again.statusCode());
    assertEquals(json(first).getJsonNumber("id"), json(again).getJsonNumber("id"));

    HttpResponse<String> second = register(session, "participant261@relais.test");
    assertEquals("WAITLISTED", json(second).getString("status"));
    assertEquals(1, json(second).getInt("waitlistPosition"));

    HttpResponse<String> mine =
        web.api("GET", "/api/me/registrations", "participant260@relais.test", PASSWORD, null);
    assertTrue(mine.body().contains("\"sessionId\":" + session), mine.body());

    HttpResponse<String> cancelled =
        web.api(
            "DELETE",
            "/api/sessions/" + session + "/registrations/me",
            "participant260@relais.test",
            PASSWORD,
            null);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", json(cancelled).getString("status"));
    HttpResponse<String> promoted = register(session, "participant261@relais.test");
    assertEquals(200, promoted.statusCode());
    assertEquals(
        "CONFIRMED", json(promoted).getString("status"), "the waiting person got the seat");
  }

  @Test
  void theConfirmationMailCarriesAnInvitationWithTheLink() throws Exception {
    long session = session(ejades, 5, "");
    assertEquals(201, register(session, "participant262@relais.test").statusCode());
    MimeMessage confirmation = awaitMail("participant262@relais.test", "Inscription confirmée");
    String ics = calendarPart(confirmation);
    assertTrue(ics.contains("METHOD:REQUEST"), ics);
    assertTrue(
        ics.contains("https://visio.relais.test/api-test"), "the link goes to registered people");
    assertTrue(ics.contains("UID:session-" + session + "@relais"));

    web.api(
        "DELETE",
        "/api/sessions/" + session + "/registrations/me",
        "participant262@relais.test",
        PASSWORD,
        null);
    String cancel = calendarPart(awaitMail("participant262@relais.test", "Inscription annulée"));
    assertTrue(cancel.contains("METHOD:CANCEL"), cancel);
    assertTrue(cancel.contains("STATUS:CANCELLED"));
  }

  @Test
  void refusalsAreClearJson4xx() throws Exception {
    long students = session(studentActivity, 5, "");
    HttpResponse<String> audience = register(students, "participante@relais.test");
    assertEquals(403, audience.statusCode());
    assertTrue(json(audience).getString("message").contains("autre public"), audience.body());

    long reserved = sessionOnSite();
    HttpResponse<String> restricted = register(reserved, "participante@relais.test");
    assertEquals(403, restricted.statusCode());
    assertTrue(
        json(restricted).getString("message").contains("réservée au personnel"), restricted.body());

    long closed =
        session(
            ejades,
            5,
            ",\"registrationClosesAt\":\"" + OffsetDateTime.now(PARIS).minusHours(1) + "\"");
    HttpResponse<String> window = register(closed, "participante@relais.test");
    assertEquals(409, window.statusCode());
    assertTrue(json(window).getString("message").contains("closes"), window.body());

    long cancelled = session(ejades, 5, "");
    web.api(
        "POST",
        "/api/sessions/" + cancelled + "/cancel",
        COORDINATOR,
        PASSWORD,
        "{\"reason\":\"Formatrice absente\"}");
    HttpResponse<String> gone = register(cancelled, "participante@relais.test");
    assertEquals(409, gone.statusCode());
    assertTrue(json(gone).getString("message").contains("annulée"));

    long late =
        session(
            ejades,
            5,
            ",\"cancellationDeadline\":\"" + OffsetDateTime.now(PARIS).minusHours(1) + "\"");
    assertEquals(201, register(late, "participante@relais.test").statusCode());
    HttpResponse<String> tooLate =
        web.api(
            "DELETE",
            "/api/sessions/" + late + "/registrations/me",
            "participante@relais.test",
            PASSWORD,
            null);
    assertEquals(409, tooLate.statusCode());
    assertTrue(json(tooLate).getString("message").contains("contact@relais.test"), tooLate.body());

    assertEquals(404, register(99_999_999L, "participante@relais.test").statusCode());
    assertEquals(
        403, register(late, "formatrice@relais.test").statusCode(), "trainers do not register");
    assertEquals(
        401,
        web.api("POST", "/api/sessions/" + late + "/registrations", null, null, "{}").statusCode());
  }

  private long sessionOnSite() throws Exception {
    OffsetDateTime start =
        Instant.now()
            .plus(Duration.ofDays(dayOffset++))
            .truncatedTo(ChronoUnit.HOURS)
            .atZone(PARIS)
            .toOffsetDateTime();
    String json =
        "{\"activityId\":"
            + ejades
            + ",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plusHours(2)
            + "\",\"mode\":\"ON_SITE\",\"roomId\":"
            + chuRoom
            + ",\"capacity\":10,\"trainerIds\":["
            + trainer
            + "],\"reservedForSiteId\":"
            + chu
            + ",\"publish\":true}";
    HttpResponse<String> created = web.api("POST", "/api/sessions", COORDINATOR, PASSWORD, json);
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getJsonNumber("id").longValue();
  }

  @Test
  void anInvitationCodeOpensAReservedSession() throws Exception {
    long reserved = sessionOnSite();
    String code = json(web.api("GET", "/api/sessions/" + reserved, null, null, null)).toString();
    assertTrue(code.contains("CHU Val-de-Seine"), "the catalogue says who it is for: " + code);
    String invitation;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      ResultSet r =
          c.createStatement()
              .executeQuery("SELECT invitation_code FROM session WHERE id = " + reserved);
      r.next();
      invitation = r.getString(1);
    }
    HttpResponse<String> withCode =
        web.api(
            "POST",
            "/api/sessions/" + reserved + "/registrations",
            "participant263@relais.test",
            PASSWORD,
            "{\"invitationCode\":\"" + invitation.toLowerCase() + "\"}");
    assertEquals(201, withCode.statusCode(), withCode.body());
  }

  @Test
  void aMailQueuedWhileSmtpIsDownArrivesOnceItIsBack() throws Exception {
    long session = session(ejades, 5, "");
    mail().stop();
    try {
      long before = System.nanoTime();
      HttpResponse<String> registered = register(session, "participant264@relais.test");
      assertEquals(
          201, registered.statusCode(), "registration does not wait for or depend on SMTP");
      assertTrue(Duration.ofNanos(System.nanoTime() - before).toSeconds() < 5);
      Thread.sleep(2500); // a retry or two fail meanwhile
    } finally {
      mail().start();
    }
    MimeMessage arrived = awaitMail("participant264@relais.test", "Inscription confirmée");
    assertTrue(arrived.getSubject().contains("eJADES"));
    Thread.sleep(3000);
    assertEquals(1, mailsTo("participant264@relais.test", "Inscription confirmée").size(), "once");
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      var query =
          c.prepareStatement(
              "SELECT status, attempts, id FROM mail_outbox"
                  + " WHERE recipient = 'participant264@relais.test' AND subject = ?");
      query.setString(1, arrived.getSubject());
      ResultSet r = query.executeQuery();
      assertTrue(r.next());
      assertEquals("SENT", r.getString(1));
      assertTrue(r.getInt(2) >= 2, "it was retried");
      // Its Message-ID is its row's, the same at every attempt (notification.MessageIds).
      assertTrue(
          arrived.getMessageID().startsWith("<outbox." + r.getLong(3) + "."),
          arrived.getMessageID());
    }
  }
}
