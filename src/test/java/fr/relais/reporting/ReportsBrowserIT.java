package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.WebClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A coordinator reads the dashboards of the demo's last weeks, narrows them with a filter, exports
 * a table, then prepares the annual report, follows its progress bar and downloads both files.
 * Nobody else gets in, pages or API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  /** The demo's history: the last ten weeks. */
  private static final String PERIOD = "from=" + TODAY.minusDays(90) + "&to=" + TODAY;

  @RegisterExtension static Browser browser = new Browser();

  private static void signIn(String email) {
    browser.signIn(email, PASSWORD);
  }

  @Test
  @Order(1)
  void theCoordinatorReadsTheDashboardsAndNarrowsThem() throws Exception {
    browser.desktop();
    signIn(COORDINATOR);
    browser.open("/reporting/activity?" + PERIOD);
    String page = browser.mainText();
    assertTrue(page.contains("Séances tenues"), page);
    assertTrue(page.contains("Activité par mois (séances clôturées)"), page);
    assertTrue(browser.find("#activity-by-month canvas").isDisplayed(), "the chart is drawn");
    assertTrue(browser.all("#activity-by-profession tbody tr").size() > 3);
    browser.screenshot("reports-01-activity");

    browser.choose("#f-format", "Atelier eJADES");
    browser.clickAndWait("#report-filters button[type=submit]");
    assertTrue(browser.url().contains("format=EJADES"), browser.url());
    assertEquals("EJADES", browser.find("#f-format").getAttribute("value"), "the choice stays");
    assertTrue(browser.mainText().contains("Séances tenues"));
    browser.screenshot("reports-02-activity-ejades");

    browser.clickAndWait(".tabs a[href*='/reporting/satisfaction']");
    assertTrue(browser.url().contains("format=EJADES"), "the filters follow: " + browser.url());
    assertTrue(browser.mainText().contains("Satisfaction par format"), browser.mainText());
    browser.screenshot("reports-03-satisfaction");

    browser.open("/reporting/wellbeing?" + PERIOD);
    assertTrue(browser.mainText().contains("Scores par instrument"), browser.mainText());
    browser.screenshot("reports-04-wellbeing");
  }

  @Test
  @Order(2)
  void badFiltersAreSaidNextToTheirFieldAndSmallGroupsAreHidden() throws Exception {
    browser.phone();
    browser.open("/reporting/activity?from=" + TODAY + "&to=" + TODAY.minusDays(3));
    assertEquals("La fin de la période doit être après son début.", browser.text("#err-to"));
    assertEquals("true", browser.find("#f-to").getAttribute("aria-invalid"));
    browser.screenshot("reports-05-bad-period-phone");

    browser.open("/reporting/activity?" + PERIOD + "&profession=PHARMACIST&region=CORSE");
    String page = browser.mainText();
    assertTrue(
        page.contains("< 5") || page.contains("Aucune donnée pour cette période"),
        "a filter leaving a handful of people shows nothing about them: " + page);
    browser.open("/reporting/activity?" + PERIOD);
    browser.screenshot("reports-06-activity-phone");
    Long overflow =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertEquals(0L, overflow, "no sideways scroll on a phone (tables scroll inside their box)");
  }

  @Test
  @Order(3)
  void anExportedTableIsTheTableOnScreen() throws Exception {
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    HttpResponse<byte[]> csv =
        coordinator.bytes(
            "/reporting/export?kind=activity&table=activity-by-month&type=csv&" + PERIOD);
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.contains("Mois;Séances tenues;"), text);
    assertTrue(text.contains("Total;"), text);
    HttpResponse<byte[]> xlsx =
        coordinator.bytes(
            "/reporting/export?kind=wellbeing&table=wellbeing-scores&type=xlsx&" + PERIOD);
    assertEquals(200, xlsx.statusCode());
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("Scores par instrument", book.getSheetName(0), "the table's title names it");
      assertEquals(
          "Échelle",
          book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue(),
          "headers on row 1");
      assertEquals(1, book.getSheetAt(0).getPaneInformation().getHorizontalSplitPosition());
    }
  }

  @Test
  @Order(4)
  void theAnnualReportIsPreparedInTheBackgroundAndDownloaded() throws Exception {
    browser.desktop();
    signIn(COORDINATOR);
    int year = TODAY.minusWeeks(5).getYear();
    browser.open("/reporting/annual");
    browser.choose("#annual\\:year", String.valueOf(year));
    browser.awaitAjax();
    browser.type("#annualForeword\\:foreword", "Une année avec les équipes de nuit.");
    browser.click("#annualForeword\\:save");
    browser.awaitAjax();
    assertTrue(
        browser.mainText().contains("Texte enregistré pour le rapport " + year),
        browser.mainText());
    browser.click("#annual\\:start");
    browser.find("#annual\\:progress");
    browser
        .waitFor(java.time.Duration.ofSeconds(90))
        .until(d -> !browser.all("#annual-ready").isEmpty());
    assertTrue(browser.text("#annual-ready").contains("Le rapport " + year + " est prêt."));
    assertTrue(browser.text("#annual\\:progress").contains("100"), "the bar ends full");
    browser.screenshot("reports-07-annual-ready");

    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    String pdfHref = browser.find("#download-pdf").getAttribute("href");
    HttpResponse<byte[]> pdf = coordinator.bytes(pdfHref.substring(coordinator.base().length()));
    assertEquals(200, pdf.statusCode());
    java.nio.file.Files.createDirectories(Path.of("target/documents"));
    java.nio.file.Files.write(Path.of("target/documents/annual-report-demo.pdf"), pdf.body());
    assertEquals(
        java.util.List.of(),
        fr.relais.testing.PdfStandards.brokenRules(pdf.body()),
        "PDF/A-2A, PDF/UA-1");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Rapport annuel " + year), text);
      assertTrue(text.contains("Une année avec les équipes de nuit."), "the foreword: " + text);
      assertTrue(text.contains("Sommaire"), text);
      assertTrue(document.getNumberOfPages() >= 4, "cover, contents, sections, methods");
      for (int page : new int[] {0, 2}) {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
        Path png =
            browser
                .screenshot("reports-08-annual-pdf")
                .resolveSibling("reports-08-annual-pdf-" + page + ".png");
        ImageIO.write(image, "png", png.toFile());
        assertTrue(Files.size(png) > 5_000);
      }
    }
    String xlsxHref = browser.find("#download-xlsx").getAttribute("href");
    HttpResponse<byte[]> xlsx = coordinator.bytes(xlsxHref.substring(coordinator.base().length()));
    assertEquals(200, xlsx.statusCode());
    assertEquals(java.util.List.of(), fr.relais.testing.Workbooks.problems(xlsx.body()));
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertTrue(book.getNumberOfSheets() >= 10, "one sheet per table");
      assertTrue(
          fr.relais.testing.Workbooks.datesIn(
              (org.apache.poi.xssf.usermodel.XSSFSheet) book.getSheet("Activité par mois"), 0),
          "months are dates, so they sort as months");
    }
  }

  @Test
  @Order(5)
  void reportsAreForCoordinatorsOnly() throws Exception {
    WebClient participant = new WebClient();
    assertTrue(participant.signIn("participante@relais.test", PASSWORD));
    WebClient trainer = new WebClient();
    assertTrue(trainer.signIn("formatrice@relais.test", PASSWORD));
    for (String path :
        new String[] {
          "/reporting/activity",
          "/reporting/wellbeing",
          "/reporting/annual",
          "/reporting/export?kind=activity&table=activity-by-month&type=csv",
          "/reporting/annual/2026.pdf"
        }) {
      assertEquals(403, participant.get(path).statusCode(), path);
      assertEquals(403, trainer.get(path).statusCode(), path);
      int anonymous = new WebClient().get(path).statusCode();
      assertTrue(anonymous == 302 || anonymous == 303, path + ": sign in first, " + anonymous);
    }
    String year = String.valueOf(TODAY.getYear());
    assertEquals(
        403,
        new WebClient()
            .api(
                "GET",
                "/api/reports/activity?year=" + year,
                "participante@relais.test",
                PASSWORD,
                null)
            .statusCode());
    assertEquals(
        401,
        new WebClient()
            .api("GET", "/api/reports/wellbeing?year=" + year, null, null, null)
            .statusCode());
    HttpResponse<String> json =
        new WebClient()
            .api("GET", "/api/reports/activity?year=" + year, COORDINATOR, PASSWORD, null);
    assertEquals(200, json.statusCode());
    assertTrue(json.body().contains("\"id\":\"activity-by-month\""), json.body());
    HttpResponse<String> badYear =
        new WebClient()
            .api("GET", "/api/reports/wellbeing?year=deux-mille", COORDINATOR, PASSWORD, null);
    assertEquals(400, badYear.statusCode());
    assertTrue(badYear.body().contains("\"field\":\"year\""), badYear.body());
  }
}
