package fr.relais.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people behind each cell of a dashboard's tables (per table, row label and people group),
 * counted before anything is hidden. Never shown anywhere: only compared with a narrower report's
 * ({@link Clearance}).
 */
final class Census {

  /** The key of a table's total row, which no row label can take. */
  static final String TOTAL = "\u0000total";

  /** Rows of one label in table order (two sessions of one day can share a label). */
  private final Map<String, Map<String, List<long[]>>> tables = new HashMap<>();

  void count(String table, String row, long[] people) {
    tables
        .computeIfAbsent(table, t -> new HashMap<>())
        .computeIfAbsent(row, r -> new ArrayList<>())
        .add(people.clone());
  }

  /** The people of group in each row of that label (none when the row is absent). */
  List<Long> people(String table, String row, int group) {
    return tables.getOrDefault(table, Map.of()).getOrDefault(row, List.of()).stream()
        .map(p -> group < p.length ? p[group] : 0L)
        .toList();
  }
}
