package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.AccessMatrix;
import fr.relais.testing.AccessMatrix.Row;
import fr.relais.testing.ApiResources;
import fr.relais.testing.RunningRelais;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access matrix of docs/security.md, walked over HTTP against the running Relais: every page,
 * servlet and API endpoint, for a visitor and each role, on their own things and on others'. The
 * matrix must list every page of webapp/ and every servlet and JAX-RS method of the code: a new one
 * without its row fails the build.
 */
class AccessMatrixIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final List<String> ROLES =
      List.of("visitor", "participant", "trainer", "coordinator", "admin", "contact");

  private static final Map<String, String> values = new LinkedHashMap<>();
  private static final Map<String, WebClient> clients = new LinkedHashMap<>();

  @BeforeAll
  static void samplesAndClients() throws Exception {
    RunningRelais.baseUrl(); // starts the application (and its demo data) if no test did yet
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      values.putAll(AccessMatrix.samples(c));
    }
    Map<String, String> accounts =
        Map.of(
            "participant", values.get("participantEmail"),
            "trainer", "formatrice@relais.test",
            "coordinator", "coordination@relais.test",
            "admin", "admin@relais.test",
            "contact", "etablissement@relais.test");
    for (String role : ROLES) {
      WebClient client = new WebClient();
      if (!"visitor".equals(role)) {
        assertTrue(client.signIn(accounts.get(role), PASSWORD), role);
      }
      clients.put(role, client);
    }
  }

  @Test
  void theMatrixListsEveryPageServletAndEndpoint() throws Exception {
    Set<String> declared = new TreeSet<>();
    matrix().forEach(r -> declared.add(r.request()));
    Set<String> found = inventory();
    found.addAll(servedByPayara(declared));
    Set<String> missing = new TreeSet<>(found);
    missing.removeAll(declared);
    Set<String> stale = new TreeSet<>(declared);
    stale.removeAll(found);
    assertEquals(Set.of(), missing, "in the code but not in docs/security.md");
    assertEquals(Set.of(), stale, "in docs/security.md but not in the code");
  }

  @Test
  void everyoneGetsExactlyWhatTheMatrixSays() throws Exception {
    List<String> differences = new ArrayList<>();
    for (Row row : matrix()) {
      String method = row.request().substring(0, row.request().indexOf(' '));
      String path = AccessMatrix.fill(row.sample(), values);
      for (int i = 0; i < ROLES.size(); i++) {
        String actual = outcome(clients.get(ROLES.get(i)), method, path);
        String expected = row.expected().get(i);
        if (!List.of(expected.split("\\|")).contains(actual)) {
          differences.add(
              String.format(
                  "%-55s %-12s expected %-8s got %s",
                  row.sample(), ROLES.get(i), expected, actual));
        }
      }
    }
    assertEquals(List.of(), differences, "\n" + String.join("\n", differences));
  }

  /**
   * Paths Payara Micro may serve by itself, beside the application: MicroProfile Health (and its
   * groups), Metrics (and the scopes of older versions), OpenAPI (and the names other servers use),
   * Jersey's WADL, and the admin, REST and monitoring consoles of Payara Server.
   */
  static final List<String> PAYARA_PATHS =
      List.of(
          "/health",
          "/health/",
          "/health/live",
          "/health/ready",
          "/health/started",
          "/health/not-a-group",
          "/metrics",
          "/metrics/",
          "/metrics/base",
          "/metrics/vendor",
          "/metrics/application",
          "/metrics?scope=base",
          "/openapi",
          "/openapi/",
          "/openapi?format=JSON",
          "/openapi.json",
          "/openapi.yaml",
          "/openapi/ui",
          "/openapi-ui",
          "/swagger-ui",
          "/openapi/application.wadl",
          "/application.wadl",
          "/api/application.wadl",
          "/asadmin",
          "/__asadmin",
          "/management",
          "/jolokia",
          "/rest-monitoring/rest",
          "/monitoring-console");

  /**
   * The matrix rows of the Payara paths that answer anything but 404 (to a visitor): the exact row
   * ("GET /metrics") or the longest "GET /x/*" row covering it, else the path itself, missing.
   */
  private static Set<String> servedByPayara(Set<String> declared) throws Exception {
    Set<String> served = new TreeSet<>();
    for (String path : PAYARA_PATHS) {
      if (clients.get("visitor").send("GET", path, null).statusCode() != 404) {
        String exact = "GET " + path.replaceFirst("\\?.*", "");
        served.add(
            declared.contains(exact)
                ? exact
                : declared.stream()
                    .filter(r -> r.startsWith("GET /") && r.endsWith("/*"))
                    .filter(r -> exact.startsWith(r.substring(0, r.length() - 1)))
                    .max(java.util.Comparator.comparingInt(String::length))
                    .orElse(exact));
      }
    }
    return served;
  }

  /** ok, login (sign-in page or 401), or the status itself. */
  private static String outcome(WebClient client, String method, String path) throws Exception {
    String verb = "PAGE".equals(method) ? "GET" : method;
    String body = "POST".equals(verb) || "PUT".equals(verb) ? "{}" : null;
    HttpResponse<Void> response = client.send(verb, path, body);
    int status = response.statusCode();
    String location = response.headers().firstValue("Location").orElse("");
    if (status == 401 || (status / 100 == 3 && location.contains("/people/signin"))) {
      return "login";
    }
    if (status / 100 == 2) {
      return "ok";
    }
    if (status / 100 == 3) {
      return "redirect";
    }
    return String.valueOf(status);
  }

  /** The rows of the table under "## Access matrix" in docs/security.md. */
  static List<Row> matrix() throws IOException {
    return AccessMatrix.rows(ROLES.size());
  }

  /** Pages of webapp/, servlets and JAX-RS methods, written as the matrix's first column. */
  static Set<String> inventory() throws Exception {
    Set<String> found = new TreeSet<>();
    java.nio.file.Path webapp = java.nio.file.Path.of("webapp");
    try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
      files
          .map(webapp::relativize)
          .map(p -> "/" + p.toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/"))
          .map(p -> "PAGE " + p.substring(0, p.length() - ".xhtml".length()))
          .map(p -> p.endsWith("/index") ? p.substring(0, p.length() - "index".length()) : p)
          .forEach(found::add);
    }
    for (Class<?> type : ApiResources.compiledClasses()) {
      WebServlet servlet = type.getAnnotation(WebServlet.class);
      if (servlet != null) {
        for (String pattern : servlet.value()) {
          found.add("GET " + pattern);
        }
      }
    }
    ApiResources.all().forEach(operation -> found.add(operation.request()));
    return found;
  }
}
