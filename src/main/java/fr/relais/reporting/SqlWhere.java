package fr.relais.reporting;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions of a native report query with their positional parameters: filters stay in SQL, and
 * values never enter the query text.
 */
final class SqlWhere {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  /** Adds "AND condition", whose ? placeholders take the values in order. */
  SqlWhere and(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  /** Adds the condition only when value is set. */
  SqlWhere andIf(Object value, String condition) {
    return value == null ? this : and(condition, value instanceof Enum<?> e ? e.name() : value);
  }

  /** The value of a ? the query writes itself (not a condition of this clause). */
  SqlWhere value(Object value) {
    parameters.add(value);
    return this;
  }

  /** Continues with the parameters of another part of the same query. */
  SqlWhere then(SqlWhere next) {
    parameters.addAll(next.parameters);
    return this;
  }

  List<Object> parameters() {
    return parameters;
  }

  <Q extends Query> Q bind(Q query) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  @Override
  public String toString() {
    return sql.toString();
  }
}
