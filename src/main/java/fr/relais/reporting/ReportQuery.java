package fr.relais.reporting;

import java.util.List;

/**
 * One report query with its positional parameters, by name: what a dashboard runs, what the
 * benchmark explains (EXPLAIN (ANALYZE, BUFFERS)) and what the tests compare with the queries of
 * before issue 21.
 */
public record ReportQuery(String name, String sql, List<Object> parameters) {

  public ReportQuery {
    parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
  }
}
