import fr.relais.launch.DatabaseServer;
import fr.relais.launch.MailCatcher;
import fr.relais.launch.PayaraMicro;
import fr.relais.testing.WebClient;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmarks share: a real PostgreSQL (a fresh embedded one, or RELAIS_DB_URL's if it
 * is a demo or bench database), Relais in demo mode on Payara Micro, signed-in HTTP clients and
 * latency percentiles. Not part of the test suite.
 */
final class BenchSupport implements AutoCloseable {

  static final String PASSWORD = "relais-demo-2026";

  final DatabaseServer database;
  final String dbUrl;
  final MailCatcher mail;
  PayaraMicro micro;
  /** Where clients send their requests: the load balancer when one is in front, else the instance. */
  String front;
  private final Path target;
  private final Map<String, String> props;

  private BenchSupport(DatabaseServer database, String dbUrl, MailCatcher mail, PayaraMicro micro,
      Path target, Map<String, String> props) {
    this.database = database;
    this.dbUrl = dbUrl;
    this.mail = mail;
    this.micro = micro;
    this.target = target;
    this.props = props;
  }

  /**
   * Kills the application as a power cut would (SIGKILL: nothing flushed, no shutdown hook) and
   * starts it again on the same database; returns how long the new one took to answer.
   */
  Duration killAndRestart() throws Exception {
    micro.process().destroyForcibly().waitFor();
    micro = PayaraMicro.start(target.resolve("payara-micro.jar"), target.resolve("relais.war"), 0,
        props, target.resolve("tmp"), target.resolve("logs/bench-app-restarted.log"));
    return micro.awaitReady("/", Duration.ofMinutes(3));
  }

  /** The address clients use: the load balancer in front, or the one instance. */
  String base() {
    return front != null ? front : micro.baseUrl();
  }

  /**
   * Another instance on the same database and mail server (clustered with the first when the
   * cluster says so); its log is target/logs/bench-app-NAME.log.
   */
  PayaraMicro startAnother(String name, PayaraMicro.Cluster cluster) throws Exception {
    return PayaraMicro.start(target.resolve("payara-micro.jar"), target.resolve("relais.war"), 0,
        props, target.resolve("tmp"), target.resolve("logs/bench-app-" + name + ".log"), cluster);
  }

  /** The same on a given HTTP port (an instance started again where the load balancer expects it). */
  PayaraMicro startAnotherOn(String name, PayaraMicro.Cluster cluster, int port) throws Exception {
    return PayaraMicro.start(target.resolve("payara-micro.jar"), target.resolve("relais.war"), port,
        props, target.resolve("tmp"), target.resolve("logs/bench-app-" + name + ".log"), cluster);
  }

  static BenchSupport start(Path root) throws Exception {
    return start(root, PayaraMicro.Cluster.fromEnvironment(System.getenv()));
  }

  /** As {@link #start(Path)}, the instance a member of this cluster (null: alone). */
  static BenchSupport start(Path root, PayaraMicro.Cluster cluster) throws Exception {
    Path target = root.resolve("target");
    DatabaseServer db = DatabaseServer.external();
    String name;
    if (db == null) {
      db = DatabaseServer.embedded(target.resolve("bench-pg/data"), target.resolve("bench-pg/bin"), false);
      db.createDatabase("relais_bench", true);
      name = "relais_bench";
    } else {
      name = null;
    }
    String url = name == null ? System.getenv("RELAIS_DB_URL") : db.url(name);
    refuseUnlessDemoOrBench(url, db.user(), db.password());
    MailCatcher mail = MailCatcher.start(PayaraMicro.freePort());
    Map<String, String> props = new LinkedHashMap<>();
    props.put("relais.db.url", url);
    props.put("relais.db.user", db.user());
    props.put("relais.db.password", db.password());
    props.put("relais.demo", "true");
    // The app refuses to start without a survey pseudonym key of 32 characters or more.
    props.put("relais.survey.secret", "bench-only-pseudonym-key-0123456789abcdef");
    props.put("relais.mail.host", "127.0.0.1");
    props.put("relais.mail.port", String.valueOf(mail.port()));
    PayaraMicro micro = PayaraMicro.start(target.resolve("payara-micro.jar"), target.resolve("relais.war"), 0,
        props, target.resolve("tmp"), target.resolve("logs/bench-app.log"), cluster);
    Duration ready;
    try {
      // The machine is shared: a start took 180 s under a load average of 30.
      ready = micro.awaitReady("/", Duration.ofMinutes(8));
    } catch (Exception notReady) {
      micro.close(); // else Payara, the mail catcher and the database outlive the failed bench
      mail.close();
      db.close();
      throw notReady;
    }
    System.out.printf("Relais ready at %s in %d s (log: target/logs/bench-app.log)%n", micro.baseUrl(), ready.toSeconds());
    return new BenchSupport(db, url, mail, micro, target, props);
  }

