package fr.relais.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.PdfStandards;
import fr.relais.testing.RunningRelais;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of PDF Relais writes, downloaded from the running demo (real data: its history has
 * signed sheets and certificates) and checked by veraPDF against PDF/A-2A and PDF/UA-1. The annual
 * report is checked the same way where it is prepared (ReportsBrowserIT).
 */
class DocumentsIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static String participant;
  private static long registration;
  private static long session;

  @BeforeAll
  static void samples() throws Exception {
    RunningRelais.baseUrl();
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      String[] row =
          Sql.row(
              c,
              "SELECT a.email, r.id, r.session_id FROM certificate ct"
                  + " JOIN registration r ON r.id = ct.registration_id"
                  + " JOIN account a ON a.id = r.account_id"
                  + " JOIN half_day_signature h ON h.session_id = r.session_id AND h.half_day = 0"
                  + " WHERE a.email LIKE 'participant1%' ORDER BY r.id LIMIT 1");
      participant = row[0];
      registration = Long.parseLong(row[1]);
      session = Long.parseLong(row[2]);
    }
  }

  @Test
  void everyKindOfPdfBreaksNoRuleOfPdfA2AOrPdfUa1() throws Exception {
    WebClient person = signedIn(participant);
    WebClient coordinator = signedIn("coordination@relais.test");
    Map<String, byte[]> documents = new LinkedHashMap<>();
    documents.put(
        "certificate",
        ok(person.bytes("/api/me/registrations/" + registration + "/certificate.pdf")));
    documents.put(
        "sheet-locked", ok(coordinator.bytes("/api/sessions/" + session + "/sign-in-sheet.pdf")));
    documents.put(
        "sheet-blank",
        ok(coordinator.bytes("/api/sessions/" + session + "/sign-in-sheet.pdf?blank=true")));
    documents.put("my-data", ok(person.bytes("/api/me/data.pdf")));
    Path out = Files.createDirectories(Path.of("target/documents"));
    StringBuilder broken = new StringBuilder();
    for (Map.Entry<String, byte[]> document : documents.entrySet()) {
      Files.write(out.resolve(document.getKey() + ".pdf"), document.getValue());
      List<String> rules = PdfStandards.brokenRules(document.getValue());
      if (!rules.isEmpty()) {
        broken.append(document.getKey()).append(": ").append(rules).append('\n');
      }
    }
    assertEquals("", broken.toString(), "rules broken");
  }

  @Test
  void aLockedSheetIsTheSameFileEachTimeAndItsFingerprintChecksOut() throws Exception {
    WebClient coordinator = signedIn("coordination@relais.test");
    String path = "/api/sessions/" + session + "/sign-in-sheet.pdf";
    byte[] first = ok(coordinator.bytes(path));
    byte[] second = ok(coordinator.bytes(path));
    assertArrayEquals(first, second, "identical on every download");

    String text;
    try (PDDocument pdf = Loader.loadPDF(first)) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
    Matcher printed = Pattern.compile("SHA-256[^:]*:([0-9a-f]{64})").matcher(text);
    assertTrue(printed.find(), text);
    String fingerprint = printed.group(1);
    assertTrue(text.contains("SIRET"), "the organisation's identity");
    assertTrue(
        text.contains("AssociationSoinsauxprofessionnelsensanté"),
        "its name, accents and all (configuration files are read as ISO-8859-1): " + text);

    HttpResponse<String> verify = new WebClient().get("/verify/" + fingerprint);
    assertEquals(200, verify.statusCode());
    assertTrue(
        verify.body().contains("Feuille d&#39;émargement authentique")
            || verify.body().contains("Feuille d'émargement authentique"),
        verify.body());
    String fileHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first));
    assertTrue(verify.body().contains(fileHash), "the page gives the file's own SHA-256");
    assertTrue(!verify.body().contains(participant), "no participant's address or name");

    String other = fingerprint.substring(1) + (fingerprint.charAt(0) == 'a' ? "b" : "a");
    assertEquals(404, new WebClient().get("/verify/" + other).statusCode());
  }

  /** Every XLSX but the annual report's (ReportsBrowserIT prepares and reads that one). */
  @Test
  void everyWorkbookHasItsHeadersOnRowOneFrozenFilteredRealDatesAndNoFormula() throws Exception {
    WebClient coordinator = signedIn("coordination@relais.test");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    Map<String, byte[]> books = new LinkedHashMap<>();
    books.put(
        "activity-by-month",
        ok(
            coordinator.bytes(
                "/reporting/export?kind=activity&table=activity-by-month&type=xlsx&from="
                    + today.minusDays(90)
                    + "&to="
                    + today)));
    books.put(
        "registrations", ok(coordinator.bytes("/api/sessions/" + session + "/registrations.xlsx")));
    books.put(
        "attendance-session",
        ok(coordinator.bytes("/api/sessions/" + session + "/attendance.xlsx")));
    books.put(
        "attendance-period",
        ok(coordinator.bytes("/api/attendance.xlsx?from=" + today.minusDays(90) + "&to=" + today)));
    StringBuilder problems = new StringBuilder();
    for (Map.Entry<String, byte[]> book : books.entrySet()) {
      List<String> found = fr.relais.testing.Workbooks.problems(book.getValue());
      if (!found.isEmpty()) {
        problems.append(book.getKey()).append(": ").append(found).append('\n');
      }
    }
    assertEquals("", problems.toString());
    try (var months = fr.relais.testing.Workbooks.read(books.get("activity-by-month"))) {
      assertEquals("Activité par mois", months.getSheetName(0));
      assertTrue(fr.relais.testing.Workbooks.datesIn(months.getSheetAt(0), 0), "months are dates");
    }
    for (String attendance : List.of("attendance-session", "attendance-period")) {
      try (var book = fr.relais.testing.Workbooks.read(books.get(attendance))) {
        assertTrue(book.getSheetAt(0).getLastRowNum() >= 1, attendance + " has lines");
        assertTrue(fr.relais.testing.Workbooks.datesIn(book.getSheetAt(0), 2), "days are dates");
      }
    }
    try (var registrations = fr.relais.testing.Workbooks.read(books.get("registrations"))) {
      var sheet = registrations.getSheetAt(0);
      assertEquals("Nom", sheet.getRow(0).getCell(0).getStringCellValue());
      assertTrue(fr.relais.testing.Workbooks.datesIn(sheet, 7), "registration times are dates");
      for (var row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            String text = cell.getStringCellValue();
            assertTrue(!text.matches("[A-Z_]{4,}"), "a label, not a code: " + text);
          }
        }
      }
    }
  }

  private static WebClient signedIn(String email) throws Exception {
    WebClient client = new WebClient();
    assertTrue(client.signIn(email, PASSWORD), email);
    return client;
  }

  private static byte[] ok(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), response.uri().toString());
    return response.body();
  }
}
