package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the running application, each refused: script and formulas stored in free text (names,
 * comments, descriptions, questions) come out escaped in pages, as plain text in PDFs and neutral
 * in CSV and XLSX; scripts in URLs are not reflected; SQL in filters is only ever a value; a form
 * posted without its view state changes nothing; the sign-in page never sends anyone to another
 * site.
 */
class AttacksIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final String SCRIPT = "<script>alert('relais')</script>";
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
  private static final String IMAGE = "<img src=x onerror=alert(1)>";

  private static long session;
  private static WebClient coordinator;

  @BeforeAll
  static void storedAttacks() throws Exception {
    new WebClient(); // starts the application if no test did yet
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      session =
          Sql.number(
              c,
              "SELECT s.id FROM session s JOIN session_trainer st ON st.session_id = s.id"
                  + " JOIN account a ON a.id = st.account_id"
                  + " WHERE a.email = 'formatrice@relais.test' AND s.status = 'COMPLETED'"
                  + " ORDER BY s.starts_at DESC LIMIT 1");
      long person =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash, status)"
                  + " SELECT 'attaque."
                  + System.nanoTime()
                  + "@relais.test', ?, ?, password_hash,"
                  + " 'PROFESSIONAL' FROM account WHERE email = 'participante@relais.test'"
                  + " RETURNING id",
              SCRIPT,
              FORMULA);
      Sql.number(
          c,
          "INSERT INTO registration (session_id, account_id, status, seat, confirmed_at)"
              + " VALUES (?, ?, 'CONFIRMED', 'GENERAL', now()) RETURNING id",
          session,
          person);
      long response =
          Sql.number(
              c,
              "SELECT sr.id FROM survey_response sr JOIN campaign c ON c.id = sr.campaign_id"
                  + " WHERE c.phase = 'HOT' AND sr.submitted AND sr.session_id = ? LIMIT 1",
              session);
      long textItem =
          Sql.number(
              c,
              "SELECT i.id FROM questionnaire_item i JOIN questionnaire_section s"
                  + " ON s.id = i.section_id JOIN survey_response r ON r.questionnaire_id = s.questionnaire_id"
                  + " WHERE r.id = ? AND i.type = 'TEXT' LIMIT 1",
              response);
      for (String text : new String[] {IMAGE, FORMULA}) {
        for (int i = 0; i < 30; i++) { // often enough to be among the comments shown
          Sql.number(
              c,
              "INSERT INTO survey_answer (response_id, item_id, text_value) VALUES (?, ?, ?)"
                  + " RETURNING id",
              response,
              textItem,
              text);
        }
      }
    }
    coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
  }

  @Test
  void storedScriptIsEscapedInPages() throws Exception {
    String page = coordinator.get("/registration/session?id=" + session).body();
    assertFalse(page.contains(SCRIPT), "never raw");
    assertTrue(page.contains("&lt;script&gt;alert("), "shown as text");

    String period = "from=" + LocalDate.now().minusDays(120) + "&to=" + LocalDate.now();
    String dashboard = coordinator.get("/reporting/satisfaction?" + period).body();
    assertFalse(dashboard.contains(IMAGE), "comments never raw");
    assertTrue(dashboard.contains("&lt;img src=x onerror=alert(1)&gt;"), "comments as text");
  }

  @Test
  void storedScriptIsTextInDescriptionsQuestionnairesAndPdfs() throws Exception {
    long upcoming;
    long questionnaire;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      upcoming =
          Sql.number(
              c,
              "SELECT id FROM session WHERE status = 'PUBLISHED' AND starts_at > now()"
                  + " ORDER BY starts_at DESC LIMIT 1");
      questionnaire =
          Sql.number(
              c,
              "INSERT INTO questionnaire (family_id, kind, title_fr, title_en, created_at)"
                  + " VALUES (NULL, 'SATISFACTION', ?, ?, now()) RETURNING id",
              IMAGE,
              IMAGE);
      long section =
          Sql.number(
              c,
              "INSERT INTO questionnaire_section (questionnaire_id, position, title_fr, title_en)"
                  + " VALUES (?, 0, ?, ?) RETURNING id",
              questionnaire,
              SCRIPT,
              SCRIPT);
      Sql.number(
          c,
          "INSERT INTO questionnaire_item (section_id, position, type, text_fr, text_en)"
              + " VALUES (?, 0, 'TEXT', ?, ?) RETURNING id",
          section,
          SCRIPT,
          SCRIPT);
    }
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      String activity = "(SELECT activity_id FROM session WHERE id = ?)";
      String description =
          Sql.text(c, "SELECT description FROM activity WHERE id = " + activity, upcoming);
      String objectives =
          Sql.text(c, "SELECT objectives FROM activity WHERE id = " + activity, upcoming);
      Sql.update(
          c,
          "UPDATE activity SET description = ?, objectives = ? WHERE id = " + activity,
          SCRIPT,
          IMAGE,
          upcoming);
      try {
        String page = coordinator.get("/catalog/session?id=" + upcoming).body();
        assertFalse(page.contains(SCRIPT) || page.contains(IMAGE), "descriptions never raw");
        assertTrue(page.contains("&lt;script&gt;alert(") && page.contains("&lt;img src=x"), page);
      } finally {
        Sql.update(
            c,
            "UPDATE activity SET description = ?, objectives = ? WHERE id = " + activity,
            description,
            objectives,
            upcoming);
      }
    }

    String editor = coordinator.get("/survey/questionnaire?id=" + questionnaire).body();
    assertFalse(editor.contains(SCRIPT) || editor.contains(IMAGE), "survey text never raw");
    assertTrue(editor.contains("&lt;script&gt;alert("), "the question shown as text");

    HttpResponse<byte[]> sheet =
        coordinator.bytes("/api/sessions/" + session + "/sign-in-sheet.pdf?halfDay=0");
    assertEquals(200, sheet.statusCode());
    try (PDDocument pdf = Loader.loadPDF(sheet.body())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
      assertTrue(text.contains("<script>alert('relais')</script>"), "the name, as written");
    }
  }

  @Test
  void formulasAreNeutralInCsvAndTextInXlsx() throws Exception {
    WebClient trainer = new WebClient();
    assertTrue(trainer.signIn("formatrice@relais.test", PASSWORD));
    String csv =
        new String(
            trainer.bytes("/api/sessions/" + session + "/registrations.csv").body(),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains("'=HYPERLINK("), "a leading = is neutralised: " + csv);
    assertFalse(csv.contains(";=HYPERLINK("), csv);

    String period = "from=" + LocalDate.now().minusDays(120) + "&to=" + LocalDate.now();
    String comments =
        new String(
            coordinator
                .bytes(
                    "/reporting/export?kind=satisfaction&table=satisfaction-comments&type=csv&"
                        + period)
                .body(),
            StandardCharsets.UTF_8);
    assertFalse(comments.contains("\n=HYPERLINK") || comments.contains(";=HYPERLINK"), comments);

    HttpResponse<byte[]> xlsx =
        coordinator.bytes(
            "/reporting/export?kind=satisfaction&table=satisfaction-comments&type=xlsx&" + period);
    boolean found = false;
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          assertFalse(cell.getCellType() == CellType.FORMULA, "no formula cell, ever");
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().contains("HYPERLINK")) {
            found = true;
          }
        }
      }
    }
    assertTrue(found, "the comment is there, as text");
  }

  @Test
  void pagesRunOnlyTheirOwnScripts() throws Exception {
    for (WebClient who : new WebClient[] {new WebClient(), coordinator}) {
      for (String path : new String[] {"/", "/catalog/calendar", "/people/signin", "/privacy/"}) {
        HttpResponse<String> page = who.get(path);
        String policy = String.join(" | ", page.headers().allValues("Content-Security-Policy"));
        String nonce = WebClient.cspNonce(page);
        assertFalse(policy.contains("unsafe-inline'; script") || policy.contains("unsafe-eval"));
        assertTrue(policy.contains("object-src 'none'") && policy.contains("form-action 'self'"));
        java.util.regex.Matcher scripts =
            java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (scripts.find()) {
          inline++;
          assertTrue(scripts.group(1).contains("nonce=\"" + nonce + "\""), path);
        }
        assertTrue(inline > 0, path + " has PrimeFaces' inline start-up scripts");
        assertFalse(page.body().matches("(?s).*<[a-z]+ [^>]*\\bon(click|change|load)=.*"), path);
      }
    }
  }

  @Test
  void scriptsInUrlsAreNotReflected() throws Exception {
    String encoded = URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8);
    for (String path :
        new String[] {
          "/?format=" + encoded + "&from=" + encoded,
          "/catalog/session?id=" + encoded,
          "/reporting/activity?from=" + encoded + "&site=" + encoded
        }) {
      HttpResponse<String> answer = coordinator.get(path);
      assertFalse(answer.body().contains(SCRIPT), path);
      assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404, path);
    }
    HttpResponse<String> api = new WebClient().get("/api/sessions?format=" + encoded);
    assertEquals(400, api.statusCode());
    assertFalse(api.body().contains(SCRIPT), api.body());
  }

  @Test
  void sqlInFiltersIsOnlyAValue() throws Exception {
    String injection =
        URLEncoder.encode("1 OR 1=1; DROP TABLE account; --", StandardCharsets.UTF_8);
    String quote = URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8);
    assertEquals(200, new WebClient().get("/?theme=" + injection + "&site=" + quote).statusCode());
    assertEquals(400, new WebClient().get("/api/sessions?theme=" + injection).statusCode());
    assertEquals(400, new WebClient().get("/api/sessions?from=" + quote).statusCode());
    HttpResponse<String> report = coordinator.get("/reporting/activity?site=" + injection);
    assertEquals(200, report.statusCode());
    assertTrue(report.body().contains("Ce choix n"), "said next to the field");
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertTrue(Sql.number(c, "SELECT count(*) FROM account") > 300, "the accounts are all there");
    }
  }

  @Test
  void aFormPostedWithoutItsViewStateChangesNothing() throws Exception {
    long before;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      before = Sql.number(c, "SELECT count(*) FROM campaign");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("launch", "launch");
    form.put("launch:title", "Campagne forgée");
    form.put("launch:questionnaire", "1");
    form.put("launch:phase", "HOT");
    form.put("launch:submit", "");
    form.put("jakarta.faces.ViewState", "forged-by-another-site");
    HttpResponse<String> answer = coordinator.postForm("/survey/campaigns", form);
    assertFalse(answer.statusCode() / 100 == 2 && answer.body().contains("Campagne forgée"));
    assertTrue(answer.body().contains("Page expirée"), "a clear page, not a server error");
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(before, Sql.number(c, "SELECT count(*) FROM campaign"), "nothing created");
    }
  }

  @Test
  void signingInNeverSendsAnywhereElse() throws Exception {
    for (String next :
        new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
      HttpResponse<String> answer =
          new WebClient().signInAnswer("participant297@relais.test", PASSWORD, next);
      String location = answer.headers().firstValue("Location").orElse("");
      assertTrue(answer.statusCode() / 100 == 3, "signed in");
      assertFalse(location.contains("evil.example"), next + " → " + location);
    }
  }
}
