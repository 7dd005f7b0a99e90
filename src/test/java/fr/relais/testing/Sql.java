package fr.relais.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What tests read or write straight in the database, with parameters, never pasted values. */
public final class Sql {

  private Sql() {}

  /** The first column of the first row as a number: an id, a count, a RETURNING id. */
  public static long number(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, values);
        ResultSet r = statement.executeQuery()) {
      if (!r.next()) {
        throw new AssertionError("no row for " + sql);
      }
      return r.getLong(1);
    }
  }

  /** The first column of the first row as text (null when the row holds null). */
  public static String text(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, values);
        ResultSet r = statement.executeQuery()) {
      if (!r.next()) {
        throw new AssertionError("no row for " + sql);
      }
      return r.getString(1);
    }
  }

  /** The first row, every column as text; fails when there is none. */
  public static String[] row(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, values);
        ResultSet r = statement.executeQuery()) {
      if (!r.next()) {
        throw new AssertionError("no row for " + sql);
      }
      String[] row = new String[r.getMetaData().getColumnCount()];
      for (int i = 0; i < row.length; i++) {
        row[i] = r.getString(i + 1);
      }
      return row;
    }
  }

  /** As {@link #number(Connection, String, Object...)}, on a connection of its own. */
  public static long number(DataSource source, String sql, Object... values) throws SQLException {
    try (Connection c = source.getConnection()) {
      return number(c, sql, values);
    }
  }

  /** As {@link #text(Connection, String, Object...)}, on a connection of its own. */
  public static String text(DataSource source, String sql, Object... values) throws SQLException {
    try (Connection c = source.getConnection()) {
      return text(c, sql, values);
    }
  }

  /** An INSERT, UPDATE or DELETE; returns the rows it touched. */
  public static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, values)) {
      return statement.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... values)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement;
  }
}
