package fr.relais.testing;

import fr.relais.launch.DatabaseServer;
import fr.relais.launch.MailCatcher;
import fr.relais.launch.PayaraMicro;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * What the integration tests share in one JVM: one PostgreSQL server (embedded, fresh each run, or
 * RELAIS_DB_URL's) with one database for the Arquillian deployments and one for the running
 * application the browser and HTTP tests use. Started once, before any test, by {@link
 * TestSessionListener}.
 */
public final class TestEnvironment {

  public static final String ARQUILLIAN_DB = "relais_it_arquillian";
  public static final String APP_DB = "relais_it_app";

  /** The tests' pseudonym key (never used outside tests). */
  public static final String SURVEY_SECRET = "test-only-pseudonym-key-0123456789abcdef";

  private static TestEnvironment current;

  private final DatabaseServer database;
  private final Path target;
  private final MailCatcher mail;

  private TestEnvironment(DatabaseServer database, Path target, MailCatcher mail) {
    this.database = database;
    this.target = target;
    this.mail = mail;
  }

  public static synchronized TestEnvironment get() {
    if (current == null) {
      try {
        current = start();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot start the test database", e);
      }
    }
    return current;
  }

  static synchronized void stop() {
    if (current != null) {
      RunningRelais.stopIfStarted();
      current.mail.close();
      try {
        current.database.close();
      } catch (Exception ignored) {
        // The JVM is ending.
      }
      current = null;
    }
  }

  private static TestEnvironment start() throws Exception {
    Path target = Path.of(System.getProperty("relais.target", "target")).toAbsolutePath();
    DatabaseServer database = DatabaseServer.external();
    if (database == null) {
      database =
          DatabaseServer.embedded(
              target.resolve("it-postgres/data"), target.resolve("it-postgres/bin"), false);
    }
    database.createDatabase(ARQUILLIAN_DB, true);
    database.createDatabase(APP_DB, true);
    TestEnvironment environment =
        new TestEnvironment(database, target, MailCatcher.start(PayaraMicro.freePort()));
    environment.configureArquillian();
    Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment::stop));
    return environment;
  }

  /**
   * Arquillian's Payara Micro reads its JVM options and its own options from these properties when
   * it boots. The settings, database password and survey secret included, go in a file only the
   * owner may read ({@code --systemproperties}), not on the command line {@code ps} shows.
   */
  private void configureArquillian() throws java.io.IOException {
    Path settings =
        PayaraMicro.writePrivately(
            target.resolve("arquillian-micro.properties"),
            java.util.Map.of(
                "relais.db.url", database.url(ARQUILLIAN_DB),
                "relais.db.user", database.user(),
                "relais.db.password", database.password(),
                "relais.mail.host", "127.0.0.1",
                "relais.mail.port", String.valueOf(mail.port()),
                "relais.mail.retrySeconds", "1",
                "relais.survey.secret", SURVEY_SECRET));
    System.setProperty("payara.cmdOptions", "-Xmx768m -Djava.io.tmpdir=" + target.resolve("tmp"));
    // Arquillian adds --nocluster; the boot commands turn the data grid (port 6900) off.
    System.setProperty(
        "payara.extraMicroOptions",
        "--systemproperties "
            + settings
            + " --prebootcommandfile "
            + PayaraMicro.writeBootCommands(target.resolve("tmp")));
  }

  /** The SMTP server every Relais of the tests sends to. */
  public MailCatcher mail() {
    return mail;
  }

  public DatabaseServer database() {
    return database;
  }

  public Path target() {
    return target;
  }

  public java.sql.Connection connect(String databaseName) throws SQLException {
    return java.sql.DriverManager.getConnection(
        database.url(databaseName), database.user(), database.password());
  }
}