  /**
   * The benchmarks write test data: they refuse any database but an empty one, a demo one (its
   * demo administrator exists) or one whose name says bench.
   */
  static void refuseUnlessDemoOrBench(String url, String user, String password) throws Exception {
    if (url.matches(".*/[^/?]*bench[^/?]*(\\?.*)?$")) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      ResultSet tables = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'account'");
      tables.next();
      if (tables.getLong(1) == 0) {
        return;
      }
      ResultSet demo = c.createStatement().executeQuery("SELECT count(*) FROM account WHERE email = 'admin@relais.test'");
      demo.next();
      if (demo.getLong(1) == 0) {
        throw new IllegalStateException("Refusing to run: " + url + " is neither a demo nor a bench database."
            + " The benchmark writes test data; point RELAIS_DB_URL at a demo or bench database.");
      }
    }
  }

  /**
   * What a drill's sessions hold afterwards: live registrations, people registered twice, sessions
   * with more confirmed than seats, and sessions whose seat counters differ from their rows.
   */
  record Integrity(long rows, long duplicates, long overbooked, long counterMismatch) {}

  Integrity integrity(long[] sessions) throws Exception {
    String in = "(" + String.join(",", java.util.Arrays.stream(sessions).mapToObj(Long::toString).toList()) + ")";
    return new Integrity(
        scalar("SELECT count(*) FROM registration WHERE session_id IN " + in + " AND status <> 'CANCELLED'"),
        scalar("SELECT count(*) FROM (SELECT session_id, account_id FROM registration"
            + " WHERE session_id IN " + in + " AND status <> 'CANCELLED' GROUP BY 1, 2 HAVING count(*) > 1) d"),
        scalar("SELECT count(*) FROM session s WHERE s.id IN " + in
            + " AND (SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'CONFIRMED') > s.capacity"),
        scalar("SELECT count(*) FROM session s WHERE s.id IN " + in
            + " AND s.confirmed_general + s.confirmed_students"
            + " <> (SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'CONFIRMED')"));
  }

  /** A drill's "201 Created" answers and how many of them the database does not hold. */
  record Created(int answered, int missing) {}

  /**
   * Person {@code n} registered for {@code sessions[n % sessions.length]} and got {@code
   * status[n]}: how many got a 201, and how many of those have no live registration there.
   */
  Created created(List<String> people, long[] sessions, int[] status) throws Exception {
    int answered = 0;
    int missing = 0;
    try (Connection c = connect();
        java.sql.PreparedStatement found = c.prepareStatement(
            "SELECT count(*) FROM registration r JOIN account a ON a.id = r.account_id"
                + " WHERE a.email = ? AND r.session_id = ? AND r.status <> 'CANCELLED'")) {
      for (int n = 0; n < status.length; n++) {
        if (status[n] == 201) {
          answered++;
          found.setString(1, people.get(n));
          found.setLong(2, sessions[n % sessions.length]);
          try (java.sql.ResultSet r = found.executeQuery()) {
            r.next();
            if (r.getLong(1) != 1) {
              missing++;
            }
          }
        }
      }
    }
    return new Created(answered, missing);
  }

  Connection connect() throws Exception {
    return DriverManager.getConnection(dbUrl, database.user(), database.password());
  }

  /** A client with its own cookies and connection that opened the sign-in page, and its filled form. */
  record SignInForm(HttpClient http, String body) {}

  SignInForm signInForm(String email) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    String page = http.send(HttpRequest.newBuilder(URI.create(base() + "/people/signin")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    // The view state and PrimeFaces' CSP nonce, read as the tests read them.
    StringBuilder form = new StringBuilder("signin=signin&signin%3Anext=&signin%3Aemail=")
        .append(URLEncoder.encode(email, StandardCharsets.UTF_8))
        .append("&signin%3Apassword=").append(PASSWORD).append("&signin%3Asubmit=");
    WebClient.tokens(page).forEach((name, value) -> form.append('&').append(name).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return new SignInForm(http, form.toString());
  }

  /** An HTTP client with its own cookies and connection, signed in through the real sign-in page. */
  HttpClient signedIn(String email) throws Exception {
    SignInForm opened = signInForm(email);
    HttpClient http = opened.http();
    String form = opened.body();
    int status = http.send(HttpRequest.newBuilder(URI.create(base() + "/people/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status != 302 && status != 303) {
      throw new IllegalStateException("sign-in failed for " + email + ": " + status);
    }
    return http;
  }

  /**
   * A client of the API acting as one person: {@code Authorization: Bearer} with a token of {@code
   * POST /api/tokens} when the server has that endpoint; otherwise (a branch without tokens) a
   * client signed in through the form, whose session cookie the API also accepts.
   */
  record ApiClient(HttpClient http, String authorization, String kind) {

    HttpRequest.Builder request(String url) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      return authorization == null ? request : request.header("Authorization", authorization);
    }

    HttpResponse<String> send(String baseUrl, String method, String path, String json) throws Exception {
      return http.send(request(baseUrl + path).header("Content-Type", "application/json")
              .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  static final String TOKENS = "API tokens (Bearer)";
  static final String COOKIES = "signed-in session cookies (no POST /api/tokens on this server)";
  static final String BASIC = "HTTP Basic (no POST /api/tokens on this server)";

  /** Whether this server gives tokens: asked once, on the first client made. */
  private volatile Boolean tokens;

  private static HttpClient plainHttp() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * A token for the person with these scopes (READ, REGISTER, COORDINATE), per the token contract;
   * null when the server answers 404 or 405 (tokens not there yet).
   */
  String token(String email, String... scopes) throws Exception {
    String json = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"bench\",\"days\":1,\"scopes\":["
        + String.join(",", Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList()) + "]}";
    HttpResponse<String> created = plainHttp().send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() == 404 || created.statusCode() == 405) {
      return null;
    }
    if (created.statusCode() != 201) {
      throw new IllegalStateException("POST /api/tokens for " + email + ": " + created.statusCode() + " " + created.body());
    }
    String body = created.body();
    int at = body.indexOf("\"token\"");
    int start = body.indexOf('"', body.indexOf(':', at) + 1) + 1;
    return body.substring(start, body.indexOf('"', start));
  }

  /** A client of one participant: a REGISTER and READ token, else a signed-in cookie client. */
  ApiClient participant(String email) throws Exception {
    if (!Boolean.FALSE.equals(tokens)) {
      String token = token(email, "READ", "REGISTER");
      tokens = token != null;
      if (token != null) {
        return new ApiClient(plainHttp(), "Bearer " + token, TOKENS);
      }
    }
    return new ApiClient(signedIn(email), null, COOKIES);
  }

  /** Clients of these participants, made a few at a time (each costs a password check). */
  List<ApiClient> participants(List<String> emails) throws Exception {
    participant(emails.get(0)); // decides tokens or cookies once, before the crowd
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiClient>> made = new ArrayList<>();
      for (String email : emails) {
        made.add(pool.submit(() -> participant(email)));
      }
      List<ApiClient> clients = new ArrayList<>();
      for (Future<ApiClient> f : made) {
        clients.add(f.get(5, TimeUnit.MINUTES));
      }
      return clients;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The demo coordinator's client for set-up calls: a COORDINATE token; HTTP Basic on a server
   * without tokens (where Basic is still accepted).
   */
  synchronized ApiClient coordinator() throws Exception {
    if (coordinator == null) {
      coordinator = newCoordinator();
    }
    return coordinator;
  }

  private ApiClient coordinator;

  private ApiClient newCoordinator() throws Exception {
    String token = token("coordination@relais.test", "COORDINATE");
    if (token != null) {
      return new ApiClient(plainHttp(), "Bearer " + token, TOKENS);
    }
    return new ApiClient(plainHttp(), "Basic " + Base64.getEncoder().encodeToString(
        ("coordination@relais.test:" + PASSWORD).getBytes(StandardCharsets.UTF_8)), BASIC);
  }

  /** A JSON call with HTTP Basic, e.g. for the coordinator's set-up. */
  HttpResponse<String> basic(String method, String path, String user, String json) throws Exception {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  long scalar(String sql) throws Exception {
    try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format("p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms",
        pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99));
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
  }

  /**
   * Runs every task on a thread of its own, all released at the same instant once each thread is
   * ready; returns the nanoseconds from the release until the last one finished.
   */
  static long atOnce(List<Callable<Void>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Void>> done = new ArrayList<>();
    for (Callable<Void> task : tasks) {
      done.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return task.call();
      }));
    }
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    try {
      for (Future<Void> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The peak RSS of the Payara Micro process while it is open, sampled every 250 ms: {@code try
   * (var rss = bench.rss()) { load; } rss.peakMb()}.
   */
  RssPeak rss() {
    return new RssPeak(micro.pid());
  }

  static final class RssPeak implements AutoCloseable {
    private final java.util.concurrent.atomic.AtomicLong peakKb = new java.util.concurrent.atomic.AtomicLong();
    private final Thread sampler;

    RssPeak(long pid) {
      sampler = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            peakKb.accumulateAndGet(PublicBench.rssKb(pid), Math::max);
            Thread.sleep(250);
          }
        } catch (Exception stopped) {
          // interrupted, or the process is gone
        }
      }, "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    long peakMb() {
      return peakKb.get() / 1024;
    }

    @Override
    public void close() throws InterruptedException {
      sampler.interrupt();
      sampler.join();
    }
  }

  static List<String> participants(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> String.format("participant%03d@relais.test", i)).toList();
  }

  @Override
  public void close() throws Exception {
    micro.close();
    mail.close();
    database.close();
  }
}
