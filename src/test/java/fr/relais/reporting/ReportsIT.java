package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.Disclosure;
import fr.relais.kernel.InvalidInput;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
  @Inject private fr.relais.reporting.AnnualForewordService forewords;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static boolean seeded;

  /** The year of the small-cell tests: nobody else's data. */
  private static final int CELLS_YEAR = 2018;

  private static long siteA;

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
  void theCoordinatorsForewordOpensTheReportOnlyTheyWriteItAndItHasALimit() throws Exception {
    long author = fixtures.trainer("Maëlle", Fixtures.unique("Auteure"));
    fr.relais.people.Caller coordinator =
        new fr.relais.people.Caller(
            author, "auteure@relais.test", java.util.Set.of(fr.relais.people.Role.COORDINATOR));
    int year = 2013;
    forewords.save(coordinator, year, "  Une année dense.\n\nMerci aux équipes de l'hôpital.  ");
    assertEquals("Une année dense.\n\nMerci aux équipes de l'hôpital.", forewords.of(year));
    assertThrows(
        fr.relais.kernel.BusinessException.class,
        () -> forewords.save(Callers.participant(author), year, "Autre chose"),
        "a participant may not write it");
    assertThrows(
        fr.relais.kernel.BusinessException.class,
        () -> forewords.save(coordinator, year, "x".repeat(4001)),
        "at most 4,000 characters");
    assertEquals("Une année dense.\n\nMerci aux équipes de l'hôpital.", forewords.of(year));
    String pdf = pdfText(annual.generate(year, LocalDate.of(2014, 1, 6), p -> {}).pdf());
    assertTrue(pdf.contains("Le mot de l'équipe"), pdf);
    assertTrue(pdf.contains("Merci aux équipes de l'hôpital."), pdf);
    forewords.save(coordinator, year, " ");
    assertEquals("", forewords.of(year), "a blank text removes it");
  }

  @Test
  void coordinatorsAskingAtOnceShareOneRun() throws Exception {
    seedYear();
    AnnualReports.Run first = runs.start(YEAR);
    AnnualReports.Run second = runs.start(YEAR);
    assertEquals(first.getId(), second.getId(), "the second request joins the running one");
    AnnualReports.Run done = first;
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (done.isRunning() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      done = runs.latest(YEAR);
    }
    assertTrue(done.isDone(), "finished");
    assertEquals(first.getId(), done.getId());
    assertEquals(100, done.getProgress());
    byte[] pdf = runs.file(done, "pdf");
    assertNotNull(pdf, "its files are there to download");
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertNotNull(runs.file(done, "xlsx"));
    AnnualReports.Run next = runs.start(YEAR);
    assertNotEquals(first.getId(), next.getId(), "once done, asking again builds fresh figures");
    assertNull(runs.file(done, "pdf"), "and the files of the run it replaced are let go");
  }

  @Test
  void aYearWithoutDataGivesAnEmptyReportThatSaysSo() throws Exception {
    // 2004: no test writes anything in it (QualityIT builds 2011 by hand).
    AnnualReport.Files files = annual.generate(2004, LocalDate.of(2005, 1, 6), p -> {});
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

  @Test
  void smallSatisfactionGroupsAreHiddenInTablesChartsAndJsonAndTheTotalDoesNotGiveThemBack()
      throws Exception {
    seedSmallCells();
    Dashboard year = reports.build(Reports.Kind.SATISFACTION, cellsYear(), Locale.FRENCH);
    ReportTable formats = year.table("satisfaction-by-format").orElseThrow();
    // Hot responses: training 12 (9 + 3), conference 6, talk group 2; total 20.
    assertHidden(row(formats, format("TALK_GROUP")), 0, 2, 3, 4);
    assertHidden(row(formats, format("CONFERENCE")), 0, 2);
    assertEquals("12", row(formats, format("TRAINING")).figure(0).text(Locale.FRENCH));
    assertEquals("20", formats.total().figure(0).text(Locale.FRENCH), "the total stays");
    ReportTable trainers = year.table("satisfaction-by-trainer").orElseThrow();
    assertHidden(row(trainers, "Zoe Petitgroupe"), 0, 2);
    assertHidden(row(trainers, "Yves Conference"), 0, 2);
    assertEquals(12.0, row(trainers, "Xavier Formation").figure(0).number());
    assertNoSmallGroupShownOrSubtractable(year);
    assertChartsHideWhatTheTablesHide(year);
    assertJsonHidesWhatTheTablesHide(year, "satisfaction-by-format", format("TALK_GROUP"));
  }

  @Test
  void smallWellbeingGroupsAreHiddenInTablesChartsAndJsonAndTheTotalDoesNotGiveThemBack()
      throws Exception {
    seedSmallCells();
    Dashboard year = reports.build(Reports.Kind.WELLBEING, cellsYear(), Locale.FRENCH);
    ReportTable formats = year.table("wellbeing-by-format").orElseThrow();
    // WHO-5 respondents: training 12 (10 + 2), conference 6, talk group 3; total 21.
    assertHidden(row(formats, format("TALK_GROUP")), 0, 1);
    assertHidden(row(formats, format("CONFERENCE")), 0, 1);
    assertEquals("12", row(formats, format("TRAINING")).figure(0).text(Locale.FRENCH));
    assertNotNull(row(formats, format("TRAINING")).figure(1).number(), "its mean");
    assertEquals("21", formats.total().figure(0).text(Locale.FRENCH));
    // Before/after pairs: 13 overall, 10 in training, 3 in talk groups; 13 − 10 gives the 3 back.
    ReportTable changes = year.table("wellbeing-changes").orElseThrow();
    assertEquals("13", row(changes, "WHO-5 (%)").figure(0).text(Locale.FRENCH));
    assertHidden(row(changes, "WHO-5 (%) – " + format("TALK_GROUP")), 0, 1, 2, 3, 4, 5, 6);
    assertHidden(row(changes, "WHO-5 (%) – " + format("TRAINING")), 0, 1, 2, 3, 4, 5, 6);
    assertNoSmallGroupShownOrSubtractable(year);
    assertChartsHideWhatTheTablesHide(year);
    assertJsonHidesWhatTheTablesHide(year, "wellbeing-by-format", format("TALK_GROUP"));
  }

  @Test
  void aSiteFilterSubtractedFromTheYearGivesNoSmallGroupBack() throws Exception {
    seedSmallCells();
    ReportFilter all = cellsYear();
    ReportFilter site =
        new ReportFilter(all.from(), all.to(), siteA, null, null, null, null, null, null);
    for (Reports.Kind kind : List.of(Reports.Kind.WELLBEING, Reports.Kind.SATISFACTION)) {
      Dashboard wide = reports.build(kind, all, Locale.FRENCH);
      Dashboard narrow = reports.build(kind, site, Locale.FRENCH);
      assertNoSmallGroupShownOrSubtractable(narrow);
      assertChartsHideWhatTheTablesHide(narrow);
      assertNoSmallDifference(wide, narrow);
    }
    // Site B's 2 WHO-5 respondents (training): site A's 10 and its total would give them back.
    ReportTable formats =
        reports
            .build(Reports.Kind.WELLBEING, site, Locale.FRENCH)
            .table("wellbeing-by-format")
            .get();
    assertHidden(row(formats, format("TRAINING")), 0, 1);
    assertHidden(formats.total(), 0, 1);
    // Site B's 3 hot responses (training, Xavier's): likewise.
    ReportTable trainers =
        reports
            .build(Reports.Kind.SATISFACTION, site, Locale.FRENCH)
            .table("satisfaction-by-trainer")
            .get();
    assertHidden(row(trainers, "Xavier Formation"), 0, 2);
  }

  @Test
  void aTwoFilterReportIsComparedWithEveryBroaderReportNotOnlyThoseWithOneFilterFewer()
      throws Exception {
    seedSmallCells();
    ReportFilter all = cellsYear();
    // Site A's 19 WHO-5 respondents are all professionals, and all professionals are at site A:
    // "site A" and "professionals" both give 19, like "site A, professionals"; the year gives 21
    // (site B's 2 students).
    ReportFilter professionals =
        new ReportFilter(
            all.from(),
            all.to(),
            siteA,
            null,
            null,
            null,
            ParticipantStatus.PROFESSIONAL,
            null,
            null);
    assertEquals(3, professionals.broader().size(), "site A, professionals, and neither");
    Dashboard narrow = reports.build(Reports.Kind.WELLBEING, professionals, Locale.FRENCH);
    assertHidden(row(narrow.table("wellbeing-scores").get(), "WHO-5 (%)"), 0, 1);
    for (ReportFilter wider : professionals.broader()) {
      assertNoSmallDifference(reports.build(Reports.Kind.WELLBEING, wider, Locale.FRENCH), narrow);
    }
    // Site A's conference: 6 respondents, as for "conference" alone; 19 and 21 are far enough.
    ReportFilter conference =
        new ReportFilter(
            all.from(), all.to(), siteA, Format.CONFERENCE, null, null, null, null, null);
    ReportTable scores =
        reports
            .build(Reports.Kind.WELLBEING, conference, Locale.FRENCH)
            .table("wellbeing-scores")
            .get();
    assertEquals("6", row(scores, "WHO-5 (%)").figure(0).text(Locale.FRENCH), "nothing to hide");
  }

  private static ReportFilter cellsYear() {
    return ReportFilter.year(CELLS_YEAR);
  }

  private static String format(String name) {
    return ResourceBundle.getBundle("fr.relais.i18n.messages", Locale.FRENCH)
        .getString("enum.Format." + name);
  }

  private static ReportTable.Row row(ReportTable table, String label) {
    return table.rows().stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + table.id()));
  }

  private static void assertHidden(ReportTable.Row row, int... columns) {
    for (int c : columns) {
      Figure figure = row.figure(c);
      assertTrue(figure.hidden(), row.label() + ", column " + c + ": " + figure);
      assertEquals(HIDDEN, figure.text(Locale.FRENCH));
      assertEquals(null, figure.number(), "no count, no mean");
    }
  }

  /** Tables whose count columns count people (the comments table counts texts). */
  private static List<ReportTable> peopleTables(Dashboard dashboard) {
    return dashboard.sections().stream()
        .map(Dashboard.Section::table)
        .filter(t -> !t.id().endsWith("-comments"))
        .toList();
  }

  /**
   * No shown count of one to four people, and in a table with a total, the total minus the shown
   * counts of a column is 0 or at least 5.
   */
  private static void assertNoSmallGroupShownOrSubtractable(Dashboard dashboard) {
    for (ReportTable table : peopleTables(dashboard)) {
      for (int c = 0; c < table.columns().size(); c++) {
        long shown = 0;
        boolean anyHidden = false;
        for (ReportTable.Row row : table.rows()) {
          Figure figure = row.figure(c);
          if (figure.kind() != Figure.Kind.COUNT || figure.value() == null && !figure.hidden()) {
            continue;
          }
          if (figure.hidden()) {
            anyHidden = true;
          } else {
            long n = Math.round(figure.number());
            assertFalse(n > 0 && n < 5, table.id() + " " + row.label() + " shows " + n);
            shown += n;
          }
        }
        if (anyHidden && table.total() != null && !table.total().figure(c).hidden()) {
          long rest = Math.round(table.total().figure(c).number()) - shown;
          assertTrue(
              Disclosure.showable(rest),
              table.id() + ", column " + c + ": total minus shown cells = " + rest);
        }
      }
    }
  }

  /** Each shown count of narrow, subtracted from the same shown cell of wide, is 0 or ≥ 5. */
  private static void assertNoSmallDifference(Dashboard wide, Dashboard narrow) {
    for (ReportTable table : peopleTables(narrow)) {
      ReportTable broad = wide.table(table.id()).orElseThrow();
      Map<String, ReportTable.Row> broadRows = new java.util.HashMap<>();
      broad.rows().forEach(r -> broadRows.put(r.label(), r));
      List<ReportTable.Row[]> pairs = new ArrayList<>();
      for (ReportTable.Row row : table.rows()) {
        if (broadRows.containsKey(row.label())) {
          pairs.add(new ReportTable.Row[] {broadRows.get(row.label()), row});
        }
      }
      if (table.total() != null && broad.total() != null) {
        pairs.add(new ReportTable.Row[] {broad.total(), table.total()});
      }
      assertHiddenTogetherDoNotDifferBySmallGroup(broad, table);
      for (ReportTable.Row[] pair : pairs) {
        for (int c = 0; c < table.columns().size(); c++) {
          Figure w = pair[0].figure(c);
          Figure n = pair[1].figure(c);
          if (n.kind() == Figure.Kind.COUNT && w.number() != null && n.number() != null) {
            long rest = Math.round(w.number()) - Math.round(n.number());
            assertFalse(
                rest > 0 && rest < 5,
                table.id()
                    + " "
                    + pair[1].label()
                    + ", column "
                    + c
                    + ": "
                    + w.number()
                    + " − "
                    + n.number()
                    + " = "
                    + rest);
          }
        }
      }
    }
  }

  /**
   * With narrow's total shown, its total minus its shown cells (the hidden ones together) against
   * the same cells of wide, where wide shows them all, differs by 0 or at least 5.
   */
  private static void assertHiddenTogetherDoNotDifferBySmallGroup(
      ReportTable wide, ReportTable narrow) {
    if (narrow.total() == null || wide.total() == null) {
      return;
    }
    for (int c = 0; c < narrow.columns().size(); c++) {
      Figure total = narrow.total().figure(c);
      if (total.kind() != Figure.Kind.COUNT || total.number() == null) {
        continue;
      }
      long recomputed = Math.round(total.number());
      long wideSame = 0;
      boolean anyHidden = false;
      boolean wideShowsThem = true;
      for (ReportTable.Row row : narrow.rows()) {
        if (row.figure(c).hidden()) {
          anyHidden = true;
          int col = c;
          Double there =
              wide.rows().stream()
                  .filter(w -> w.label().equals(row.label()))
                  .map(w -> w.figure(col).number())
                  .findFirst()
                  .orElse(null);
          wideShowsThem &= there != null;
          wideSame += there == null ? 0 : Math.round(there);
        } else if (row.figure(c).number() != null) {
          recomputed -= Math.round(row.figure(c).number());
        }
      }
      long rest = wideSame - recomputed;
      assertFalse(
          anyHidden && wideShowsThem && rest > 0 && rest < 5,
          narrow.id() + ", column " + c + ": hidden cells together differ by " + rest);
    }
  }

  /** The chart the page draws (Chart.js JSON) has no number where its table reads "< 5". */
  private static void assertChartsHideWhatTheTablesHide(Dashboard dashboard) {
    int hiddenPoints = 0;
    for (Dashboard.Section section : dashboard.sections()) {
      if (!section.hasChart()) {
        continue;
      }
      ReportTable table = section.table();
      JsonArray datasets =
          Json.createReader(new StringReader(ChartJson.of(section.chart())))
              .readObject()
              .getJsonObject("data")
              .getJsonArray("datasets");
      for (int s = 0; s < datasets.size(); s++) {
        JsonObject dataset = datasets.getJsonObject(s);
        int column = table.columns().indexOf(dataset.getString("label"));
        JsonArray data = dataset.getJsonArray("data");
        assertEquals(table.rows().size(), data.size());
        for (int r = 0; r < data.size(); r++) {
          if (table.rows().get(r).figure(column).hidden()) {
            assertTrue(data.isNull(r), table.id() + " row " + r + " drawn: " + data.get(r));
            hiddenPoints++;
          }
        }
      }
    }
    assertTrue(hiddenPoints > 0, "the seed hides points of the chart");
  }

  /** The API's JSON (JSON-B, as JAX-RS writes it): hidden figures have no value. */
  private static void assertJsonHidesWhatTheTablesHide(
      Dashboard dashboard, String tableId, String hiddenRow) throws Exception {
    String json;
    try (var jsonb = JsonbBuilder.create()) {
      json = jsonb.toJson(ReportJson.of(dashboard, Locale.FRENCH));
    }
    JsonObject table =
        Json.createReader(new StringReader(json)).readObject().getJsonArray("tables").stream()
            .map(JsonObject.class::cast)
            .filter(t -> t.getString("id").equals(tableId))
            .findFirst()
            .orElseThrow();
    JsonObject row =
        table.getJsonArray("rows").stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("label").equals(hiddenRow))
            .findFirst()
            .orElseThrow();
    ReportTable.Row shown = row(dashboard.table(tableId).orElseThrow(), hiddenRow);
    JsonArray figures = row.getJsonArray("figures");
    int hidden = 0;
    for (int c = 0; c < figures.size(); c++) {
      JsonObject figure = figures.getJsonObject(c);
      if (shown.figure(c).hidden()) {
        hidden++;
        assertTrue(figure.getBoolean("hidden"));
        assertTrue(!figure.containsKey("value") || figure.isNull("value"), figure.toString());
        assertEquals(HIDDEN, figure.getString("text"));
      }
    }
    assertTrue(hidden >= 2, "count and mean at least: " + row);
  }

  /**
   * CELLS_YEAR: sites A and B; training (theme 1, Xavier) at A and at B, conference (theme 2, Yves)
   * and talk group (theme 3, Zoe) at A. Hot responses 9 + 3, 6, 2; WHO-5 respondents 10 + 2, 6, 3,
   * site B's two being students.
   */
  private void seedSmallCells() throws Exception {
    if (siteA != 0) {
      return;
    }
    long a = fixtures.site(Fixtures.unique("Site A"), SiteKind.HOSPITAL, "Lyon", Region.BRETAGNE);
    long b = fixtures.site(Fixtures.unique("Site B"), SiteKind.HOSPITAL, "Brest", Region.BRETAGNE);
    long training =
        fixtures.activity(
            Fixtures.unique("Cellules formation"),
            Format.TRAINING,
            fixtures.theme(Fixtures.unique("Cellules 1")),
            Audience.ALL);
    long conference =
        fixtures.activity(
            Fixtures.unique("Cellules conférence"),
            Format.CONFERENCE,
            fixtures.theme(Fixtures.unique("Cellules 2")),
            Audience.ALL);
    long talk =
        fixtures.activity(
            Fixtures.unique("Cellules groupe"),
            Format.TALK_GROUP,
            fixtures.theme(Fixtures.unique("Cellules 3")),
            Audience.ALL);
    long xavier = fixtures.trainer("Xavier", "Formation");
    long yves = fixtures.trainer("Yves", "Conference");
    long zoe = fixtures.trainer("Zoe", "Petitgroupe");
    try (Connection c = dataSource.getConnection()) {
      long hot = hotCampaign(c);
      long who5Questionnaire = Sql.number(c, "SELECT id FROM questionnaire WHERE code = 'WHO5'");
      long who5 = campaign(c, who5Questionnaire, "BEFORE", 0);
      long after = campaign(c, who5Questionnaire, "AFTER", 8);
      Object[][] sessions = {
        {training, a, "2018-03-06", xavier, 9, 10, "PROFESSIONAL", true},
        {conference, a, "2018-04-10", yves, 6, 6, "PROFESSIONAL", false},
        {talk, a, "2018-05-15", zoe, 2, 3, "PROFESSIONAL", true},
        {training, b, "2018-06-12", xavier, 3, 2, "STUDENT", false},
      };
      int person = 0;
      for (Object[] s : sessions) {
        long session =
            Sql.number(
                c,
                "INSERT INTO session (activity_id, site_id, starts_at, ends_at, mode, video_link,"
                    + " capacity, status) VALUES (?, ?, CAST(? AS timestamptz),"
                    + " CAST(? AS timestamptz), 'ONLINE', 'https://visio.relais.test/cellules', 20,"
                    + " 'COMPLETED') RETURNING id",
                s[0],
                s[1],
                s[2] + " 09:00:00+01",
                s[2] + " 12:00:00+01");
        Sql.update(
            c, "INSERT INTO session_trainer (session_id, account_id) VALUES (?, ?)", session, s[3]);
        for (int i = 0; i < (int) s[4]; i++) {
          long response = sessionResponse(c, hot, session, ++person, (String) s[2], "PROFESSIONAL");
          Sql.update(
              c,
              "INSERT INTO survey_answer (response_id, item_id, number_value)"
                  + " SELECT ?, qi.id, 3 + ? % 3 FROM questionnaire_item qi"
                  + " JOIN questionnaire_section qs ON qs.id = qi.section_id"
                  + " JOIN campaign ca ON ca.questionnaire_id = qs.questionnaire_id WHERE ca.id = ?",
              response,
              i,
              hot);
        }
        for (int i = 0; i < (int) s[5]; i++) {
          boolean paired = (boolean) s[7];
          long response =
              sessionResponse(
                  c, paired ? after : who5, session, ++person, (String) s[2], (String) s[6]);
          score(c, response, 8 + i);
          if (paired) {
            // Its "before" answer, the previous December: not among the year's answers.
            score(
                c, sessionResponse(c, who5, session, person, "2017-12-15", "PROFESSIONAL"), 6 + i);
          }
        }
      }
    }
    siteA = a;
  }

  private static void score(Connection c, long response, int raw) throws Exception {
    Sql.update(
        c,
        "INSERT INTO survey_score (response_id, scale, score) VALUES (?, 'raw', ?), (?, 'percent', ?)",
        response,
        raw,
        response,
        4 * raw);
  }

  /** A satisfaction questionnaire of one Likert item (1–5) and its hot campaign. */
  private static long hotCampaign(Connection c) throws Exception {
    long questionnaire =
        Sql.number(
            c,
            "INSERT INTO questionnaire (kind, title_fr, title_en, created_at)"
                + " VALUES ('SATISFACTION', 'Cellules', 'Cells', now()) RETURNING id");
    long section =
        Sql.number(
            c,
            "INSERT INTO questionnaire_section (questionnaire_id, position, title_fr, title_en)"
                + " VALUES (?, 0, 'Avis', 'Opinion') RETURNING id",
            questionnaire);
    long item =
        Sql.number(
            c,
            "INSERT INTO questionnaire_item (section_id, position, type, text_fr, text_en)"
                + " VALUES (?, 0, 'LIKERT', 'Utile', 'Useful') RETURNING id",
            section);
    for (int v = 1; v <= 5; v++) {
      Sql.update(
          c,
          "INSERT INTO item_choice (item_id, position, value, label_fr, label_en)"
              + " VALUES (?, ?, ?, ?, ?)",
          item,
          v,
          v,
          "n" + v,
          "n" + v);
    }
    return Sql.number(
        c,
        "INSERT INTO campaign (questionnaire_id, phase, weeks_after, title, created_at,"
            + " created_by) VALUES (?, 'HOT', 0, 'Cellules à chaud', now(), 'test') RETURNING id",
        questionnaire);
  }

  private static long sessionResponse(
      Connection c, long campaign, long session, int person, String day, String status)
      throws Exception {
    return Sql.number(
        c,
        "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym,"
            + " submitted, submitted_on, respondent_status)"
            + " SELECT id, questionnaire_id, ?, ?, true, CAST(? AS date), ?"
            + " FROM campaign WHERE id = ? RETURNING id",
        session,
        String.format("%064d", 5000 + person).replace('0', 'c'),
        day,
        status,
        campaign);
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
      if (first != null
          && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && label.equals(first.getStringCellValue())) {
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
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }
}
