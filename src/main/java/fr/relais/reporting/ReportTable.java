package fr.relais.reporting;

import fr.relais.kernel.Disclosure;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of a dashboard, an export or the annual report, already cleared for showing: every figure
 * drawn from fewer than five people reads "< 5", with complementary cells hidden so that the total
 * gives nothing away ({@link Disclosure#hide}).
 *
 * @param columns headers of the figure columns
 * @param total the total row, or null
 */
public record ReportTable(
    String id, String title, String labelHeader, List<String> columns, List<Row> rows, Row total) {

  /** A row; month is set when the row is a calendar month (spreadsheets then write a date). */
  public record Row(String label, List<Figure> figures, YearMonth month) {

    public Row(String label, List<Figure> figures) {
      this(label, figures, null);
    }

    public Figure figure(int column) {
      return figures.get(column);
    }
  }

  public boolean hasNoRows() {
    return rows.isEmpty();
  }

  /** Whether anything at all was hidden: the page says why. */
  public boolean suppressed() {
    return rows.stream().flatMap(r -> r.figures().stream()).anyMatch(Figure::hidden)
        || (total != null && total.figures().stream().anyMatch(Figure::hidden));
  }

  public static Builder builder(String id, String title, String labelHeader) {
    return new Builder(id, title, labelHeader);
  }

  /**
   * Collects rows with, per column, the "people group" its figures are drawn from (participants,
   * hot respondents, cold respondents…), or none for figures about sessions and seats.
   */
  public static final class Builder {

    private static final int NO_GROUP = -1;

    private final String id;
    private final String title;
    private final String labelHeader;
    private final List<String> columns = new ArrayList<>();
    private final List<Integer> groups = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<YearMonth> months = new ArrayList<>();
    private final List<long[]> people = new ArrayList<>();
    private final List<List<Figure>> figures = new ArrayList<>();
    private Row total;
    private long[] totalPeople;
    private final List<Parts> partitions = new ArrayList<>();

    /** Rows (by index) that add up to another row of the table. */
    private record Parts(int whole, List<Integer> parts) {}

    private Builder(String id, String title, String labelHeader) {
      this.id = id;
      this.title = title;
      this.labelHeader = labelHeader;
    }

    /** A column about sessions or seats: never hidden. */
    public Builder column(String header) {
      return column(header, NO_GROUP);
    }

    /** Columns of no group, in this order. */
    public Builder columns(List<String> headers) {
      headers.forEach(this::column);
      return this;
    }

    /** A column whose figures are drawn from the people of group (0, 1…) of each row. */
    public Builder column(String header, int group) {
      columns.add(header);
      groups.add(group);
      return this;
    }

    /** A row; people[g] counts the people behind the figures of group g. */
    public Builder row(String label, long[] rowPeople, List<Figure> rowFigures) {
      check(rowFigures);
      labels.add(label);
      months.add(null);
      people.add(rowPeople);
      figures.add(rowFigures);
      return this;
    }

    public Builder row(String label, List<Figure> rowFigures) {
      return row(label, new long[0], rowFigures);
    }

    /** A row for a calendar month. */
    public Builder row(String label, YearMonth month, List<Figure> rowFigures) {
      row(label, new long[0], rowFigures);
      months.set(months.size() - 1, month);
      return this;
    }

    /** How many rows so far: the index of the next one. */
    public int rowCount() {
      return labels.size();
    }

    /**
     * Declares that the rows parts add up to the row whole (an overall row and its breakdown by
     * format, in one table): a hidden part is protected against whole minus the shown parts, as by
     * a total.
     */
    public Builder parts(int whole, List<Integer> parts) {
      partitions.add(new Parts(whole, List.copyOf(parts)));
      return this;
    }

    public Builder total(String label, long[] rowPeople, List<Figure> rowFigures) {
      check(rowFigures);
      total = new Row(label, rowFigures);
      totalPeople = rowPeople;
      return this;
    }

    private void check(List<Figure> rowFigures) {
      if (rowFigures.size() != columns.size()) {
        throw new IllegalArgumentException(rowFigures.size() + " figures for " + columns);
      }
    }

    /** The table seen on its own (no broader report to be subtracted from). */
    public ReportTable build() {
      return build(Clearance.alone());
    }

    /**
     * Hides, per people group, the small cells, the cells a broader report would give back by
     * difference (clearance), then enough others that the total gives none of them back.
     */
    ReportTable build(Clearance clearance) {
      for (int r = 0; r < labels.size(); r++) {
        clearance.census().count(id, labels.get(r), people.get(r));
      }
      if (total != null) {
        clearance.census().count(id, Census.TOTAL, totalPeople);
      }
      List<List<Figure>> shown = new ArrayList<>();
      figures.forEach(f -> shown.add(new ArrayList<>(f)));
      List<Figure> totalShown = total == null ? null : new ArrayList<>(total.figures());
      for (int group : groups.stream().filter(g -> g != NO_GROUP).distinct().toList()) {
        clear(group, clearance, shown, totalShown);
      }
      List<Row> rows = new ArrayList<>();
      for (int r = 0; r < labels.size(); r++) {
        rows.add(new Row(labels.get(r), List.copyOf(shown.get(r)), months.get(r)));
      }
      return new ReportTable(
          id,
          title,
          labelHeader,
          List.copyOf(columns),
          List.copyOf(rows),
          totalShown == null ? null : new Row(total.label(), List.copyOf(totalShown)));
    }

    private void clear(
        int group, Clearance clearance, List<List<Figure>> shown, List<Figure> totalShown) {
      List<Long> counts = people.stream().map(p -> group < p.length ? p[group] : 0L).toList();
      Set<Integer> forced = new TreeSet<>();
      for (int r = 0; r < counts.size(); r++) {
        if (clearance.revealsByDifference(id, labels.get(r), group, counts.get(r))) {
          forced.add(r);
        }
      }
      long all = total != null && group < totalPeople.length ? totalPeople[group] : 0;
      boolean totalForced =
          total != null && clearance.revealsByDifference(id, Census.TOTAL, group, all);
      List<List<Long>> elsewhere = clearance.elsewhere(id, labels, counts, group);
      // A total hidden for its difference needs no complement: nothing to subtract from.
      Disclosure.Hidden hidden =
          Disclosure.hide(counts, total != null && !totalForced, forced, elsewhere);
      Set<Integer> hiddenRows = new TreeSet<>(hidden.cells());
      for (Parts p : partitions) {
        if (!hiddenRows.contains(p.whole())) {
          hideParts(p, counts, elsewhere, hiddenRows);
        }
      }
      for (int r : hiddenRows) {
        hideGroup(shown.get(r), group);
      }
      boolean totalTooSmall = all > 0 && !Disclosure.showable(all);
      if (totalShown != null && (hidden.total() || totalTooSmall || totalForced)) {
        hideGroup(totalShown, group);
      }
    }

    /** Protects hidden parts against their shown whole, as a total; may hide the whole too. */
    private static void hideParts(
        Parts p, List<Long> counts, List<List<Long>> elsewhere, Set<Integer> hiddenRows) {
      List<Integer> parts = p.parts();
      Set<Integer> already = new TreeSet<>();
      for (int i = 0; i < parts.size(); i++) {
        if (hiddenRows.contains(parts.get(i))) {
          already.add(i);
        }
      }
      Disclosure.Hidden hidden =
          Disclosure.hide(
              parts.stream().map(counts::get).toList(),
              true,
              already,
              elsewhere.stream().map(e -> parts.stream().map(e::get).toList()).toList());
      hidden.cells().forEach(i -> hiddenRows.add(parts.get(i)));
      if (hidden.total()) {
        hiddenRows.add(p.whole());
      }
    }

    private void hideGroup(List<Figure> row, int group) {
      for (int c = 0; c < row.size(); c++) {
        if (groups.get(c) == group) {
          row.set(c, row.get(c).hide());
        }
      }
    }
  }
}
