package fr.relais.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.launch.PayaraMicro;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances clustered on Payara's data grid, on loopback, sharing one PostgreSQL
 * (issue 20): a session made on one is the same session on the other, the JSF view state of a page
 * served by one is accepted by the other, and failed sign-ins on both count in one throttle. It
 * boots two servers one after the other (the first seeds the demo data): about a minute.
 */
class ClusterIT {

  private static final String DB = "relais_it_cluster";
  private static final String PASSWORD = "relais-demo-2026";
  private static final String FAILED = "Adresse e-mail ou mot de passe incorrect.";

  /**
   * Between a request to one instance and the next to the other: Payara writes the session to the
   * grid as the request ends, just after its answer is sent; a person's next click comes later.
   */
  private static final long PAUSE = 500;

  private static PayaraMicro a;
  private static PayaraMicro b;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    TestEnvironment env = TestEnvironment.get();
    env.database().createDatabase(DB, true);
    int gridA = PayaraMicro.freePort();
    int gridB = PayaraMicro.freePort();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    String password = "cluster-it-password-0123456789";
    a = start(env, new PayaraMicro.Cluster("relais-it", password, members, null, gridA), "a");
    Duration first = a.awaitReady("/health/ready", Duration.ofMinutes(6));
    b = start(env, new PayaraMicro.Cluster("relais-it", password, members, null, gridB), "b");
    Duration second = b.awaitReady("/health/ready", Duration.ofMinutes(6));
    System.out.println("Cluster of two ready: A in " + first + ", B in " + second);
    awaitTwoMembers(env.target().resolve("logs/relais-cluster-a.log"));
  }

  private static PayaraMicro start(TestEnvironment env, PayaraMicro.Cluster cluster, String name)
      throws Exception {
    int port = PayaraMicro.freePort();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("relais.db.url", env.database().url(DB));
    properties.put("relais.db.user", env.database().user());
    properties.put("relais.db.password", env.database().password());
    properties.put("relais.demo", "true");
    properties.put("relais.mail.host", "127.0.0.1");
    properties.put("relais.mail.port", String.valueOf(env.mail().port()));
    properties.put("relais.publicUrl", "http://localhost:" + port);
    properties.put("relais.survey.secret", TestEnvironment.SURVEY_SECRET);
    Path target = env.target();
    return PayaraMicro.start(
        target.resolve("payara-micro.jar"),
        target.resolve("relais.war"),
        port,
        properties,
        target.resolve("tmp"),
        target.resolve("logs/relais-cluster-" + name + ".log"),
        cluster);
  }

  /** The first instance's log shows the second one joining its data grid. */
  private static void awaitTwoMembers(Path log) throws Exception {
    for (int i = 0; i < 60; i++) {
      if (Files.readString(log).contains("DG Size: 2")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the second instance never joined the first one's data grid");
  }

  @AfterAll
  static void stop() {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
  }

  /**
   * A request to this instance with the browser's cookies (one jar for both instances, as behind a
   * load balancer: cookies do not depend on the port). Payara's clustered sessions use two: the
   * session's id and JSESSIONIDVERSION, the version of the session the browser last saw.
   */
  private static HttpClient browser(CookieManager jar) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(WebClient.CONNECT_TIMEOUT)
        .cookieHandler(jar)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static HttpResponse<String> get(PayaraMicro to, String path, CookieManager jar)
      throws Exception {
    return browser(jar)
        .send(WebClient.to(to.baseUrl() + path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      PayaraMicro to, String path, CookieManager jar, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser(jar)
        .send(
            WebClient.to(to.baseUrl() + path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static CookieManager sessionCookie(WebClient client) {
    assertTrue(
        client.cookies().getCookieStore().getCookies().stream()
            .anyMatch(c -> c.getName().equals("JSESSIONID")),
        "no session cookie");
    return client.cookies();
  }

  @Test
  void aSessionSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
    WebClient onA = new WebClient(a.baseUrl());
    assertTrue(onA.signIn("participant281@relais.test", PASSWORD), "signed in on A");
    CookieManager cookie = sessionCookie(onA);
    assertEquals(200, get(a, "/people/account", cookie).statusCode(), "A: signed in");
    Thread.sleep(PAUSE);
    HttpResponse<String> onB = get(b, "/people/account", cookie);
    assertEquals(200, onB.statusCode(), "B, same cookie: still signed in " + onB.headers().map());
    assertTrue(onB.body().contains("participant281@relais.test"), "B knows who it is");
  }

  @Test
  void theSessionVersionCookieIsSameSiteLaxLikeTheSessionCookie() throws Exception {
    WebClient onA = new WebClient(a.baseUrl());
    assertTrue(onA.signIn("participant284@relais.test", PASSWORD), "signed in on A");
    HttpResponse<String> page = get(a, "/people/account", sessionCookie(onA));
    List<String> versions =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONIDVERSION="))
            .toList();
    assertFalse(versions.isEmpty(), "a version cookie: " + page.headers().map());
    for (String cookie : versions) {
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
      assertTrue(cookie.contains("HttpOnly"), cookie);
    }
  }

  @Test
  void anAnnualReportBuiltOnOneInstanceIsDownloadedFromTheOther() throws Exception {
    WebClient onA = new WebClient(a.baseUrl());
    assertTrue(onA.signIn("coordination@relais.test", PASSWORD), "signed in on A");
    CookieManager cookie = sessionCookie(onA);
    int year = java.time.Year.now(java.time.ZoneId.of("Europe/Paris")).getValue() - 1;
    String file = "/reporting/annual/" + year + ".pdf";
    assertEquals(200, get(a, file + "?wait=true", cookie).statusCode(), "built on A");
    Thread.sleep(PAUSE);
    HttpResponse<String> fromB = get(b, file, cookie);
    assertEquals(200, fromB.statusCode(), "B serves the run A built");
    assertTrue(fromB.body().startsWith("%PDF"), "a PDF");
    assertEquals(
        200,
        get(b, "/reporting/annual/" + year + ".xlsx", cookie).statusCode(),
        "and its workbook");
  }

  @Test
  void aFormServedByOneInstanceIsAcceptedByTheOther() throws Exception {
    WebClient onA = new WebClient(a.baseUrl());
    onA.get("/people/signin"); // opened once before (a session made by its first request)
    Thread.sleep(PAUSE);
    HttpResponse<String> page = onA.get("/people/signin");
    assertEquals(200, page.statusCode());
    CookieManager cookie = sessionCookie(onA);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("signin:next", "");
    form.put("signin:email", "participant282@relais.test");
    form.put("signin:password", PASSWORD);
    form.put("signin:submit", "");
    form.putAll(WebClient.tokens(page.body()));
    Thread.sleep(PAUSE);
    HttpResponse<String> answer = post(b, "/people/signin", cookie, form);
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        "B accepted A's view state and signed in: " + answer.statusCode());
    Thread.sleep(PAUSE);
    assertEquals(
        200, get(a, "/people/account", cookie).statusCode(), "and A sees the sign-in made on B");
  }

  @Test
  void failedSignInsOnBothInstancesCountInOneThrottle() throws Exception {
    String email = "participant283@relais.test";
    for (int i = 0; i < 5; i++) {
      PayaraMicro to = i % 2 == 0 ? a : b; // three failures on A, two on B
      HttpResponse<String> answer =
          new WebClient(to.baseUrl()).signInAnswer(email, "not-the-password-" + i, "");
      assertTrue(answer.body().contains(FAILED), "failure " + i + " is an ordinary failure");
    }
    for (PayaraMicro to : new PayaraMicro[] {a, b}) {
      HttpResponse<String> right = new WebClient(to.baseUrl()).signInAnswer(email, PASSWORD, "");
      assertEquals(200, right.statusCode(), "no sign-in: five failures across the cluster");
      assertTrue(
          right.body().contains("Trop d&#39;essais") || right.body().contains("Trop d'essais"),
          "held back on " + to.baseUrl());
    }
  }
}
