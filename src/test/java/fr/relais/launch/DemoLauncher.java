package fr.relais.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The README's run command: a real PostgreSQL (embedded, its data in .relais/postgres so it
 * survives restarts; or RELAIS_DB_URL's server), then Payara Micro with Relais in demo mode at
 * http://localhost:8080/ (RELAIS_PORT to change), its mail caught by an embedded SMTP server
 * (GreenMail) unless RELAIS_MAIL_HOST names a real one. Ctrl-C stops everything.
 */
public final class DemoLauncher {

  private DemoLauncher() {}

  /**
   * The demo's pseudonym key, made once and kept next to the demo database (both git-ignored): a
   * new key would orphan every earlier survey answer.
   */
  static String surveySecret(Path file) throws java.io.IOException {
    if (java.nio.file.Files.exists(file)) {
      return java.nio.file.Files.readString(file).strip();
    }
    byte[] bytes = new byte[36];
    new java.security.SecureRandom().nextBytes(bytes);
    String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, secret);
    return secret;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("relais.root", ".")).toAbsolutePath().normalize();
    Path target = root.resolve("target");
    int port = Integer.parseInt(System.getenv().getOrDefault("RELAIS_PORT", "8080"));
    long started = System.nanoTime();

    DatabaseServer database = DatabaseServer.external();
    Map<String, String> properties = new LinkedHashMap<>();
    if (database == null) {
      database =
          DatabaseServer.embedded(
              root.resolve(".relais/postgres"), root.resolve(".relais/postgres-bin"), true);
      database.createDatabase("relais", false);
      properties.put("relais.db.url", database.url("relais"));
      properties.put("relais.db.user", database.user());
      properties.put("relais.db.password", database.password());
      System.out.println("Embedded PostgreSQL ready: " + database.url("relais"));
    } else {
      System.out.println("Using the PostgreSQL server of RELAIS_DB_URL");
    }
    properties.put("relais.demo", System.getenv().getOrDefault("RELAIS_DEMO", "true"));
    MailCatcher mail = null;
    if (System.getenv("RELAIS_MAIL_HOST") == null) {
      mail = MailCatcher.start(PayaraMicro.freePort());
      properties.put("relais.mail.host", "127.0.0.1");
      properties.put("relais.mail.port", String.valueOf(mail.port()));
      properties.put("relais.mail.retrySeconds", "10");
      System.out.println(
          "Embedded SMTP server (GreenMail) catching all mail on port " + mail.port());
    }
    properties.put("relais.publicUrl", "http://localhost:" + port);
    if (System.getenv("RELAIS_SURVEY_SECRET") == null) {
      properties.put("relais.survey.secret", surveySecret(root.resolve(".relais/survey-secret")));
    }

    DatabaseServer db = database;
    MailCatcher catcher = mail;
    PayaraMicro micro =
        PayaraMicro.start(
            target.resolve("payara-micro.jar"),
            target.resolve("relais.war"),
            port,
            properties,
            target.resolve("tmp"),
            null);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  micro.close();
                  if (catcher != null) {
                    catcher.close();
                  }
                  try {
                    db.close();
                  } catch (Exception ignored) {
                    // Stopping anyway.
                  }
                }));
    micro.awaitReady("/", Duration.ofMinutes(6));
    long seconds = (System.nanoTime() - started) / 1_000_000_000;
    System.out.printf(
        "%n  Relais is ready at %s/  (started in %d s; Ctrl-C to stop)%n%n",
        micro.baseUrl(), seconds);
    micro.process().waitFor();
  }
}
