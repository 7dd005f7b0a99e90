package fr.relais.kernel;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WHERE clause built from optional criteria, each with its named parameter: filters stay in SQL
 * and values never enter the query text.
 */
public final class JpqlWhere {

  private final StringBuilder jpql = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  public JpqlWhere add(String condition, String name, Object value) {
    jpql.append(jpql.length() == 0 ? " WHERE " : " AND ").append(condition);
    parameters.put(name, value);
    return this;
  }

  /** A second parameter for the last condition. */
  public JpqlWhere with(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  public <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public String toString() {
    return jpql.toString();
  }
}
