package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.relais.kernel.InvalidInput;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.reporting.AnnualReport;
import fr.relais.reporting.AnnualReports;
import fr.relais.reporting.ReportFilter;
import fr.relais.reporting.Reports;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual report in the container on a real PostgreSQL: a year nobody else touches (2019) is
 * filled through SQL, the report is generated, and its PDF (text extraction) and XLSX (POI) are
 * checked against figures the test computes with its own SQL — small groups hidden, including the
 * cell that would otherwise be found by subtraction.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  private static final int YEAR = 2019;
  private static final String HIDDEN = "< 5";

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private AnnualReport annual;
  @Inject private Reports reports;
  @Inject private AnnualReports runs;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static boolean seeded;

  @Test
  void theAnnualReportShowsTheDatabasesFiguresAndHidesSmallGroups() throws Exception {
    seedYear();
    AnnualReport.Files files = annual.generate(YEAR, LocalDate.of(YEAR + 1, 1, 6), p -> {});
    assertFalse(files.noData());

    try (Connection c = dataSource.getConnection()) {
      long held =
          Sql.number(c, "SELECT count(*) FROM session WHERE status = 'COMPLETED'" + inYear());
      long cancelled =
          Sql.number(c, "SELECT count(*) FROM session WHERE status = 'CANCELLED'" + inYear());
      long confirmed =
          Sql.number(
              c,
              "SELECT count(*) FROM registration r JOIN session s ON s.id = r.session_id"
                  + " WHERE r.status = 'CONFIRMED' AND s.status = 'COMPLETED'"
                  + inYear("s"));
      long participants =
          Sql.number(
              c,
              "SELECT count(DISTINCT r.account_id) FROM registration r"
                  + " JOIN session s ON s.id = r.session_id JOIN attendance t ON t.registration_id = r.id"
                  + " WHERE s.status = 'COMPLETED' AND t.status IN ('PRESENT', 'LATE')"
                  + inYear("s"));
      double who5Mean =
          decimal(
              c,
              "SELECT avg(sc.score) FROM survey_score sc JOIN survey_response sr ON sr.id = sc.response_id"
                  + " WHERE sc.scale = 'percent' AND sr.submitted"
                  + " AND extract(year FROM sr.submitted_on) = "
                  + YEAR);
      double change =
          decimal(
              c,
              "SELECT avg(a.score - b.score) FROM"
                  + " (SELECT sr.pseudonym, sc.score FROM survey_response sr JOIN campaign c ON c.id = sr.campaign_id"
                  + "  JOIN survey_score sc ON sc.response_id = sr.id AND sc.scale = 'percent'"
                  + "  WHERE c.phase = 'AFTER' AND extract(year FROM sr.submitted_on) = "
                  + YEAR
                  + ") a JOIN (SELECT sr.pseudonym, sc.score FROM survey_response sr JOIN campaign c ON c.id = sr.campaign_id"
                  + "  JOIN survey_score sc ON sc.response_id = sr.id AND sc.scale = 'percent'"
                  + "  WHERE c.phase = 'BEFORE' AND extract(year FROM sr.submitted_on) = "
                  + YEAR
                  + ") b ON b.pseudonym = a.pseudonym");
      assertEquals(2, held, "the seed itself");
      assertEquals(10, participants, "the seed itself");

      try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx()))) {
        Sheet months = sheet(book, "Activité par mois");
        List<String> total = row(months, "Total");
        assertEquals(held, Math.round(Double.parseDouble(total.get(1))));
        assertEquals(cancelled, Math.round(Double.parseDouble(total.get(2))));
        assertEquals(confirmed, Math.round(Double.parseDouble(total.get(5))));

        Sheet professions = sheet(book, "Participants par profession");
        List<String> nurses = row(professions, "Infirmier(ère)");
        List<String> physicians = row(professions, "Médecin");
        List<String> midwives = row(professions, "Sage-femme");
        assertEquals("7", whole(nurses.get(1)), "seven nurses registered: shown");
        assertEquals(HIDDEN, physicians.get(1), "three physicians: hidden");
        assertEquals(HIDDEN, midwives.get(1), "two midwives: hidden");
        assertEquals(HIDDEN, physicians.get(2));
        assertEquals(HIDDEN, midwives.get(2));
        assertEquals(
            HIDDEN,
            nurses.get(2),
            "2 + 1 participants hidden are fewer than five together: the nurses' 7 goes too, or"
                + " the total would give them away");
        assertEquals(
            String.valueOf(participants),
            whole(row(professions, "Total").get(2)),
            "the total stays, computed from all");

        Sheet scores = sheet(book, "Scores par instrument");
        assertEquals(who5Mean, Double.parseDouble(row(scores, "WHO-5 (%)").get(2)), 0.001);
        Sheet changes = sheet(book, "Avant");
        List<String> who5Change = row(changes, "WHO-5 (%)");
        assertEquals(change, Double.parseDouble(who5Change.get(4)), 0.001);
      }
    }

    String pdf = pdfText(files.pdf());
    assertTrue(pdf.contains("Rapport annuel " + YEAR), pdf);
    assertTrue(pdf.contains("Sommaire"));
    assertTrue(pdf.contains("Méthodes"));
    assertTrue(pdf.contains("Participants par profession"));
    assertTrue(pdf.contains(HIDDEN), "hidden cells read < 5 in the PDF too");
    assertTrue(pdf.contains("Secret statistique"), "the methods note");
  }

  @Test
  void coordinatorsAskingAtOnceShareOneRun() throws Exception {
    seedYear();
    AnnualReports.Run first = runs.start(YEAR);
    AnnualReports.Run second = runs.start(YEAR);
    assertSame(first, second, "the second request joins the running one");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (first.isRunning() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(first.isDone(), "finished");
    assertEquals(100, first.getProgress());
    assertSame(first, runs.latest(YEAR), "its files are there to download");
    AnnualReports.Run next = runs.start(YEAR);
    assertNotSame(first, next, "once done, asking again builds fresh figures");
  }

  @Test
  void aYearWithoutDataGivesAnEmptyReportThatSaysSo() throws Exception {
    AnnualReport.Files files = annual.generate(2011, LocalDate.of(2012, 1, 6), p -> {});
    assertTrue(files.noData());
    assertTrue(pdfText(files.pdf()).contains("ce rapport est vide"));
    assertNotNull(files.xlsx());
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    ReportFilter backwards =
        new ReportFilter(
            LocalDate.of(YEAR, 5, 1),
            LocalDate.of(YEAR, 4, 1),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () -> reports.build(Reports.Kind.ACTIVITY, backwards, Locale.FRENCH));
    assertEquals("to", refused.getErrors().get(0).field());
  }

  private void seedYear() throws Exception {
    if (seeded) {
      return;
    }
    long theme = fixtures.theme(Fixtures.unique("Rapports"));
    long activity =
        fixtures.activity(
            Fixtures.unique("Formation rapport"), Format.TRAINING, theme, Audience.ALL);
    try (Connection c = dataSource.getConnection()) {
      long january = session(c, activity, "2019-01-15", "COMPLETED", 18);
      long february = session(c, activity, "2019-02-12", "COMPLETED", 7);
      session(c, activity, "2019-03-12", "CANCELLED", 0);
      List<Long> people = new ArrayList<>();
      String[] professions = {
        "NURSE",
        "NURSE",
        "NURSE",
        "NURSE",
        "NURSE",
        "NURSE",
        "NURSE",
        "PHYSICIAN",
        "PHYSICIAN",
        "PHYSICIAN",
        "MIDWIFE",
        "MIDWIFE"
      };
      for (int i = 0; i < professions.length; i++) {
        people.add(
            Sql.number(
                c,
                "INSERT INTO account (email, first_name, last_name, password_hash, status,"
                    + " profession, region) VALUES (?, 'Rapport', 'Test', 'x', ?, ?, ?) RETURNING id",
                Fixtures.unique("rapport").replace(' ', '.') + "@relais.test",
                i % 4 == 3 ? "STUDENT" : "PROFESSIONAL",
                professions[i],
                i % 2 == 0 ? "ILE_DE_FRANCE" : "OCCITANIE"));
      }
      for (int i = 0; i < people.size(); i++) {
        // Physician 7 and midwife 10 miss the January session; nobody else misses anything.
        register(c, january, people.get(i), i == 7 || i == 10 ? "ABSENT" : "PRESENT");
      }
      for (int i = 0; i < 7; i++) {
        register(c, february, people.get(i), "PRESENT");
      }
      for (int i = 8; i < 10; i++) {
        Sql.number(
            c,
            "INSERT INTO registration (session_id, account_id, status) VALUES (?, ?, 'WAITLISTED')"
                + " RETURNING id",
            february,
            people.get(i));
      }
      long who5 = Sql.number(c, "SELECT id FROM questionnaire WHERE code = 'WHO5'");
      long before = campaign(c, who5, "BEFORE", 0);
      long after = campaign(c, who5, "AFTER", 8);
      int[] raw = {10, 11, 9, 12, 8, 13};
      int[] gain = {4, 2, 3, 3, 2, 3};
      for (int i = 0; i < raw.length; i++) {
        String pseudonym = String.format("%064d", i + 1).replace('0', 'e');
        response(c, before, pseudonym, "2019-01-10", raw[i]);
        response(c, after, pseudonym, "2019-03-20", raw[i] + gain[i]);
      }
    }
    seeded = true;
  }

  private static long session(Connection c, long activity, String day, String status, int confirmed)
      throws Exception {
    return Sql.number(
        c,
        "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity, status,"
            + " cancel_reason, confirmed_general) VALUES (?, CAST(? AS timestamptz),"
            + " CAST(? AS timestamptz), 'ONLINE', 'https://visio.relais.test/rapport', 20, ?, ?, ?)"
            + " RETURNING id",
        activity,
        day + " 09:00:00+01",
        day + " 12:00:00+01",
        status,
        "CANCELLED".equals(status) ? "Formatrice malade" : null,
        confirmed);
  }

  private static void register(Connection c, long session, long account, String status)
      throws Exception {
    long registration =
        Sql.number(
            c,
            "INSERT INTO registration (session_id, account_id, status, seat, confirmed_at)"
                + " VALUES (?, ?, 'CONFIRMED', 'GENERAL', now()) RETURNING id",
            session,
            account);
    Sql.number(
        c,
        "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at,"
            + " recorded_by) VALUES (?, 0, ?, 'HAND', now(), 'test') RETURNING id",
        registration,
        status);
  }

  private static long campaign(Connection c, long questionnaire, String phase, int weeks)
      throws Exception {
    return Sql.number(
        c,
        "INSERT INTO campaign (questionnaire_id, phase, format, weeks_after, title, created_at,"
            + " created_by) VALUES (?, ?, 'TRAINING', ?, ?, now(), 'test') RETURNING id",
        questionnaire,
        phase,
        weeks,
        "Rapport " + phase);
  }

  private static void response(Connection c, long campaign, String pseudonym, String day, int raw)
      throws Exception {
    long response =
        Sql.number(
            c,
            "INSERT INTO survey_response (campaign_id, questionnaire_id, pseudonym, submitted,"
                + " submitted_on, respondent_status)"
                + " SELECT id, questionnaire_id, ?, true, CAST(? AS date), 'PROFESSIONAL'"
                + " FROM campaign WHERE id = ? RETURNING id",
            pseudonym,
            day,
            campaign);
    Sql.number(
        c,
        "INSERT INTO survey_score (response_id, scale, score) VALUES (?, 'raw', ?), (?, 'percent', ?)"
            + " RETURNING response_id",
        response,
        raw,
        response,
        raw * 4);
  }

  private static String inYear() {
    return inYear("session");
  }

  private static String inYear(String alias) {
    return " AND extract(year FROM " + alias + ".starts_at AT TIME ZONE 'Europe/Paris') = " + YEAR;
  }

  private static double decimal(Connection c, String sql) throws Exception {
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getDouble(1);
    }
  }

  private static Sheet sheet(Workbook book, String start) {
    for (Sheet sheet : book) {
      if (sheet.getSheetName().startsWith(start.substring(0, Math.min(start.length(), 28)))) {
        return sheet;
      }
    }
    throw new AssertionError("no sheet " + start + " in the workbook");
  }

  /** The cells of the row whose first cell is label, as text (numbers in Java's notation). */
  private static List<String> row(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && label.equals(first.getStringCellValue())) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(
              cell.getCellType() == CellType.NUMERIC
                  ? String.valueOf(cell.getNumericCellValue())
                  : cell.getStringCellValue());
        }
        return cells;
      }
    }
    throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
  }

  private static String whole(String number) {
    return String.valueOf(Math.round(Double.parseDouble(number)));
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    return text.toString();
  }
}
