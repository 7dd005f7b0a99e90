package fr.relais.reporting;

import java.util.List;
import java.util.Optional;

/**
 * What a dashboard shows for a filter: headline figures, then sections of one table each, with a
 * chart when one helps. Empty when nothing happened in the period: the page says so instead of
 * showing tables of zeros.
 */
public record Dashboard(
    String title, List<Headline> headlines, List<Section> sections, boolean noData) {

  public record Headline(String label, Figure figure) {}

  public record Section(ReportTable table, Chart chart) {

    public boolean hasChart() {
      return chart != null && !chart.empty();
    }
  }

  public Optional<ReportTable> table(String id) {
    return sections.stream().map(Section::table).filter(t -> t.id().equals(id)).findFirst();
  }
}
