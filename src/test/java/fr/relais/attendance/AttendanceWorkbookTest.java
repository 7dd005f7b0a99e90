package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.InvalidInput;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AttendanceWorkbookTest {

  private static AttendanceWorkbook.Line line(boolean morning, AttendanceStatus status) {
    return new AttendanceWorkbook.Line(
        42,
        "Journée JADES",
        LocalDate.of(2026, 3, 12),
        morning,
        "09:00 – 13:00",
        "Maison des soignants – Salle 1",
        "Martin",
        "Léa",
        "Professionnel(le)",
        "Infirmier(ère)",
        status,
        240,
        status == null ? null : "AB12CD34EF56");
  }

  private static XSSFSheet read(byte[] file) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
  }

  @Test
  void labelsDatesFrozenHeaderAndFilter() throws Exception {
    XSSFSheet sheet =
        read(
            AttendanceWorkbook.of(
                List.of(line(true, AttendanceStatus.LATE), line(false, null)), Locale.FRENCH));
    assertEquals("Présences", sheet.getSheetName());
    Row head = sheet.getRow(0);
    assertEquals("Séance n°", head.getCell(0).getStringCellValue());
    assertEquals("Présence", head.getCell(10).getStringCellValue());
    Row morning = sheet.getRow(1);
    assertEquals(42, morning.getCell(0).getNumericCellValue());
    assertEquals(CellType.NUMERIC, morning.getCell(2).getCellType());
    assertTrue(DateUtil.isCellDateFormatted(morning.getCell(2)), "a real date cell");
    assertEquals(
        LocalDate.of(2026, 3, 12), morning.getCell(2).getLocalDateTimeCellValue().toLocalDate());
    assertEquals("Matin", morning.getCell(3).getStringCellValue());
    assertEquals("En retard", morning.getCell(10).getStringCellValue());
    assertEquals(240, morning.getCell(11).getNumericCellValue());
    assertEquals("AB12CD34EF56", morning.getCell(12).getStringCellValue());
    Row afternoon = sheet.getRow(2);
    assertEquals("Après-midi", afternoon.getCell(3).getStringCellValue());
    assertEquals("Non relevé", afternoon.getCell(10).getStringCellValue());
    assertTrue(sheet.getPaneInformation().isFreezePane());
    assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
    assertEquals("A1:M3", sheet.getCTWorksheet().getAutoFilter().getRef());
    assertTrue(sheet.getColumnWidth(1) > 10 * 256, "widths follow the content");
  }

  @Test
  void englishLabelsAndTextThatLooksLikeAFormulaStaysText() throws Exception {
    AttendanceWorkbook.Line formula =
        new AttendanceWorkbook.Line(
            1,
            "=HYPERLINK(\"x\")",
            LocalDate.of(2026, 1, 5),
            true,
            "",
            "",
            "@Nom",
            "+Léa",
            "",
            "",
            AttendanceStatus.PRESENT,
            60,
            null);
    XSSFSheet sheet = read(AttendanceWorkbook.of(List.of(formula), Locale.ENGLISH));
    assertEquals("Attendance", sheet.getRow(0).getCell(10).getStringCellValue());
    assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType());
    assertEquals("=HYPERLINK(\"x\")", sheet.getRow(1).getCell(1).getStringCellValue());
    assertEquals("Present", sheet.getRow(1).getCell(10).getStringCellValue());
    assertEquals("Morning", sheet.getRow(1).getCell(3).getStringCellValue());
  }

  @Test
  void aPeriodHasBothEndsInOrderAndAtMostAYearAndADay() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    AttendanceExportService.checkPeriod(jan1, jan1);
    AttendanceExportService.checkPeriod(jan1, LocalDate.of(2027, 1, 1)); // 365 days apart: 366 days
    assertEquals(
        "attendanceExport.tooLong",
        assertThrows(
                InvalidInput.class,
                () -> AttendanceExportService.checkPeriod(jan1, LocalDate.of(2027, 1, 2)))
            .getErrors()
            .get(0)
            .key());
    assertEquals(
        "attendanceExport.to.beforeFrom",
        assertThrows(
                InvalidInput.class,
                () -> AttendanceExportService.checkPeriod(jan1, jan1.minusDays(1)))
            .getErrors()
            .get(0)
            .key());
    assertEquals(
        2,
        assertThrows(InvalidInput.class, () -> AttendanceExportService.checkPeriod(null, null))
            .getErrors()
            .size());
  }
}
