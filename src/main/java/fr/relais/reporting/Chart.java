package fr.relais.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart drawn from columns of a report table (hidden figures become gaps), the same for the page
 * (Chart.js through p:chart) and the PDF (an image).
 */
public record Chart(String title, Type type, List<String> labels, List<Series> series) {

  public enum Type {
    BAR,
    LINE
  }

  public record Series(String name, List<Double> values) {}

  /** The columns of table as series, one bar or point per row (the total row is left out). */
  public static Chart of(ReportTable table, Type type, int... columns) {
    List<String> labels = table.rows().stream().map(ReportTable.Row::label).toList();
    List<Series> series = new ArrayList<>();
    for (int column : columns) {
      List<Double> values = new ArrayList<>();
      for (ReportTable.Row row : table.rows()) {
        Figure figure = row.figure(column);
        Double number = figure.number();
        if (number != null && figure.kind() == Figure.Kind.PERCENT) {
          number = number * 100; // chart axes read percentages
        }
        values.add(number);
      }
      series.add(new Series(table.columns().get(column), values));
    }
    return new Chart(table.title(), type, labels, series);
  }

  public boolean empty() {
    return labels.isEmpty();
  }
}
