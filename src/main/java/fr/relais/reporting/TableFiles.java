package fr.relais.reporting;

import fr.relais.kernel.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Report tables as files: CSV (texts as the page shows them) and XLSX (numbers as numbers, "< 5" as
 * text, one sheet per table). The tables are already cleared: nothing is suppressed here.
 */
public final class TableFiles {

  private TableFiles() {}

  public static String csv(ReportTable table, Locale locale) {
    Csv csv = new Csv();
    List<Object> header = new ArrayList<>();
    header.add(table.labelHeader());
    header.addAll(table.columns());
    csv.row(header);
    for (ReportTable.Row row : rows(table)) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.label());
      row.figures().forEach(f -> cells.add(f.text(locale)));
      csv.row(cells);
    }
    return csv.toString();
  }

  public static byte[] xlsx(List<ReportTable> tables) {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Set<String> names = new HashSet<>();
      for (ReportTable table : tables) {
        sheet(book, styles, table, names);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Workbook book, Styles styles, ReportTable table, Set<String> names) {
    Sheet sheet = book.createSheet(sheetName(table.title(), names));
    Row title = sheet.createRow(0);
    text(title, 0, table.title(), styles.bold);
    Row header = sheet.createRow(2);
    text(header, 0, table.labelHeader(), styles.bold);
    for (int c = 0; c < table.columns().size(); c++) {
      text(header, c + 1, table.columns().get(c), styles.bold);
    }
    int r = 3;
    for (ReportTable.Row row : rows(table)) {
      Row line = sheet.createRow(r++);
      text(line, 0, row.label(), row == table.total() ? styles.bold : null);
      for (int c = 0; c < row.figures().size(); c++) {
        figure(line.createCell(c + 1), row.figure(c), styles);
      }
    }
    sheet.setColumnWidth(0, 40 * 256);
    for (int c = 1; c <= table.columns().size(); c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
  }

  private static void figure(Cell cell, Figure figure, Styles styles) {
    if (figure.hidden()) {
      cell.setCellValue(Figure.HIDDEN_TEXT);
    } else if (figure.value() != null) {
      cell.setCellValue(figure.value());
      cell.setCellStyle(
          switch (figure.kind()) {
            case COUNT -> styles.count;
            case PERCENT -> styles.percent;
            case DECIMAL, SIGNED -> styles.decimal;
          });
    }
  }

  private static List<ReportTable.Row> rows(ReportTable table) {
    List<ReportTable.Row> rows = new ArrayList<>(table.rows());
    if (table.total() != null) {
      rows.add(table.total());
    }
    return rows;
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** Sheet names: 31 characters at most, no []:*?/\, unique in the workbook. */
  private static String sheetName(String title, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(title);
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + " " + i;
    }
    return name;
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle decimal;

    Styles(Workbook book) {
      Font font = book.createFont();
      font.setBold(true);
      bold = book.createCellStyle();
      bold.setFont(font);
      count = book.createCellStyle();
      count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
      percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));
      decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
    }
  }
}
