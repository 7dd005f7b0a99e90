package fr.relais.reporting;

import java.util.List;
import java.util.Locale;

/** A dashboard as the API gives it: numbers for programs, texts as the page shows them. */
public record ReportJson(
    String title, boolean noData, List<FigureJson> headlines, List<TableJson> tables) {

  /** A figure: value null when hidden ("< 5") or not computable ("–"). */
  public record FigureJson(String label, Double value, boolean hidden, String text) {}

  public record RowJson(String label, List<FigureJson> figures) {}

  public record TableJson(
      String id, String title, List<String> columns, List<RowJson> rows, RowJson total) {}

  public static ReportJson of(Dashboard dashboard, Locale locale) {
    return new ReportJson(
        dashboard.title(),
        dashboard.noData(),
        dashboard.headlines().stream().map(h -> figure(h.label(), h.figure(), locale)).toList(),
        dashboard.sections().stream().map(s -> table(s.table(), locale)).toList());
  }

  private static TableJson table(ReportTable table, Locale locale) {
    return new TableJson(
        table.id(),
        table.title(),
        table.columns(),
        table.rows().stream().map(r -> row(table, r, locale)).toList(),
        table.total() == null ? null : row(table, table.total(), locale));
  }

  private static RowJson row(ReportTable table, ReportTable.Row row, Locale locale) {
    List<FigureJson> figures = new java.util.ArrayList<>();
    for (int c = 0; c < row.figures().size(); c++) {
      figures.add(figure(table.columns().get(c), row.figure(c), locale));
    }
    return new RowJson(row.label(), figures);
  }

  private static FigureJson figure(String label, Figure figure, Locale locale) {
    return new FigureJson(label, figure.number(), figure.hidden(), figure.text(locale));
  }
}
