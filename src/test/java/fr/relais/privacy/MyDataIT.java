package fr.relais.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The right of access: a person downloads everything Relais keeps about them, and only that. */
class MyDataIT {

  private static final String PASSWORD = "relais-demo-2026";

  @Test
  void aParticipantDownloadsTheirOwnDataAndNobodyElses() throws Exception {
    String email;
    long registrations;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      new WebClient(); // the application is up
      ResultSet r =
          c.createStatement()
              .executeQuery(
                  "SELECT a.email, count(*) FROM registration r JOIN account a ON a.id = r.account_id"
                      + " JOIN certificate ct ON ct.registration_id = r.id"
                      + " WHERE a.email LIKE 'participant1%' GROUP BY a.email ORDER BY a.email DESC"
                      + " LIMIT 1");
      assertTrue(r.next());
      email = r.getString(1);
      ResultSet all =
          c.createStatement()
              .executeQuery(
                  "SELECT count(*) FROM registration r JOIN account a ON a.id = r.account_id"
                      + " WHERE a.email = '"
                      + email
                      + "'");
      all.next();
      registrations = all.getLong(1);
    }
    WebClient me = new WebClient();
    assertTrue(me.signIn(email, PASSWORD));
    HttpResponse<byte[]> file = me.bytes("/api/me/data");
    assertEquals(200, file.statusCode());
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    JsonObject data =
        Json.createReader(new StringReader(new String(file.body(), "UTF-8"))).readObject();
    assertEquals(email, data.getJsonObject("account").getString("email"));
    assertEquals(registrations, data.getJsonArray("registrations").size());
    assertTrue(
        data.getJsonArray("registrations").stream()
            .anyMatch(x -> !x.asJsonObject().isNull("certificateCode")),
        "their certificates");
    String text = new String(file.body(), "UTF-8");
    assertFalse(text.contains("participante@relais.test"), "nobody else's data");
    assertFalse(text.contains("password"), "no password hash");
    assertEquals(401, new WebClient().send("GET", "/api/me/data", null).statusCode());

    HttpResponse<byte[]> pdf = me.bytes("/api/me/data.pdf");
    assertEquals(200, pdf.statusCode());
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String readable = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(readable.contains("Vos données dans Relais"), readable);
      assertTrue(readable.contains(email), "their address");
      assertTrue(readable.contains("Vos inscriptions, présences et attestations"), readable);
      assertTrue(readable.contains("Adresse e-mail"), "fields by their labels: " + readable);
      assertTrue(readable.contains("Participant(e)"), "roles by their labels");
      assertFalse(readable.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT.*"), "no UTC instant: " + readable);
      assertFalse(readable.contains("CONFIRMED"), "no code: " + readable);
    }
  }
}
