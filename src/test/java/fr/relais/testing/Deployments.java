package fr.relais.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive in-container tests deploy: the WAR the build produced (so the migrations, the startup
 * beans and the real configuration are all there), plus the test fixtures.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive relais() {
    File war = new File(System.getProperty("relais.war", "target/relais.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(
            Fixtures.class,
            Callers.class,
            Sql.class,
            SqlStatements.class,
            WebClient.class,
            SessionTimes.class,
            SessionTimes.Span.class);
  }
}
