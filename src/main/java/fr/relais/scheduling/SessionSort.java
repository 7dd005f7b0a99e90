package fr.relais.scheduling;

import java.util.Map;

/**
 * How the coordinators' list is sorted: a column the page names (never text from the request itself
 * in the query), then the date, then the id, so that pages never overlap. Without a column, what
 * comes soonest first, or for past sessions the latest first.
 */
public final class SessionSort {

  /** Fill rate in per mille, so that a session of 1 seat and one of 20 compare fairly. */
  static final String FILL =
      "CASE WHEN s.capacity > 0 THEN (s.confirmedGeneral + s.confirmedStudents) * 1000 / s.capacity"
          + " ELSE 0 END";

  private static final Map<String, String> COLUMNS =
      Map.of("start", "s.startsAt", "title", "a.title", "status", "s.status", "fillPercent", FILL);

  private SessionSort() {}

  /** " ORDER BY …" for that column (null or unknown: the period's natural order). */
  public static String orderBy(String column, boolean descending, SessionPeriod period) {
    boolean latestFirst = period == SessionPeriod.PAST;
    String expression = column == null ? null : COLUMNS.get(column);
    if (expression == null || "s.startsAt".equals(expression)) {
      boolean down = expression == null ? latestFirst : descending;
      return " ORDER BY s.startsAt" + (down ? " DESC" : "") + ", s.id" + (down ? " DESC" : "");
    }
    String direction = descending ? " DESC" : "";
    return " ORDER BY "
        + expression
        + direction
        + ", s.startsAt"
        + (latestFirst ? " DESC" : "")
        + ", s.id";
  }
}
