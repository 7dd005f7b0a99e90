package fr.relais.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.RunningRelais;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cookie attributes and caching headers over HTTP, directly and as if behind a TLS-terminating
 * proxy (X-Forwarded-Proto: https): every cookie HttpOnly (the language one may be read by
 * scripts), SameSite=Lax, Secure over HTTPS; no-store on every personal answer, the public
 * catalogue keeping its Cache-Control and ETag; Permissions-Policy everywhere, HSTS over HTTPS.
 */
class HeadersIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final Pattern CSS =
      Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

  private static String session;
  private static String published;
  private static String participant;
  private static String registration;
  private static String code;

  @BeforeAll
  static void samples() throws Exception {
    RunningRelais.baseUrl();
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      String[] mine =
          Sql.row(
              c,
              "SELECT a.email, r.id, r.session_id, ct.code FROM certificate ct"
                  + " JOIN registration r ON r.id = ct.registration_id"
                  + " JOIN account a ON a.id = r.account_id WHERE a.email LIKE 'participant1%'"
                  + " ORDER BY r.id LIMIT 1");
      participant = mine[0];
      registration = mine[1];
      session = mine[2];
      code = mine[3];
      published =
          Sql.row(
              c, "SELECT min(id) FROM session WHERE status = 'PUBLISHED' AND starts_at > now()")[0];
    }
  }

  @Test
  void signingInSetsASessionCookieHttpOnlyAndSameSiteLaxNotSecureOverHttp() throws Exception {
    List<String> cookies = signInCookies(false);
    assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
    for (String cookie : cookies) {
      assertTrue(has(cookie, "HttpOnly"), cookie);
      assertTrue(has(cookie, "SameSite=Lax"), cookie);
      assertFalse(has(cookie, "Secure"), cookie);
    }
  }

  @Test
  void behindAnHttpsProxyEveryCookieIsAlsoSecure() throws Exception {
    List<String> cookies = signInCookies(true);
    assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
    for (String cookie : cookies) {
      assertTrue(has(cookie, "HttpOnly"), cookie);
      assertTrue(has(cookie, "SameSite=Lax"), cookie);
      assertTrue(has(cookie, "Secure"), cookie);
    }
  }

  @Test
  void theLanguageCookieIsSameSiteLaxAndSecureOnlyOverHttps() throws Exception {
    String plain = languageCookie(false);
    assertTrue(has(plain, "SameSite=Lax"), plain);
    assertFalse(has(plain, "Secure"), plain);
    String secure = languageCookie(true);
    assertTrue(has(secure, "SameSite=Lax"), secure);
    assertTrue(has(secure, "Secure"), secure);
  }

  @Test
  void personalAnswersAreNeverStored() throws Exception {
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    WebClient person = new WebClient();
    assertTrue(person.signIn(participant, PASSWORD));
    List<String> stored = new ArrayList<>();
    for (String path :
        List.of(
            "/scheduling/sessions",
            "/registration/session?id=" + session,
            "/attendance/roster?id=" + session,
            "/api/sessions/" + session + "/registrations.csv",
            "/api/sessions/" + session + "/sign-in-sheet.pdf",
            "/api/sessions/" + session + "/attendance",
            "/api/sessions/" + session + "/certificates.zip",
            "/api/me/data",
            "/reporting/export?kind=activity&table=activity-by-month&type=csv",
            // Public answers too, once signed in: the page shows the caller's own state.
            "/catalog/",
            "/api/sessions",
            "/api/sessions/" + published)) {
      expectNoStore(coordinator, path, stored);
    }
    for (String path :
        List.of(
            "/registration/mine",
            "/api/me/registrations",
            "/api/me/registrations/" + registration + ".ics",
            "/api/me/registrations/" + registration + "/certificate.pdf",
            "/survey/mine")) {
      expectNoStore(person, path, stored);
    }
    WebClient visitor = new WebClient();
    for (String path : List.of("/people/signin", "/verify/" + code, "/privacy/")) {
      expectNoStore(visitor, path, stored);
    }
    assertEquals(List.of(), stored);
  }

  @Test
  void thePublicCatalogueKeepsItsCacheControlAndETag() throws Exception {
    WebClient visitor = new WebClient();
    for (String path :
        List.of("/api/sessions", "/api/sessions/" + published, "/api/sessions.ics")) {
      HttpResponse<String> answer = visitor.get(path);
      assertEquals(200, answer.statusCode(), path);
      String cacheControl = answer.headers().firstValue("Cache-Control").orElse("");
      assertTrue(cacheControl.startsWith("public, max-age="), path + ": " + cacheControl);
      assertTrue(answer.headers().firstValue("ETag").isPresent(), path);
    }
    HttpResponse<String> page = visitor.get("/catalog/");
    assertFalse(
        page.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "the anonymous catalogue page");
    Matcher css = CSS.matcher(page.body());
    assertTrue(css.find(), "a style sheet in the page");
    HttpResponse<String> style = visitor.get(css.group(1).replace("&amp;", "&"));
    assertEquals(200, style.statusCode());
    assertFalse(
        style.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "static files stay cacheable");
  }

  @Test
  void aPageLongerThanTheContainersBufferIsSentWholeWithItsLength() throws Exception {
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    HttpResponse<String> page = coordinator.get("/scheduling/sessions");
    assertEquals(200, page.statusCode());
    int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes > 8 * 1024, "a page over the default 8 KB buffer: " + bytes);
    assertEquals(
        String.valueOf(bytes),
        page.headers().firstValue("Content-Length").orElse("none (sent in chunks)"));
    assertFalse(page.headers().firstValue("Transfer-Encoding").isPresent());
  }

  @Test
  void permissionsArePolicedAndHttpsIsStrictOnlyOverHttps() throws Exception {
    WebClient person = new WebClient();
    assertTrue(person.signIn(participant, PASSWORD));
    // The check-in page, where the QR code leads, needs no camera either: the phone's own app reads
    // the code and opens the page.
    HttpResponse<String> checkIn = person.get("/attendance/checkin");
    assertEquals(200, checkIn.statusCode());
    assertTrue(
        checkIn.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"),
        checkIn.headers().toString());
    for (String path : List.of("/", "/api/sessions", "/catalog/calendar", "/people/signin")) {
      HttpResponse<String> plain = send(path, false, new LinkedHashMap<>());
      String policy = plain.headers().firstValue("Permissions-Policy").orElse("");
      for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()")) {
        assertTrue(policy.contains(feature), path + ": " + policy);
      }
      assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), path);
      String strict =
          send(path, true, new LinkedHashMap<>())
              .headers()
              .firstValue("Strict-Transport-Security")
              .orElse("");
      assertTrue(strict.startsWith("max-age="), path + ": " + strict);
    }
  }

  private static void expectNoStore(WebClient client, String path, List<String> stored)
      throws Exception {
    HttpResponse<byte[]> answer = client.bytes(path);
    String cacheControl = String.join(", ", answer.headers().allValues("Cache-Control"));
    if (answer.statusCode() != 200 || !cacheControl.contains("no-store")) {
      stored.add(path + " → " + answer.statusCode() + " Cache-Control: " + cacheControl);
    }
  }

  /** The Set-Cookie headers of the sign-in page and of a successful sign-in. */
  private static List<String> signInCookies(boolean https) throws Exception {
    Map<String, String> jar = new LinkedHashMap<>();
    HttpResponse<String> page = send("/people/signin", https, jar);
    List<String> cookies = new ArrayList<>(page.headers().allValues("Set-Cookie"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("signin:next", "");
    form.put("signin:email", COORDINATOR);
    form.put("signin:password", PASSWORD);
    form.put("signin:submit", "");
    form.putAll(WebClient.tokens(page.body()));
    HttpResponse<String> signedIn = post("/people/signin", https, jar, form);
    int status = signedIn.statusCode();
    assertTrue(status == 302 || status == 303, "signed in: " + status + " " + signedIn.body());
    cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
    return cookies;
  }

  private static String languageCookie(boolean https) throws Exception {
    HttpResponse<String> answer = send("/language?to=en", https, new LinkedHashMap<>());
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("relais_lang="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no language cookie: " + answer.headers()));
  }

  /** A cookie attribute, by name (and value), after the cookie's own name=value. */
  private static boolean has(String cookie, String attribute) {
    String wanted = attribute.toLowerCase(Locale.ROOT);
    String[] parts = cookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].strip().toLowerCase(Locale.ROOT).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A GET with the cookies of the jar sent by hand (a Secure cookie is sent back even over the
   * test's plain HTTP, as a browser would through the proxy), remembering the ones it sets.
   */
  private static HttpResponse<String> send(String path, boolean https, Map<String, String> jar)
      throws Exception {
    return exchange(builder(path, https, jar).GET(), jar);
  }

  private static HttpResponse<String> post(
      String path, boolean https, Map<String, String> jar, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return exchange(
        builder(path, https, jar)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        jar);
  }

  private static HttpRequest.Builder builder(String path, boolean https, Map<String, String> jar) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningRelais.baseUrl() + path))
            .timeout(Duration.ofSeconds(60));
    if (https) {
      request.header("X-Forwarded-Proto", "https");
    }
    if (!jar.isEmpty()) {
      request.header(
          "Cookie",
          jar.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private static HttpResponse<String> exchange(HttpRequest.Builder request, Map<String, String> jar)
      throws Exception {
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build()
            .send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String cookie : answer.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";")[0];
      jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return answer;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
