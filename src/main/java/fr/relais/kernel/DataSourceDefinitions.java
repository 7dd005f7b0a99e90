package fr.relais.kernel;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's only data source. Its settings come from MicroProfile Config, so the
 * environment variables RELAIS_DB_URL, RELAIS_DB_USER and RELAIS_DB_PASSWORD (or the system
 * properties relais.db.*) override the defaults in META-INF/microprofile-config.properties.
 */
@DataSourceDefinition(
    name = DataSourceDefinitions.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=relais.db.url}",
    user = "${MPCONFIG=relais.db.user}",
    password = "${MPCONFIG=relais.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      // Fail fast rather than queue forever when the database is gone.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      // A connection is checked at most every 10 s, not on every checkout (one round trip
      // saved per statement; measured in docs/performance.md). A lost server is still noticed:
      // the first failure drops every connection (fail-all), the pool then makes new ones.
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class DataSourceDefinitions {
  public static final String JNDI_NAME = "java:app/jdbc/relais";
}
