package fr.relais.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What tests read or write straight in the database, with parameters, never pasted values. */
public final class Sql {

  private Sql() {}

  /** The first column of the first row as a number: an id, a count, a RETURNING id. */
  public static long number(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet r = statement.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no row for " + sql);
        }
        return r.getLong(1);
      }
    }
  }
}
