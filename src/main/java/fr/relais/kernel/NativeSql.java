package fr.relais.kernel;

import jakarta.persistence.Query;
import java.util.List;

/** A native SQL query run with its positional parameters bound in order (?1, ?2, …). */
public final class NativeSql {

  private NativeSql() {}

  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(Query query, Object... parameters) {
    return bound(query, parameters).getResultList();
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
