import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public side under a crowd (issue "Performance"): wrk at 50 connections against each public
 * target and its ceiling in one run — a static file of the WAR for pages and the calendar, JSON
 * built in memory (GET /api/bench/ceiling, demo mode only) for the API. Prints req/s, p50/p99,
 * the ratio to the ceiling, the HTTP sessions each target made the server create, and the
 * server's RSS before, at its peak and after.
 *
 * <p>{@code bash bench/run.sh PublicBench} (the demo's 40 upcoming sessions), {@code bash
 * bench/run.sh PublicBench x10} (nine more copies of them, online: ten times the programme).
 * Options as system properties (JAVA_OPTS of run.sh): bench.seconds (10), bench.warmup (3),
 * bench.connections (50), bench.dumps (false: true writes a jstack of the server halfway through
 * each target to target/bench-dumps/N.txt).
 */
public class PublicBench {

  static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  static final int WARMUP = Integer.getInteger("bench.warmup", 3);
  static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);

  enum Ceiling {
    STATIC,
    JSON,
    NONE
  }

  record Target(String name, String path, Ceiling against, String header) {}

  record Wrk(double perSecond, double p50, double p99, long errors) {}

  /** The signed-in catalogue page against the static file, both with wrk (issue 18). */
  record SignedIn(double staticPerSecond, double cataloguePerSecond, double ratio, long errors) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    boolean tenfold = args.length > 1 && args[1].equalsIgnoreCase("x10");
    if (args.length > 1 && args[1].equalsIgnoreCase("signed-in")) {
      SignedIn figures;
      try (BenchSupport bench = BenchSupport.start(root)) {
        figures = signedInCatalogue(bench);
      }
      if (figures.errors() > 0) {
        System.exit(1);
      }
      return;
    }
    try (BenchSupport bench = BenchSupport.start(root)) {
      if (tenfold) {
        System.out.printf("Programme x10: %d sessions added%n", tenfold(bench));
      }
      long upcoming = bench.scalar("SELECT count(*) FROM session WHERE status = 'PUBLISHED' AND starts_at > now()");
      long one = bench.scalar("SELECT id FROM session WHERE status = 'PUBLISHED' AND starts_at > now() AND mode <> 'ONLINE' ORDER BY starts_at LIMIT 1");
      String base = bench.micro.baseUrl();
      List<Target> targets = new ArrayList<>(List.of(
          new Target("static file (ceiling)", "/resources/css/relais.css", Ceiling.NONE, null),
          new Target("in-memory JSON (ceiling)", "/api/bench/ceiling", Ceiling.NONE, null),
          new Target("GET /api/sessions", "/api/sessions", Ceiling.JSON, null),
          new Target("GET /api/sessions?filters", "/api/sessions?format=EJADES&mode=ONLINE&audience=STUDENTS", Ceiling.JSON, null),
          new Target("GET /api/sessions/{id}", "/api/sessions/" + one, Ceiling.JSON, null),
          new Target("catalogue page /", "/", Ceiling.STATIC, null),
          new Target("session page", "/catalog/session?id=" + one, Ceiling.STATIC, null),
          new Target("GET /api/sessions.ics", "/api/sessions.ics", Ceiling.STATIC, null)));
      // Revalidation by a client that has the body already: only where the server gives an ETag.
      for (String path : new String[] {"/api/sessions", "/api/sessions.ics"}) {
        String etag = etag(base + path);
        if (etag != null) {
          targets.add(new Target(path + " If-None-Match", path,
              path.endsWith(".ics") ? Ceiling.STATIC : Ceiling.JSON, "If-None-Match: " + etag));
        }
      }

      long pid = bench.micro.pid();
      long rssStart = rssKb(pid);
      System.out.printf("Warming up: %d s of wrk per target (not counted)…%n", WARMUP);
      for (Target t : targets) {
        wrk(base + t.path(), t.header(), WARMUP);
      }
      long rssWarm = rssKb(pid);
      AtomicLong peak = new AtomicLong(rssWarm);
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            peak.accumulateAndGet(rssKb(pid), Math::max);
            Thread.sleep(500);
          } catch (InterruptedException stop) {
            return;
          } catch (Exception gone) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();

      List<Wrk> results = new ArrayList<>();
      List<Long> sessions = new ArrayList<>();
      for (Target t : targets) {
        long before = httpSessions(base);
        System.out.printf("  %s: %d s…%n", t.name(), SECONDS);
        Thread dump = DUMPS ? threadDump(pid, root.resolve("target/bench-dumps/" + targets.indexOf(t) + ".txt")) : null;
        results.add(wrk(base + t.path(), t.header(), SECONDS));
        if (dump != null) {
          dump.join();
        }
        sessions.add(httpSessions(base) - before);
      }
      // The machine's load drifts during a run: measure both ceilings again and compare with
      // the mean of the two measures.
      System.out.println("  ceilings again…");
      Wrk staticAgain = wrk(base + targets.get(0).path(), null, SECONDS);
      Wrk jsonAgain = wrk(base + targets.get(1).path(), null, SECONDS);
      sampler.interrupt();
      long rssEnd = rssKb(pid);

      System.out.println();
      System.out.printf("=== Public side: wrk -t2 -c%d -d%ds per target, %d upcoming sessions, %d cores ===%n",
          CONNECTIONS, SECONDS, upcoming, Runtime.getRuntime().availableProcessors());
      System.out.printf("%-34s %9s %8s %8s %9s %7s %9s%n", "target", "req/s", "p50 ms", "p99 ms", "ceiling", "errors", "sessions");
      double staticCeiling = (results.get(0).perSecond() + staticAgain.perSecond()) / 2;
      double jsonCeiling = (results.get(1).perSecond() + jsonAgain.perSecond()) / 2;
      for (int i = 0; i < targets.size(); i++) {
        Target t = targets.get(i);
        Wrk r = results.get(i);
        String ratio = switch (t.against()) {
          case STATIC -> String.format(Locale.ROOT, "%.1f %%S", 100 * r.perSecond() / staticCeiling);
          case JSON -> String.format(Locale.ROOT, "%.1f %%J", 100 * r.perSecond() / jsonCeiling);
          case NONE -> "";
        };
        System.out.printf(Locale.ROOT, "%-34s %9.0f %8.2f %8.2f %9s %7d %9d%n",
            t.name(), r.perSecond(), r.p50(), r.p99(), ratio, r.errors(), sessions.get(i));
      }
      System.out.printf(Locale.ROOT, "%-34s %9.0f %8.2f %8.2f%n", "static file (ceiling, again)", staticAgain.perSecond(), staticAgain.p50(), staticAgain.p99());
      System.out.printf(Locale.ROOT, "%-34s %9.0f %8.2f %8.2f%n", "in-memory JSON (ceiling, again)", jsonAgain.perSecond(), jsonAgain.p50(), jsonAgain.p99());
      System.out.println("(%S: of the static file; %J: of the in-memory JSON, each the mean of its two runs;");
      System.out.println(" errors: non-2xx/3xx answers and socket errors;");
      System.out.println(" sessions: HTTP sessions the server created during that target's run, anonymous visitors only)");
      System.out.printf(Locale.ROOT, "Payara RSS: %d MB at start, %d MB after warm-up, %d MB peak under load, %d MB after%n",
          rssStart / 1024, rssWarm / 1024, peak.get() / 1024, rssEnd / 1024);
      System.out.printf("HTTP sessions created in all since start: %d%n", httpSessions(base));
    }
  }

  /**
   * {@code bash bench/run.sh PublicBench signed-in}: one demo participant signed in through the
   * sign-in page, then wrk with their session cookie on the catalogue, between two runs of the
   * static file (the ratio uses their mean). Errors: non-2xx/3xx answers, socket errors, or a
   * catalogue that is not the person's own (checked once before and once after).
   */
  static SignedIn signedInCatalogue(BenchSupport bench) throws Exception {
    String base = bench.micro.baseUrl();
    HttpClient person = bench.signedIn("participant001@relais.test");
    String cookie = ((java.net.CookieManager) person.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID")).map(c -> "Cookie: JSESSIONID=" + c.getValue())
        .findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    long errors = ownCatalogue(person, base) ? 0 : 1;
    String css = base + "/resources/css/relais.css";
    System.out.printf("Warming up: %d s of wrk per target (not counted)…%n", WARMUP);
    wrk(css, null, WARMUP);
    wrk(base + "/", cookie, WARMUP);
    Wrk first = wrk(css, null, SECONDS);
    Wrk page = wrk(base + "/", cookie, SECONDS);
    Wrk again = wrk(css, null, SECONDS);
    errors += page.errors() + (ownCatalogue(person, base) ? 0 : 1);
    double ceiling = (first.perSecond() + again.perSecond()) / 2;
    SignedIn figures = new SignedIn(ceiling, page.perSecond(), page.perSecond() / ceiling, errors);
    System.out.println();
    System.out.printf("=== Signed-in catalogue: wrk -t2 -c%d -d%ds with a session cookie ===%n", CONNECTIONS, SECONDS);
    System.out.printf(Locale.ROOT, "static file (ceiling)      %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms%n", first.perSecond(), first.p50(), first.p99());
    System.out.printf(Locale.ROOT, "signed-in catalogue /      %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%n", page.perSecond(), page.p50(), page.p99(), page.errors());
    System.out.printf(Locale.ROOT, "static file (again)        %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms%n", again.perSecond(), again.p50(), again.p99());
    System.out.printf(Locale.ROOT, "ratio signed-in catalogue / static file (mean of its two runs): %.3f (goal >= 0.15); errors %d%n", figures.ratio(), errors);
    return figures;
  }

  /** Whether the catalogue this client gets is its own signed-in page. */
  static boolean ownCatalogue(HttpClient person, String base) throws Exception {
    HttpResponse<String> r = person.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 && r.body().contains("/signout");
  }

  /** With -Dbench.dumps=true: a jstack of the server halfway through each target's run. */
  static final boolean DUMPS = Boolean.getBoolean("bench.dumps");

  static Thread threadDump(long pid, Path file) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(SECONDS * 500L);
        Files.createDirectories(file.getParent());
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(), String.valueOf(pid))
            .redirectErrorStream(true).redirectOutput(file.toFile()).start().waitFor();
      } catch (Exception e) {
        System.out.println("  no thread dump: " + e);
      }
    });
    t.start();
    return t;
  }

  /** Nine more copies of each upcoming published session, online, days later. */
  static int tenfold(BenchSupport bench) throws Exception {
    try (Connection c = bench.connect(); Statement s = c.createStatement()) {
      return s.executeUpdate("INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity, student_seats, status)"
          + " SELECT activity_id, starts_at + k * interval '1 day' + k * interval '1 minute', ends_at + k * interval '1 day' + k * interval '1 minute',"
          + " 'ONLINE', 'https://visio.relais.test/bench', capacity, student_seats, 'PUBLISHED'"
          + " FROM session, generate_series(1, 9) AS k WHERE status = 'PUBLISHED' AND starts_at > now()");
    }
  }

  static String etag(String url) throws Exception {
    HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding());
    return r.headers().firstValue("ETag").orElse(null);
  }

  static long httpSessions(String base) throws Exception {
    String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/bench/http-sessions")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("\"created\"\\s*:\\s*(\\d+)").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no session count in " + body);
    }
    return Long.parseLong(m.group(1));
  }

  static long rssKb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern PCT = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)\\s*$");
  private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  static Wrk wrk(String url, String header, int seconds) throws Exception {
    List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency"));
    if (header != null) {
      command.addAll(List.of("-H", header));
    }
    command.add(url);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    double rate = 0;
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    long errors = 0;
    StringBuilder all = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        all.append(line).append('\n');
        Matcher m;
        if ((m = RATE.matcher(line)).find()) {
          rate = Double.parseDouble(m.group(1));
        } else if ((m = PCT.matcher(line)).find()) {
          double v = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
            case "us" -> 0.001;
            case "s" -> 1000.0;
            default -> 1.0;
          };
          if (m.group(1).equals("50")) {
            p50 = v;
          } else {
            p99 = v;
          }
        } else if ((m = NON2XX.matcher(line)).find()) {
          errors += Long.parseLong(m.group(1));
        } else if ((m = SOCKET.matcher(line)).find()) {
          for (int g = 1; g <= 4; g++) {
            errors += Long.parseLong(m.group(g));
          }
        }
      }
    }
    if (p.waitFor() != 0 || rate == 0) {
      throw new IllegalStateException("wrk failed on " + url + ":\n" + all);
    }
    return new Wrk(rate, p50, p99, errors);
  }
}
