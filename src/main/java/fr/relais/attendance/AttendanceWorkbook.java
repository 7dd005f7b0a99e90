package fr.relais.attendance;

import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
    List<String> headers =
        Arrays.stream(COLUMNS).map(c -> texts.get("attendanceExport.col." + c)).toList();
    Spreadsheet book =
        new Spreadsheet(texts.get("attendanceExport.sheet"), texts.get("app.association"));
    Spreadsheet.Writer sheet = book.sheet(texts.get("attendanceExport.sheet"), headers);
    for (Line line : lines) {
      sheet.row(
          Arrays.asList(
              new Spreadsheet.Id(line.sessionId()),
              line.activity(),
              line.date(),
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
              line.minutes(),
              line.certificate() == null ? "" : line.certificate()));
    }
    sheet.widths(10, 40, 12, 14, 16, 30, 20, 18, 16, 22, 16, 10, 16);
    return book.bytes();
  }
}
