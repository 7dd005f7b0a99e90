package fr.relais.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX workbook as spreadsheet readers expect one: each sheet has its headers on row 1, frozen
 * and with filters; numbers, dates and months are real cells with a format (the reader shows them
 * in its own locale); sheet names mean something within Excel's 31 characters; the document's title
 * and author are set. Text is always stored as text, so a value starting with "=" is never a
 * formula.
 */
public final class Spreadsheet {

  /** A share (0.12 is 12 %), written as a number with a percent format. */
  public record Percent(double value) {}

  /** A number shown with one decimal. */
  public record Decimal(double value) {}

  /** An amount in euros, with two decimals and the euro sign. */
  public record Euros(double value) {}

  /** A number that names something (a session's number): no thousands separator. */
  public record Id(long value) {}

  /** Bold text (a total's label). */
  public record Strong(String text) {}

  static final int MAX_NAME = 31;

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final Set<String> names = new HashSet<>();
  private final CellStyle bold;
  private final CellStyle count;
  private final CellStyle id;
  private final CellStyle decimal;
  private final CellStyle percent;
  private final CellStyle euros;
  private final CellStyle day;
  private final CellStyle dateTime;
  private final CellStyle month;

  public Spreadsheet(String title, String author) {
    book.getProperties().getCoreProperties().setTitle(title);
    book.getProperties().getCoreProperties().setCreator(author);
    Font font = book.createFont();
    font.setBold(true);
    bold = book.createCellStyle();
    bold.setFont(font);
    count = style("#,##0");
    id = style("0");
    decimal = style("#,##0.0");
    percent = style("0%");
    euros = style("#,##0.00 \"€\"");
    day = style("dd/mm/yyyy");
    dateTime = style("dd/mm/yyyy hh:mm");
    month = style("mmmm yyyy");
  }

  /** A new sheet with these headers on row 1; then {@link Writer#row} for each line. */
  public Writer sheet(String title, List<String> headers) {
    Sheet sheet = book.createSheet(name(title));
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
    return new Writer(sheet, headers.size());
  }

  public byte[] bytes() {
    try (book;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills one sheet. */
  public final class Writer {
    private final Sheet sheet;
    private final int columns;
    private int next = 1;

    private Writer(Sheet sheet, int columns) {
      this.sheet = sheet;
      this.columns = columns;
      sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    /** A line of values: text, whole or decimal numbers, dates, instants (Paris), months. */
    public Writer row(List<?> values) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < values.size(); c++) {
        write(row.createCell(c), values.get(c));
      }
      sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns - 1));
      return this;
    }

    /** Column widths in characters. */
    public Writer widths(int... characters) {
      for (int c = 0; c < characters.length; c++) {
        sheet.setColumnWidth(c, characters[c] * 256);
      }
      return this;
    }
  }

  private void write(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Strong s) {
      cell.setCellValue(s.text());
      cell.setCellStyle(bold);
    } else if (value instanceof Id i) {
      numeric(cell, i.value(), id);
    } else if (value instanceof Percent p) {
      numeric(cell, p.value(), percent);
    } else if (value instanceof Decimal d) {
      numeric(cell, d.value(), decimal);
    } else if (value instanceof Euros e) {
      numeric(cell, e.value(), euros);
    } else if (value instanceof Integer || value instanceof Long) {
      numeric(cell, ((Number) value).doubleValue(), count);
    } else if (value instanceof Double d) {
      numeric(cell, d, decimal);
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(day);
    } else if (value instanceof YearMonth m) {
      cell.setCellValue(m.atDay(1));
      cell.setCellStyle(month);
    } else if (value instanceof Instant i) {
      cell.setCellValue(i.atZone(ClockProducer.PARIS).toLocalDateTime());
      cell.setCellStyle(dateTime);
    } else {
      cell.setCellValue(value.toString());
    }
  }

  private static void numeric(Cell cell, double value, CellStyle style) {
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private CellStyle style(String format) {
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat(format));
    return style;
  }

  /**
   * A sheet name from a title: characters Excel refuses replaced ("/" becomes "-"), cut after a
   * whole word to fit 31 characters with room for a number that keeps it unique.
   */
  String name(String title) {
    String clean = title.replaceAll("[\\\\/]", "-").replaceAll("[\\[\\]:*?]", " ").strip();
    clean = clean.replaceAll("^'+|'+$", "").replaceAll("\\s+", " ");
    String base = fit(clean.isEmpty() ? "Feuille" : clean, MAX_NAME - 3);
    String name = base;
    for (int i = 2; !names.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + " " + i;
    }
    return name;
  }

  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    String head = cut > max / 2 ? text.substring(0, cut) : text.substring(0, max);
    int open = head.lastIndexOf('(');
    if (open > 0 && head.indexOf(')', open) < 0) {
      head = head.substring(0, open); // never half a parenthesis
    }
    return head.replaceAll("[\\s,;:–-]+$", "");
  }
}
