package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Read back with Apache POI, as a spreadsheet reader would. */
class SpreadsheetTest {

  @Test
  void headersOnRowOneFrozenAndFilteredRealDatesAndNumbersNoFormula() throws Exception {
    Spreadsheet book = new Spreadsheet("Présences", "Association");
    book.sheet(
            "Présences par séance",
            List.of("Séance", "Jour", "Mois", "Arrivée", "Présents", "Taux"))
        .row(
            List.of(
                "=HYPERLINK(\"http://x\")",
                LocalDate.of(2026, 3, 29),
                YearMonth.of(2026, 3),
                Instant.parse("2026-03-29T07:30:00Z"),
                12,
                new Spreadsheet.Percent(0.75)));
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.bytes()))) {
      assertEquals("Présences", read.getProperties().getCoreProperties().getTitle());
      assertEquals("Association", read.getProperties().getCoreProperties().getCreator());
      XSSFSheet sheet = read.getSheetAt(0);
      assertEquals("Présences par séance", sheet.getSheetName());
      assertEquals("Séance", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "row 1 frozen");
      assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "filters on the headers");
      assertEquals("A1:F2", sheet.getCTWorksheet().getAutoFilter().getRef());
      Row line = sheet.getRow(1);
      for (Cell cell : line) {
        assertNotEquals(CellType.FORMULA, cell.getCellType(), "never a formula");
      }
      assertEquals(CellType.STRING, line.getCell(0).getCellType());
      assertTrue(DateUtil.isCellDateFormatted(line.getCell(1)), "a day is a date");
      assertEquals(
          LocalDateTime.of(2026, 3, 29, 0, 0), line.getCell(1).getLocalDateTimeCellValue());
      assertTrue(DateUtil.isCellDateFormatted(line.getCell(2)), "a month is a date");
      assertEquals(
          LocalDateTime.of(2026, 3, 29, 9, 30),
          line.getCell(3).getLocalDateTimeCellValue(),
          "instants in Paris time (summer time began that night)");
      assertEquals(12, line.getCell(4).getNumericCellValue());
      assertEquals(0.75, line.getCell(5).getNumericCellValue());
      assertEquals("0%", line.getCell(5).getCellStyle().getDataFormatString());
    }
  }

  @Test
  void sheetNamesFitWholeWordsNoSlashAndStayUnique() throws Exception {
    Spreadsheet book = new Spreadsheet("t", "a");
    String longTitle = "Participants par profession et par région d'exercice";
    book.sheet(longTitle, List.of("a"));
    book.sheet(longTitle, List.of("a"));
    book.sheet("Avant / après", List.of("a"));
    book.sheet("Activité par mois (séances tenues, inscriptions, présences)", List.of("a"));
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.bytes()))) {
      List<String> names =
          List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2));
      assertEquals("Participants par profession", names.get(0), names.toString());
      assertEquals("Participants par profession 2", names.get(1));
      assertEquals("Avant - après", names.get(2));
      assertEquals("Activité par mois", read.getSheetName(3), "never half a parenthesis");
      for (Sheet sheet : read) {
        assertTrue(sheet.getSheetName().length() <= 31);
      }
    }
  }
}
