package fr.relais.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client of the running Relais with its own cookies: signs in through the real sign-in
 * form (view state and all), or calls the API with an API token (made once per account and password
 * with POST /api/tokens, then sent as Bearer).
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern POLICY_NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  /** A hung server fails the test instead of hanging the build. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(90);

  private final HttpClient http;
  private final String base;
  private final CookieManager cookies = new CookieManager();

  public WebClient() {
    this(RunningRelais.baseUrl());
  }

  /** A client of the Relais at this address, e.g. an in-container test's own deployment. */
  public WebClient(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A request to the running Relais that gives up after {@link #ANSWER_TIMEOUT}. */
  public static HttpRequest.Builder to(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER_TIMEOUT);
  }

  /** A cookie-less client with the same timeouts. */
  public static HttpClient plainClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
  }

  public String base() {
    return base;
  }

  /** This client's cookies (its session once signed in), for a client of another kind. */
  public CookieManager cookies() {
    return cookies;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(to(base + path).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A download (a PDF, a ZIP) with this client's cookies. */
  public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return http.send(to(base + path).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Any request with this client's cookies, accepting any answer type; a body is sent as JSON. The
   * body is discarded: callers look at the status and headers.
   */
  public HttpResponse<Void> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        request(method, path, "*/*", json).build(), HttpResponse.BodyHandlers.discarding());
  }

  private HttpRequest.Builder request(String method, String path, String accept, String json) {
    HttpRequest.Builder request =
        to(base + path)
            .header("Accept", accept)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return request;
  }

  /** Signs in with the sign-in page, as a browser would; true when it worked. */
  public boolean signIn(String email, String password) throws IOException, InterruptedException {
    int status = signInAnswer(email, password, "").statusCode();
    return status == 302 || status == 303;
  }

  /** The sign-in page's answer to these credentials (and page to go to next). */
  public HttpResponse<String> signInAnswer(String email, String password, String next)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("/people/signin");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("signin:next", next);
    form.put("signin:email", email);
    form.put("signin:password", password);
    form.put("signin:submit", "");
    form.putAll(tokens(page.body()));
    return postForm("/people/signin", form);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        to(base + path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Tokens made for "base|user|password", so a test class checks each password once. */
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"(rl_[^\"]+)\"");

  /**
   * A JSON API call as this account (user null: anonymous), with a token holding every scope the
   * account may hold. When no token can be had (a wrong password: 401, too many failures: 429),
   * that answer is returned instead, as HTTP Basic's was.
   */
  public HttpResponse<String> api(
      String method, String path, String user, String password, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(method, path, "application/json", json);
    if (user != null) {
      String token = TOKENS.get(key(user, password));
      if (token == null) {
        HttpResponse<String> made = tokenFor(user, password);
        Matcher m = TOKEN.matcher(made.body());
        if (made.statusCode() != 201 || !m.find()) {
          return made;
        }
        token = m.group(1);
      }
      request.header("Authorization", "Bearer " + token);
    }
    return plainClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * "Bearer rl_…" for this account of the Relais at {@code base} (made once, every scope it may
   * hold), for tests with their own HTTP client; fails when no token can be had.
   */
  public static String bearer(String base, String user, String password)
      throws IOException, InterruptedException {
    WebClient client =
        new WebClient(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    String token = TOKENS.get(client.key(user, password));
    if (token == null) {
      HttpResponse<String> made = client.tokenFor(user, password);
      Matcher m = TOKEN.matcher(made.body());
      if (made.statusCode() != 201 || !m.find()) {
        throw new AssertionError(
            "no token for " + user + ": " + made.statusCode() + " " + made.body());
      }
      token = m.group(1);
    }
    return "Bearer " + token;
  }

  private String key(String user, String password) {
    return base + "|" + user + "|" + password;
  }

  /** A token with every scope the account may hold, remembered when made. */
  private HttpResponse<String> tokenFor(String user, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> made = newToken(user, password, "READ", "REGISTER", "COORDINATE");
    if (made.statusCode() == 400) {
      made = newToken(user, password, "READ", "REGISTER"); // not a coordinator
    }
    Matcher m = TOKEN.matcher(made.body());
    if (made.statusCode() == 201 && m.find()) {
      TOKENS.put(key(user, password), m.group(1));
    }
    return made;
  }

  /** POST /api/tokens for these scopes: 201 with the token, or the refusal. */
  public HttpResponse<String> newToken(String user, String password, String... scopes)
      throws IOException, InterruptedException {
    jakarta.json.JsonArrayBuilder names = jakarta.json.Json.createArrayBuilder();
    for (String scope : scopes) {
      names.add(scope);
    }
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("email", user)
            .add("password", password == null ? "" : password)
            .add("name", "tests")
            .add("scopes", names)
            .build()
            .toString();
    return plainClient()
        .send(
            request("POST", "/api/tokens", "application/json", body).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** An API call with this exact Authorization header (a token, HTTP Basic…), no cookies. */
  public HttpResponse<String> apiWith(String method, String path, String authorization, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(method, path, "application/json", json);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return plainClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The nonce a page's Content-Security-Policy gives its scripts; fails if it gives none. */
  public static String cspNonce(HttpResponse<?> page) {
    String policy = String.join(" | ", page.headers().allValues("Content-Security-Policy"));
    Matcher nonce = POLICY_NONCE.matcher(policy);
    if (!nonce.find()) {
      throw new AssertionError("no script nonce in the policy: " + policy);
    }
    return nonce.group(1);
  }

  /**
   * What a browser posts besides the fields: the view state, and the CSP nonce that PrimeFaces'
   * start-up script adds to each form.
   */
  public static Map<String, String> tokens(String html) {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("jakarta.faces.ViewState", viewState(html));
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      tokens.put("primefaces.nonce", nonce.group(1));
    }
    return tokens;
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No view state in the page");
    }
    return m.group(1).replace("&#58;", ":");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
