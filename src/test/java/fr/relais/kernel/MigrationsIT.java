package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Deployments;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema in the container, on a real PostgreSQL: Flyway applied every migration and JPA
 * generated nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Test
  void migrationsAreAppliedAndJpaGeneratedNothing() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertEquals(
          0, Sql.number(c, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
      assertTrue(
          Sql.number(c, "SELECT count(*) FROM flyway_schema_history WHERE version = '1'") == 1);
      for (String table :
          List.of(
              "account",
              "account_role",
              "site",
              "room",
              "theme",
              "activity",
              "session",
              "session_trainer")) {
        assertEquals(
            1,
            Sql.number(
                c,
                "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                    + table
                    + "'"),
            table);
      }
      // EclipseLink's own DDL would have left its SEQUENCE table behind.
      assertEquals(
          0,
          Sql.number(
              c,
              "SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = 'sequence'"));
    }
  }
}
