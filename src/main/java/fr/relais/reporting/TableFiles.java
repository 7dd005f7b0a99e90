package fr.relais.reporting;

import fr.relais.kernel.Csv;
import fr.relais.kernel.Spreadsheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  /**
   * One sheet per table, named after it; row 1 its headers (the table's title is the sheet's name
   * and, for a single table, the workbook's title); months as dates, figures as numbers, "< 5" as
   * text.
   */
  public static byte[] xlsx(List<ReportTable> tables, String title, String author) {
    Spreadsheet book = new Spreadsheet(title, author);
    for (ReportTable table : tables) {
      List<String> headers = new ArrayList<>();
      headers.add(table.labelHeader());
      headers.addAll(table.columns());
      Spreadsheet.Writer sheet = book.sheet(table.title(), headers);
      for (ReportTable.Row row : rows(table)) {
        List<Object> cells = new ArrayList<>();
        boolean total = row == table.total();
        cells.add(
            total
                ? new Spreadsheet.Strong(row.label())
                : row.month() != null ? row.month() : row.label());
        row.figures().forEach(f -> cells.add(value(f)));
        sheet.row(cells);
      }
      int[] widths = new int[headers.size()];
      java.util.Arrays.fill(widths, 16);
      widths[0] = 40;
      sheet.widths(widths);
    }
    return book.bytes();
  }

  private static Object value(Figure figure) {
    if (figure.hidden()) {
      return Figure.HIDDEN_TEXT;
    }
    if (figure.value() == null) {
      return null;
    }
    return switch (figure.kind()) {
      case COUNT -> Math.round(figure.value());
      case PERCENT -> new Spreadsheet.Percent(figure.value());
      case DECIMAL, SIGNED -> new Spreadsheet.Decimal(figure.value());
      case EUROS -> new Spreadsheet.Euros(figure.value());
    };
  }

  private static List<ReportTable.Row> rows(ReportTable table) {
    List<ReportTable.Row> rows = new ArrayList<>(table.rows());
    if (table.total() != null) {
      rows.add(table.total());
    }
    return rows;
  }
}
