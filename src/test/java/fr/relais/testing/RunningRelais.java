package fr.relais.testing;

import fr.relais.launch.PayaraMicro;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Relais running in demo mode, as a person would use it, for the browser and HTTP tests: one Payara
 * Micro for all of them, started on first use and stopped with the test JVM.
 */
public final class RunningRelais {

  private static PayaraMicro micro;
  private static Duration startup;

  private RunningRelais() {}

  public static synchronized String baseUrl() {
    if (micro == null) {
      start();
    }
    return micro.baseUrl();
  }

  /** The Payara Micro process (to check what it shows and listens on). */
  public static synchronized long pid() {
    baseUrl();
    return micro.pid();
  }

  public static synchronized int port() {
    baseUrl();
    return micro.port();
  }

  public static Duration startupTime() {
    return startup;
  }

  private static void start() {
    TestEnvironment env = TestEnvironment.get();
    Path target = env.target();
    int port;
    try {
      port = PayaraMicro.freePort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      micro =
          PayaraMicro.start(
              target.resolve("payara-micro.jar"),
              target.resolve("relais.war"),
              port,
              Map.of(
                  "relais.db.url",
                  env.database().url(TestEnvironment.APP_DB),
                  "relais.db.user",
                  env.database().user(),
                  "relais.db.password",
                  env.database().password(),
                  "relais.demo",
                  "true",
                  "relais.mail.host",
                  "127.0.0.1",
                  "relais.mail.port",
                  String.valueOf(env.mail().port()),
                  "relais.mail.retrySeconds",
                  "1",
                  "relais.publicUrl",
                  "http://localhost:" + port,
                  "relais.survey.secret",
                  TestEnvironment.SURVEY_SECRET),
              target.resolve("tmp"),
              target.resolve("logs/relais-app.log"));
      startup = micro.awaitReady("/", Duration.ofMinutes(6));
      System.out.println(
          "Relais for browser tests at " + micro.baseUrl() + ", ready in " + startup);
    } catch (Exception e) {
      throw new IllegalStateException("Relais did not start; see target/logs/relais-app.log", e);
    }
  }

  static synchronized void stopIfStarted() {
    if (micro != null) {
      micro.close();
      micro = null;
    }
  }
}
