package fr.relais.kernel;

import java.sql.SQLException;

/**
 * Tells a passing database outage from a bug: the API then answers 503 and pages say "try again in
 * a minute" instead of "something went wrong".
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  /**
   * A connection that could not be made or was lost (SQLSTATE 08…), a server shutting down (57P…),
   * or a pool that could not hand out a connection, anywhere in the chain of causes.
   */
  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
      if (t instanceof jakarta.resource.ResourceException
          || String.valueOf(t.getMessage()).startsWith("Error in allocating a connection")) {
        return true;
      }
    }
    return false;
  }
}
