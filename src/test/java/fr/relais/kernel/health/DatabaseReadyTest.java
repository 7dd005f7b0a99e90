package fr.relais.kernel.health;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadyTest {

  /** A data source whose database is down: every connection attempt fails. */
  private static final class Unreachable implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("Connection refused");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("no " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void notReadyWhileTheDatabaseIsDown() {
    assertFalse(DatabaseReady.reachable(new Unreachable()));
  }
}
