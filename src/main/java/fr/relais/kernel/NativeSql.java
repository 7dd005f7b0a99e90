package fr.relais.kernel;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/** A native SQL query run with its positional parameters bound in order (?1, ?2, …). */
public final class NativeSql {

  private NativeSql() {}

  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(Query query, Object... parameters) {
    return bound(query, parameters).getResultList();
  }

  /**
   * The rows as records of {@code type}, each component from the column of its name ({@link
   * SqlRecords}); EclipseLink hands the rows as maps of column names.
   */
  public static <R extends Record> List<R> records(
      Query query, Class<R> type, Object... parameters) {
    query.setHint("eclipselink.result-type", "Map");
    @SuppressWarnings("unchecked")
    List<Map<?, ?>> rows = bound(query, parameters).getResultList();
    SqlRecords.Reader<R> reader = SqlRecords.reader(type);
    return rows.stream().map(reader::read).toList();
  }

  /** An INSERT, UPDATE or DELETE; the number of rows it touched. */
  public static int update(Query query, Object... parameters) {
    return bound(query, parameters).executeUpdate();
  }

  private static Query bound(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
