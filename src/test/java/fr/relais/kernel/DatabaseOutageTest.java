package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** An unreachable database is a passing outage (503, try again), not an internal error. */
class DatabaseOutageTest {

  private static boolean unreachable(Throwable t) {
    return DatabaseOutage.causedBy(t);
  }

  @Test
  void lostOrRefusedConnectionsAndShutdownsAreOutages() {
    assertTrue(unreachable(new PersistenceException(new SQLException("refused", "08001"))));
    assertTrue(unreachable(new RuntimeException(new SQLException("terminating", "57P01"))));
    assertTrue(
        unreachable(
            new PersistenceException(
                new SQLException("Error in allocating a connection. Cause: timeout"))));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(unreachable(new PersistenceException(new SQLException("duplicate", "23505"))));
    assertFalse(unreachable(new IllegalStateException("bug")));
  }
}
