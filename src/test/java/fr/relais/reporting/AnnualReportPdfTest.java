package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.PdfStandards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The annual report's PDF, from dashboards built by hand: archival, accessible, publishable. */
class AnnualReportPdfTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void aFullReportBreaksNoRuleAndReadsWell() throws Exception {
    byte[] pdf =
        AnnualReport.pdf(
            2025,
            TODAY,
            "Une année dense.\n\nMerci aux équipes.",
            List.of(dashboard(), emptyOne()));
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/annual-report.pdf"), pdf);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Rapport annuel 2025"), text);
      assertTrue(text.contains("Le mot de l'équipe"), text);
      assertTrue(text.contains("Merci aux équipes."), text);
      java.util.Set<String> words = new java.util.HashSet<>(List.of(text.split("\\s+")));
      for (String header : List.of("Inscriptions", "confirmées", "présence", "excusées")) {
        assertTrue(words.contains(header), "header words never cut: " + header + " in " + text);
      }
      assertTrue(text.contains("Aucune donnée pour cette année"), "an empty dashboard says so");
      assertTrue(text.contains("12\u202f%"), "narrow no-break space before %: " + text);
      assertFalse(text.matches("(?s).*\\d%.*"), "no % glued to its number");
      assertTrue(text.contains("Rien à montrer ici"), "an empty section says why");
      assertTrue(text.contains("Établissements clients"), text);
      assertTrue(text.contains("2\u202f880,00\u00a0€"), "amounts in euros: " + text);
      assertTrue(doc.getDocumentCatalog().getDocumentOutline() != null, "bookmarks");
      assertTrue(doc.getNumberOfPages() >= 4, "cover, contents, sections, methods");
      assertEquals(List.of(), beyondTheRightMargin(doc), "a wide table fits the page");
    }
  }

  /** Text that runs past the page's right margin (18 mm), as "page: text". */
  private static List<String> beyondTheRightMargin(PDDocument doc) throws java.io.IOException {
    List<String> beyond = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> glyphs) {
            float edge = getCurrentPage().getMediaBox().getWidth() - 18 / 25.4f * 72;
            for (TextPosition glyph : glyphs) {
              if (glyph.getXDirAdj() + glyph.getWidthDirAdj() > edge + 1) {
                beyond.add(getCurrentPageNo() + ": " + text);
                return;
              }
            }
          }
        };
    stripper.getText(doc);
    return beyond;
  }

  @Test
  void anEmptyYearSaysSoAndStillBreaksNoRule() throws Exception {
    byte[] pdf = AnnualReport.pdf(2019, TODAY, null, List.of(emptyOne()));
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(new PDFTextStripper().getText(doc).contains("ce rapport est vide"));
    }
  }

  @Test
  void aTableTooLongToReadIsLeftToTheWorkbookWithANote() throws Exception {
    Dashboard sessions =
        new Dashboard(
            "Satisfaction",
            List.of(),
            List.of(
                new Dashboard.Section(perSession(AnnualReport.PDF_ROWS + 1), null),
                new Dashboard.Section(perSession(AnnualReport.PDF_ROWS), null)),
            false);
    byte[] pdf = AnnualReport.pdf(2025, TODAY, null, List.of(sessions));
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Ce tableau compte 201 lignes"), text);
      assertTrue(text.contains("Séances de 201"), "its title stays: " + text);
      assertFalse(text.contains("Séance 201/201"), "its rows go to the workbook");
      assertTrue(text.contains("Séance 200/200"), "a table of 200 rows is printed whole");
    }
  }

  private static ReportTable perSession(int rows) {
    ReportTable.Builder table =
        ReportTable.builder("by-session-" + rows, "Séances de " + rows, "Séance")
            .column("Réponses");
    for (int i = 1; i <= rows; i++) {
      table.row("Séance " + i + "/" + rows, List.of(Figure.count(10 + i)));
    }
    return table.build();
  }

  private static Dashboard dashboard() {
    // The activity report's nine columns, as long as they are in French.
    ReportTable.Builder months =
        ReportTable.builder("activity-by-month", "Activité par mois", "Mois")
            .column("Séances tenues")
            .column("Séances annulées")
            .column("Heures animées")
            .column("Places offertes")
            .column("Inscriptions confirmées")
            .column("Taux de remplissage")
            .column("Demandes en liste d'attente")
            .column("Taux de présence")
            .column("Absences non excusées");
    for (int m = 1; m <= 12; m++) {
      months.row(
          java.time.Month.of(m)
                  .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH)
              + " 2025",
          List.of(
              Figure.count(m),
              Figure.count(m % 3),
              Figure.count(1250L * m),
              Figure.count(1000L * m),
              Figure.count(880L * m),
              Figure.percent(0.88),
              Figure.count(10L * m),
              Figure.percent(m == 3 ? 0.12 : 0.8),
              Figure.count(m)));
    }
    ReportTable byMonth = months.build();
    List<Dashboard.Section> sections = new ArrayList<>();
    sections.add(new Dashboard.Section(byMonth, Chart.of(byMonth, Chart.Type.BAR, 0, 1)));
    ReportTable none =
        ReportTable.builder("by-region", "Participants par région", "Région")
            .column("Personnes")
            .build();
    sections.add(new Dashboard.Section(none, null));
    sections.add(new Dashboard.Section(establishments(), null));
    return new Dashboard(
        "Activité",
        List.of(new Dashboard.Headline("Séances clôturées", Figure.count(78))),
        sections,
        false);
  }

  /**
   * The activity report's "Établissements clients" (issue 16): amounts in euros, "< 5" trainees.
   */
  private static ReportTable establishments() {
    ReportTable.Builder table =
        ReportTable.builder("activity-by-establishment", "Établissements clients", "Établissement")
            .column("Journées réalisées")
            .column("Stagiaires présents", 0)
            .column("Conventions acceptées")
            .column("Montant convenu (TTC)");
    table.row(
        "CHU Val-de-Seine",
        new long[] {14},
        List.of(Figure.count(2), Figure.count(14), Figure.count(1), Figure.euros(288_000)));
    table.row(
        "EHPAD Les Glycines",
        new long[] {3},
        List.of(Figure.count(1), Figure.count(3), Figure.count(1), Figure.euros(60_000)));
    table.total(
        "Total",
        new long[] {17},
        List.of(Figure.count(3), Figure.count(17), Figure.count(2), Figure.euros(348_000)));
    return table.build();
  }

  private static Dashboard emptyOne() {
    return new Dashboard("Satisfaction", List.of(), List.of(), true);
  }
}
