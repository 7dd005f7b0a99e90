package fr.relais.kernel;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A row of a native query mapped by name onto a record: each component takes the column of its name
 * in snake case ({@code heldSessions} from {@code held_sessions}), so a query's SELECT names what a
 * report reads instead of the report counting positions. A column missing from the row is an error
 * naming it; a null number is 0, as an empty aggregate counts.
 */
public final class SqlRecords {

  private SqlRecords() {}

  /** {@code heldSessions} → {@code held_sessions}. */
  static String column(String component) {
    StringBuilder column = new StringBuilder();
    for (char c : component.toCharArray()) {
      if (Character.isUpperCase(c)) {
        column.append('_');
      }
      column.append(Character.toLowerCase(c));
    }
    return column.toString();
  }

  /**
   * The record of {@code type} that {@code row} holds: column to value, the column a name in any
   * case or a field that prints as one (EclipseLink's, perhaps qualified by its table).
   */
  public static <R extends Record> R of(Map<?, ?> row, Class<R> type) {
    Map<String, Object> byName = new HashMap<>();
    row.forEach((column, value) -> byName.put(name(column), value));
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      String column = column(components[i].getName());
      if (!byName.containsKey(column)) {
        throw new IllegalStateException(
            type.getSimpleName()
                + " needs a column "
                + column
                + "; the row has "
                + byName.keySet());
      }
      types[i] = components[i].getType();
      values[i] = value(byName.get(column), types[i], column);
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
    }
  }

  private static String name(Object column) {
    String name = String.valueOf(column);
    return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(Object value, Class<?> type, String column) {
    if (type == long.class || type == Long.class) {
      return value == null ? (type == long.class ? 0L : null) : ((Number) value).longValue();
    }
    if (type == int.class || type == Integer.class) {
      return value == null ? (type == int.class ? 0 : null) : ((Number) value).intValue();
    }
    if (type == double.class || type == Double.class) {
      return value == null ? (type == double.class ? 0.0 : null) : ((Number) value).doubleValue();
    }
    if (value == null) {
      if (type.isPrimitive()) {
        throw new IllegalStateException(column + " is null, and " + type + " cannot be");
      }
      return null;
    }
    if (type == boolean.class || type == Boolean.class) {
      return value;
    }
    if (type == String.class) {
      return value.toString();
    }
    if (type == Instant.class) {
      return value instanceof Timestamp t
          ? t.toInstant()
          : value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
    if (type == LocalDate.class) {
      return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
    if (type.isEnum()) {
      return Enum.valueOf((Class<Enum>) type, value.toString());
    }
    return type.cast(value);
  }
}
