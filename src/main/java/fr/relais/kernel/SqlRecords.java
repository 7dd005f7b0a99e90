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
   * Reads rows as records of {@code type}: column to value, the column a name in any case or a
   * field that prints as one (EclipseLink's, perhaps qualified by its table). The record's shape is
   * looked up once, here, for all the rows of a query.
   */
  public static <R extends Record> Reader<R> reader(Class<R> type) {
    return new Reader<>(type);
  }

  /** One record type's components, columns and constructor, for all the rows of a query. */
  public static final class Reader<R extends Record> {

    private final Class<R> type;
    private final String[] columns;
    private final Class<?>[] types;
    private final Constructor<R> constructor;

    private Reader(Class<R> type) {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      columns = new String[components.length];
      types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        columns[i] = column(components[i].getName());
        types[i] = components[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e);
      }
      constructor.setAccessible(true);
    }

    public R read(Map<?, ?> row) {
      Map<String, Object> byName = new HashMap<>();
      row.forEach((column, value) -> byName.put(name(column), value));
      Object[] values = new Object[columns.length];
      for (int i = 0; i < columns.length; i++) {
        if (!byName.containsKey(columns[i])) {
          throw new IllegalStateException(
              type.getSimpleName()
                  + " needs a column "
                  + columns[i]
                  + "; the row has "
                  + byName.keySet());
        }
        values[i] = value(byName.get(columns[i]), types[i], columns[i]);
      }
      try {
        return constructor.newInstance(values);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
      }
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
