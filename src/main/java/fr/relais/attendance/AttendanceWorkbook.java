package fr.relais.attendance;

import fr.relais.kernel.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The attendance export: one row per confirmed registration and half-day, the evidence a
 * coordinator files for the BPF and Qualiopi (who, which session, which half-day, present or not,
 * the certificate). Labels in the reader's language, real date cells, header frozen, autofilter.
 */
public final class AttendanceWorkbook {

  /** One participant on one half-day; attendance null when nobody recorded it. */
  public record Line(
      long sessionId,
      String activity,
      LocalDate date,
      boolean morning,
      String hours,
      String place,
      String lastName,
      String firstName,
      String status,
      String profession,
      AttendanceStatus attendance,
      long minutes,
      String certificate) {}

  static final String[] COLUMNS = {
    "session",
    "activity",
    "date",
    "halfDay",
    "hours",
    "place",
    "lastName",
    "firstName",
    "status",
    "profession",
    "attendance",
    "minutes",
    "certificate"
  };

  private AttendanceWorkbook() {}

  public static byte[] of(List<Line> lines, Locale locale) {
    Texts texts = Texts.in(locale);
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(texts.get("attendanceExport.sheet"));
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      int[] widths = new int[COLUMNS.length];
      Row head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.length; c++) {
        String label = texts.get("attendanceExport.col." + COLUMNS[c]);
        Cell cell = head.createCell(c);
        cell.setCellValue(label);
        cell.setCellStyle(header);
        widths[c] = label.length();
      }
      int r = 1;
      for (Line line : lines) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(line.sessionId());
        Cell day = row.createCell(2);
        day.setCellValue(line.date());
        day.setCellStyle(date);
        String[] text = {
          null,
          line.activity(),
          null,
          texts.get(line.morning() ? "attendance.morning" : "attendance.afternoon"),
          line.hours(),
          line.place(),
          line.lastName(),
          line.firstName(),
          line.status(),
          line.profession(),
          line.attendance() == null
              ? texts.get("attendanceExport.notRecorded")
              : texts.get("enum.AttendanceStatus." + line.attendance().name()),
          null,
          line.certificate() == null ? "" : line.certificate()
        };
        for (int c = 0; c < text.length; c++) {
          if (text[c] != null) {
            // A string cell is never a formula, whatever it starts with.
            row.createCell(c).setCellValue(text[c]);
            widths[c] = Math.max(widths[c], text[c].length());
          }
        }
        row.createCell(11).setCellValue(line.minutes());
      }
      widths[0] = Math.max(widths[0], 8);
      widths[2] = Math.max(widths[2], 10);
      for (int c = 0; c < COLUMNS.length; c++) {
        sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, COLUMNS.length - 1));
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
