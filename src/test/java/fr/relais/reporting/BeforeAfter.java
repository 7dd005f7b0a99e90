package fr.relais.reporting;

import fr.relais.kernel.ClockProducer;
import fr.relais.quality.PublicResults;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs every report query of issue 21's change twice on the same data, as it was before ({@link
 * BeforeIssue21}) and as it is ({@link ReportQueries}, {@link PublicResults#SQL}), and says where
 * their rows differ. Used by ReportsBeforeAfterIT (generated data in the test database) and by
 * ReportsBench (its generated data at each scale). The Java that turns rows into figures, hides
 * small groups and adds totals is unchanged, so equal rows mean equal reports.
 *
 * <p>Rows are compared as values: a count is equal to the same number whatever its SQL type (a
 * bigint count and a numeric sum of counts), a float8 to ten significant digits (an average of the
 * same numbers may differ in its last bits when they are added in another order), and as multisets,
 * in the same order as well where the query's ORDER BY fixes it.
 */
public final class BeforeAfter {

  /** Queries whose ORDER BY fixes the order of every row: their order must be the same too. */
  private static final Set<String> ORDERED =
      Set.of(
          ActivityReport.BY_MONTH,
          WellbeingReport.CHANGES,
          SatisfactionReport.COMMENTS,
          SatisfactionReport.CLIENT_COMMENTS,
          "public-results");

  private BeforeAfter() {}

  /** One query compared: its rows, both timings, and null or what differs. */
  public record Outcome(
      String query, int rows, long beforeNanos, long afterNanos, String difference) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-30s %6d rows  before %8.1f ms  after %8.1f ms  %s",
          query,
          rows,
          beforeNanos / 1e6,
          afterNanos / 1e6,
          difference == null ? "identical" : "DIFFERENT: " + difference);
    }
  }

  /** Every dashboard query for filter, before and after. */
  public static List<Outcome> dashboards(Connection c, ReportFilter filter, Locale locale)
      throws SQLException {
    List<Outcome> outcomes = new ArrayList<>();
    for (Reports.Kind kind : Reports.Kind.values()) {
      List<ReportQuery> before = BeforeIssue21.of(kind, filter, locale);
      List<ReportQuery> after = ReportQueries.of(kind, filter, locale);
      if (before.size() != after.size()) {
        throw new IllegalStateException(
            kind + ": " + before.size() + " queries before, " + after.size());
      }
      for (int i = 0; i < before.size(); i++) {
        outcomes.add(compare(c, before.get(i), after.get(i)));
      }
    }
    return outcomes;
  }

  /** The public results query for the Paris days [from, to), before and after. */
  public static Outcome publicResults(Connection c, LocalDate from, LocalDate to)
      throws SQLException {
    List<Object> bounds =
        List.of(
            Timestamp.from(from.atStartOfDay(ClockProducer.PARIS).toInstant()),
            Timestamp.from(to.atStartOfDay(ClockProducer.PARIS).toInstant()));
    return compare(
        c,
        new ReportQuery("public-results", BeforeIssue21.PUBLIC_RESULTS, bounds),
        new ReportQuery("public-results", PublicResults.SQL, bounds));
  }

  static Outcome compare(Connection c, ReportQuery before, ReportQuery after) throws SQLException {
    if (!before.name().equals(after.name())
        || !String.valueOf(before.parameters()).equals(String.valueOf(after.parameters()))) {
      throw new IllegalStateException(
          before.name() + " / " + after.name() + ": not the same query");
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL work_mem = '64MB'"); // as ReportRepository.roomToAggregate
      long t0 = System.nanoTime();
      List<String> old = rows(c, before);
      long t1 = System.nanoTime();
      List<String> now = rows(c, after);
      long t2 = System.nanoTime();
      return new Outcome(
          before.name(), now.size(), t1 - t0, t2 - t1, difference(before.name(), old, now));
    } finally {
      c.rollback();
      c.setAutoCommit(autoCommit);
    }
  }

  private static String difference(String name, List<String> old, List<String> now) {
    List<String> a = new ArrayList<>(old);
    List<String> b = new ArrayList<>(now);
    a.sort(null);
    b.sort(null);
    if (!a.equals(b)) {
      List<String> missing = new ArrayList<>(a);
      b.forEach(missing::remove);
      List<String> extra = new ArrayList<>(b);
      a.forEach(extra::remove);
      return old.size()
          + " rows before, "
          + now.size()
          + " after; only before: "
          + head(missing)
          + "; only after: "
          + head(extra);
    }
    if (ORDERED.contains(name) && !old.equals(now)) {
      return "same rows in another order: before " + head(old) + ", after " + head(now);
    }
    return null;
  }

  private static String head(List<String> rows) {
    return rows.size() <= 3 ? rows.toString() : rows.subList(0, 3) + " … (" + rows.size() + ")";
  }

  /** The rows of a query, each as the text of its values (see the class comment). */
  static List<String> rows(Connection c, ReportQuery query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query.sql())) {
      for (int i = 0; i < query.parameters().size(); i++) {
        ps.setObject(i + 1, query.parameters().get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int col = 1; col <= columns; col++) {
            row.append(col == 1 ? "" : " | ").append(value(rs.getObject(col)));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }

  static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return d == 0
          ? "0"
          : new BigDecimal(d)
              .round(new java.math.MathContext(10))
              .stripTrailingZeros()
              .toPlainString();
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (v instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    return v.toString();
  }
}
