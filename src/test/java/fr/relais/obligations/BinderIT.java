package fr.relais.obligations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.PdfStandards;
import fr.relais.testing.RunningRelais;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import fr.relais.testing.Workbooks;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Qualiopi evidence binder of the demo's last closed year, downloaded as a coordinator would:
 * every file the index names is in the ZIP and nothing else; the sheets and certificates are those
 * of the year's held training actions only (never a prevention session); a sheet is the very file
 * the sheet download gives; the index PDF and the spreadsheets open with tools Relais did not
 * write.
 */
class BinderIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
  private static Map<String, byte[]> files;
  private static long downloadMillis;

  @BeforeAll
  static void download() throws Exception {
    RunningRelais.baseUrl();
    WebClient coordinator = signedIn("coordination@relais.test");
    long started = System.nanoTime();
    HttpResponse<byte[]> zip =
        coordinator.bytes("/obligations/binder.zip?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31");
    downloadMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
    files = unzip(zip.body());
    Path out = Files.createDirectories(Path.of("target/documents"));
    Files.write(out.resolve("binder-" + YEAR + ".zip"), zip.body());
    System.out.printf(
        "Binder %d: %d files, %d bytes, %d ms%n",
        YEAR, files.size(), zip.body().length, downloadMillis);
  }

  @Test
  void theIndexNamesEveryFileOfTheZipAndNothingElse() {
    String index = new String(files.get(EvidenceBinder.INDEX), StandardCharsets.UTF_8);
    Matcher link = Pattern.compile("href=\"([^\"]+)\"").matcher(index);
    java.util.Set<String> named = new java.util.TreeSet<>();
    while (link.find()) {
      named.add(link.group(1));
    }
    java.util.Set<String> zipped = new java.util.TreeSet<>(files.keySet());
    zipped.remove(EvidenceBinder.INDEX);
    zipped.remove(EvidenceBinder.INDEX_PDF);
    assertEquals(zipped, named);
    assertTrue(index.contains("Indicateur 31"), "every listed indicator has its heading");
    assertTrue(
        index.contains(" 1 janvier " + YEAR) && index.contains(" 31 décembre " + YEAR), index);
  }

  @Test
  void theSheetsAndCertificatesAreThoseOfTheYearsHeldTrainingActionsOnly() throws Exception {
    long signedHalfDays;
    long certificates;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      String held =
          " FROM session s JOIN activity a ON a.id = s.activity_id WHERE s.status = 'COMPLETED'"
              + " AND a.purpose = 'TRAINING' AND s.starts_at >= CAST(? AS date)"
              + " AND s.starts_at < CAST(? AS date) + 1";
      signedHalfDays =
          Sql.number(
              c,
              "SELECT count(*) FROM half_day_signature h WHERE h.session_id IN (SELECT s.id"
                  + held
                  + ")",
              YEAR + "-01-01",
              YEAR + "-12-31");
      certificates =
          Sql.number(
              c,
              "SELECT count(*) FROM certificate ct JOIN registration r ON r.id = ct.registration_id"
                  + " WHERE r.session_id IN (SELECT s.id"
                  + held
                  + ")",
              YEAR + "-01-01",
              YEAR + "-12-31");
    }
    assertTrue(signedHalfDays > 10, "the demo's past year has held training actions");
    assertEquals(signedHalfDays, count("indicateur-12/emargement-"));
    assertEquals(certificates, count("indicateur-12/certificat-"));
  }

  @Test
  void aSheetInTheBinderIsTheFileTheSheetDownloadGives() throws Exception {
    String sheet =
        files.keySet().stream()
            .filter(n -> n.startsWith("indicateur-12/emargement-"))
            .findFirst()
            .orElseThrow();
    Matcher m = Pattern.compile("-s(\\d+)-(\\d+)\\.pdf$").matcher(sheet);
    assertTrue(m.find(), sheet);
    WebClient coordinator = signedIn("coordination@relais.test");
    HttpResponse<byte[]> direct =
        coordinator.bytes(
            "/api/sessions/"
                + m.group(1)
                + "/sign-in-sheet.pdf?halfDay="
                + (Integer.parseInt(m.group(2)) - 1));
    assertEquals(200, direct.statusCode());
    assertArrayEquals(direct.body(), files.get(sheet));
  }

  @Test
  void everyIndicatorTheIssueNamesHasItsEvidence() {
    for (int indicator : List.of(1, 2, 11, 12, 26, 30, 31, 32)) {
      String folder = String.format("indicateur-%02d/", indicator);
      assertTrue(count(folder) > 0, "nothing for indicator " + indicator + ": " + files.keySet());
    }
    assertEquals(
        2, count("indicateur-30/"), "the participants' and clients' report, the trainers'");
  }

  @Test
  void theIndexPdfAndTheSpreadsheetsOpenWithOtherTools() throws Exception {
    assertEquals(List.of(), PdfStandards.brokenRules(files.get(EvidenceBinder.INDEX_PDF)));
    assertEquals(
        List.of(),
        PdfStandards.brokenRules(files.get("indicateur-01/catalogue-actions-de-formation.pdf")));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().endsWith(".xlsx")) {
        try (XSSFWorkbook book = Workbooks.read(f.getValue())) {
          assertTrue(book.getNumberOfSheets() > 0, f.getKey());
        }
        assertEquals(List.of(), Workbooks.problems(f.getValue()), f.getKey());
      }
    }
  }

  @Test
  void theBinderPageListsWhatTheZipWillHoldForTheLastClosedYear() throws Exception {
    HttpResponse<String> page = signedIn("coordination@relais.test").get("/obligations/binder");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("indicateur-01/catalogue-actions-de-formation.pdf"), html);
    assertTrue(html.contains("indicateur-32/journal-amelioration-"), "the last line is there too");
    assertTrue(
        html.contains("/obligations/binder.zip?from=" + YEAR + "-01-01&amp;to=" + YEAR + "-12-31"),
        html);
  }

  @Test
  void onlyCoordinatorsAndAdministratorsGetABinderAndABadPeriodIsRefused() throws Exception {
    WebClient participant = signedIn("participante@relais.test");
    assertEquals(
        403,
        participant
            .bytes("/obligations/binder.zip?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31")
            .statusCode());
    WebClient coordinator = signedIn("coordination@relais.test");
    assertEquals(
        400,
        coordinator.bytes("/obligations/binder.zip?from=2025-13-01&to=2025-12-31").statusCode());
    assertEquals(
        400,
        coordinator.bytes("/obligations/binder.zip?from=2020-01-01&to=2025-12-31").statusCode());
    assertFalse(files.isEmpty());
  }

  private static long count(String prefix) {
    return files.keySet().stream().filter(n -> n.startsWith(prefix)).count();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static WebClient signedIn(String email) throws Exception {
    WebClient client = new WebClient();
    assertTrue(client.signIn(email, PASSWORD), email);
    return client;
  }
}
