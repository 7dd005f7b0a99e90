package fr.relais.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.Organisation;
import fr.relais.programme.BpfObjective;
import fr.relais.registration.TraineeCategory;
import fr.relais.scheduling.Delivery;
import fr.relais.site.Sector;
import fr.relais.testing.PdfStandards;
import fr.relais.testing.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The BPF's PDF (PDF/A-2A and PDF/UA-1, laid out like the form, the open-warnings banner on every
 * page) and XLSX (one sheet per frame, the banner on every sheet), from a year built in memory.
 */
class BpfDocumentsTest {

  static final Organisation.Identity ORG =
      new Organisation.Identity(
          "Association Relais",
          "1 rue des Soignants, 54000 Nancy",
          "Nancy",
          "123 456 789 00012",
          "44 54 01234 54",
          "Camille Présidente",
          "Présidente",
          null);

  static final Instant MADE = Instant.parse("2026-01-20T10:00:00Z");

  @Test
  void thePdfIsArchivalAccessibleAndWarnsOnEveryPage() throws Exception {
    BpfYear year = year(true);
    byte[] pdf = BpfPdf.of(year, ORG, MADE);
    Files.write(Path.of(System.getProperty("java.io.tmpdir"), "bpf-2015.pdf"), pdf);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    String banner = "Exercice 2015 : des alertes restent ouvertes";
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 2, "a form of several pages");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertTrue(stripper.getText(document).contains(banner), "page " + page);
      }
      String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
      assertTrue(text.contains("Cadre C"), text);
      assertTrue(text.contains("Cadre F-1"));
      assertTrue(text.contains("Spécialité NSF 331"));
      assertTrue(text.contains("2 500 € (saisi)"), "a typed figure says so");
      assertTrue(text.contains("à saisir"), "a figure not typed yet");
    }
    byte[] clean = BpfPdf.of(year(false), ORG, MADE);
    assertEquals(List.of(), PdfStandards.brokenRules(clean));
    try (PDDocument document = Loader.loadPDF(clean)) {
      assertFalse(new PDFTextStripper().getText(document).contains(banner));
    }
  }

  @Test
  void theWorkbookHasASheetPerFrameWithTheBanner() throws Exception {
    byte[] xlsx = BpfWorkbook.of(year(true), "Association Relais");
    assertEquals(List.of(), Workbooks.problems(xlsx));
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = Workbooks.read(xlsx)) {
      assertEquals(8, book.getNumberOfSheets(), "C, D, E, F-1, F-2, F-3, F-4, G");
      for (int s = 0; s < book.getNumberOfSheets(); s++) {
        XSSFSheet sheet = book.getSheetAt(s);
        assertTrue(
            sheet
                .getRow(1)
                .getCell(1)
                .getStringCellValue()
                .startsWith("Exercice 2015 : des alertes"),
            sheet.getSheetName());
      }
      XSSFSheet f1 = book.getSheet("Cadre F-1");
      // Row 0 headers, 1 banner, 2 the frame's title, then lines a to e, the total.
      assertEquals("a", f1.getRow(3).getCell(0).getStringCellValue());
      assertEquals(1.0, f1.getRow(3).getCell(2).getNumericCellValue());
      assertEquals(7.0, f1.getRow(3).getCell(3).getNumericCellValue(), "420 min → 7 h");
      assertEquals("Total", f1.getRow(8).getCell(1).getStringCellValue());
      assertEquals(2.0, f1.getRow(8).getCell(2).getNumericCellValue());
      XSSFSheet d = book.getSheet("Cadre D");
      assertEquals("2500", format.formatCellValue(d.getRow(3).getCell(2)).replaceAll("\\D", ""));
      assertEquals("(saisi)", d.getRow(3).getCell(3).getStringCellValue());
      assertEquals(
          null, d.getRow(4).getCell(2) == null ? null : d.getRow(4).getCell(2).getRawValue());
    }
  }

  /** Two trainees, one income, one typed charge; with or without an open warning. */
  static BpfYear year(boolean warned) {
    Instant day = Instant.parse("2015-03-10T08:00:00Z");
    List<BpfRows.Trainee> trainees =
        List.of(
            new BpfRows.Trainee(
                1,
                10,
                day,
                "Soins palliatifs",
                "Ada Testeur",
                TraineeCategory.PRIVATE_EMPLOYEE,
                null,
                true,
                false,
                Delivery.OWN,
                BpfObjective.OTHER_PROFESSIONAL,
                "331",
                2,
                "1 (180 min), 2 (240 min)",
                420),
            new BpfRows.Trainee(
                2,
                10,
                day,
                "Soins palliatifs",
                "Bea Testeur",
                null,
                null,
                false,
                true,
                Delivery.OWN,
                BpfObjective.OTHER_PROFESSIONAL,
                "331",
                1,
                "1 (180 min)",
                180));
    List<BpfRows.Income> incomes =
        List.of(
            new BpfRows.Income(
                null,
                5L,
                3,
                day,
                "Soins palliatifs",
                IncomeSource.COMPANIES,
                "Clinique",
                7L,
                Sector.PRIVATE,
                30_050));
    List<BpfRows.Trainer> trainers =
        List.of(new BpfRows.Trainer(9, "Formatrice", false, 10, day, "Soins palliatifs", 420));
    Map<DeclaredItem, Long> declared = new EnumMap<>(DeclaredItem.class);
    declared.put(DeclaredItem.CHARGES_TOTAL, 2_500L);
    List<BpfWarning> warnings = new ArrayList<>();
    warnings.add(
        new BpfWarning(
            BpfWarning.Kind.REGISTRATION_WITHOUT_CATEGORY,
            warned
                ? List.of(new BpfWarning.Item("Bea Testeur", "/scheduling/session?id=10", 2L))
                : List.of()));
    return BpfYear.of(2015, trainees, trainers, incomes, declared, warnings);
  }
}
