package fr.relais.kernel.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * GET /health/ready: DOWN (503) while PostgreSQL does not answer, so that a load balancer sends
 * requests elsewhere; UP again as soon as the pool reconnects. Says nothing about the database
 * beyond up or down.
 */
@Readiness
@ApplicationScoped
public class DatabaseReady implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReady.class.getName());

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    return reachable(dataSource)
        ? HealthCheckResponse.up("database")
        : HealthCheckResponse.down("database");
  }

  /** Whether a connection can be had and answers within two seconds. */
  static boolean reachable(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Database not ready: {0}", e.getMessage());
      return false;
    }
  }
}
