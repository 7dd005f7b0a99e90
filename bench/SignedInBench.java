import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signed-in participants under a crowd (issues "Performance" and 18): 200 demo participants sign
 * in first (not timed), then all at once open the catalogue, a session's page and "Mes
 * inscriptions", and register for one of five new sessions of 20 seats. Prints each step's
 * p50/p95/p99, the registrations per second, the server's RSS peak and HTTP sessions, and checks
 * that no session is overbooked (seat counters against confirmed rows, waitlist order,
 * duplicates). Exits non-zero on any unexpected answer or overbooking.
 *
 * <p>{@code bash bench/run.sh SignedInBench}; {@link #measure} for a run of all the benches.
 */
public class SignedInBench {

  static final int CLIENTS = 200;
  static final String[] STEPS = {"catalogue", "session page", "Mes inscriptions", "register"};

  record Round(long nanos, long[][] latencies, long failures) {}

  /** Milliseconds per step (in {@link #STEPS} order), and what went wrong. */
  record Figures(double[] p50, double[] p95, double[] p99, double registrationsPerSecond,
      long unexpectedAnswers, long overbooked, long rssPeakMb, long httpSessions) {
    boolean ok() {
      return unexpectedAnswers == 0 && overbooked == 0;
    }

    double worstP95() {
      return Arrays.stream(p95).max().orElse(Double.NaN);
    }
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    Figures figures;
    try (BenchSupport bench = BenchSupport.start(root)) {
      figures = measure(bench);
    }
    if (!figures.ok()) {
      System.exit(1);
    }
  }

  /** One round on a started Relais; prints its lines. */
  static Figures measure(BenchSupport bench) throws Exception {
    long activity = bench.scalar("SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
    long trainer = bench.scalar("SELECT id FROM account WHERE email = 'formatrice.lambert@relais.test'");
    String base = bench.micro.baseUrl();
    long sessionsAtStart = PublicBench.httpSessions(base);

    System.out.printf("Signing in %d demo participants (not timed)…%n", CLIENTS);
    List<HttpClient> clients = signIn(bench, BenchSupport.participants(CLIENTS));
    long rssSignedIn = PublicBench.rssKb(bench.micro.pid());

    System.out.println("Warming up: one round on two throw-away sessions (not timed)…");
    Round warm = round(base, clients, new long[] {
      RegistrationBench.session(bench, activity, trainer, 380), RegistrationBench.session(bench, activity, trainer, 381)});

    long[] five = new long[5];
    for (int i = 0; i < five.length; i++) {
      five[i] = RegistrationBench.session(bench, activity, trainer, 420 + i);
    }
    Round r;
    long peakMb;
    try (var rss = bench.rss()) {
      r = round(base, clients, five);
      peakMb = rss.peakMb();
    }

    System.out.println();
    System.out.printf("=== Signed-in crowd: %d participants at once browse (catalogue, session page, Mes inscriptions) and register ===%n", CLIENTS);
    double[] p50 = new double[STEPS.length];
    double[] p95 = new double[STEPS.length];
    double[] p99 = new double[STEPS.length];
    for (int s = 0; s < STEPS.length; s++) {
      long[] sorted = r.latencies()[s].clone();
      Arrays.sort(sorted);
      p50[s] = BenchSupport.pct(sorted, 0.50);
      p95[s] = BenchSupport.pct(sorted, 0.95);
      p99[s] = BenchSupport.pct(sorted, 0.99);
      System.out.printf("%-17s %s%n", STEPS[s], BenchSupport.percentiles(r.latencies()[s]));
    }
    double seconds = r.nanos() / 1e9;
    System.out.printf("whole round: %.2f s for %d requests (%.0f req/s); %.0f registrations/s; %d answers not as expected (warm-up: %d)%n",
        seconds, CLIENTS * STEPS.length, CLIENTS * STEPS.length / seconds, CLIENTS / seconds, r.failures(), warm.failures());
    RegistrationBench.report(bench, "5 sessions", new RegistrationBench.Result(CLIENTS, r.nanos(), r.latencies()[3], (int) r.failures()), five);
    long overbooked = bench.scalar("SELECT count(*) FROM session s WHERE confirmed_general + confirmed_students > capacity"
        + " OR confirmed_general + confirmed_students <> (SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'CONFIRMED')");
    String in = Arrays.toString(five).replace('[', '(').replace(']', ')');
    overbooked += bench.scalar("SELECT count(*) FROM session s WHERE s.id IN " + in + " AND (confirmed_general + confirmed_students <> capacity"
        + " OR (SELECT count(*) - count(DISTINCT account_id) FROM registration r WHERE r.session_id = s.id) > 0"
        + " OR EXISTS (SELECT 1 FROM registration c JOIN registration w ON w.session_id = c.session_id"
        + " WHERE c.session_id = s.id AND c.status = 'CONFIRMED' AND w.status = 'WAITLISTED' AND w.rank < c.rank))");
    System.out.printf("sessions overbooked, out of step, with duplicates or out of order (whole database and the five): %d%n", overbooked);
    System.out.printf("Payara RSS: %d MB with %d signed in, %d MB peak during the round%n", rssSignedIn / 1024, CLIENTS, peakMb);
    long created = PublicBench.httpSessions(base) - sessionsAtStart;
    System.out.printf("HTTP sessions created: %d (one per sign-in expected)%n", created);
    return new Figures(p50, p95, p99, CLIENTS / seconds, r.failures() + warm.failures(), overbooked, peakMb, created);
  }

  static List<HttpClient> signIn(BenchSupport bench, List<String> people) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<HttpClient>> pending = new ArrayList<>();
    for (String email : people) {
      pending.add(pool.submit(() -> bench.signedIn(email)));
    }
    List<HttpClient> clients = new ArrayList<>();
    for (Future<HttpClient> f : pending) {
      clients.add(f.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();
    return clients;
  }

  /**
   * Every client, released at the same instant, browses then registers for session i mod n. A
   * page is as expected when it is a 200 that is the person's own (it offers to sign out).
   */
  static Round round(String base, List<HttpClient> clients, long[] sessions) throws Exception {
    long[][] latencies = new long[STEPS.length][clients.size()];
    AtomicLong failures = new AtomicLong();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      int n = i;
      long session = sessions[n % sessions.length];
      HttpRequest[] requests = {
        HttpRequest.newBuilder(URI.create(base + "/")).build(),
        HttpRequest.newBuilder(URI.create(base + "/catalog/session?id=" + session)).build(),
        HttpRequest.newBuilder(URI.create(base + "/registration/mine")).build(),
        HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session + "/registrations"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()
      };
      int[] expected = {200, 200, 200, 201};
      tasks.add(() -> {
        for (int s = 0; s < requests.length; s++) {
          long t0 = System.nanoTime();
          HttpResponse<String> response = clients.get(n).send(requests[s], HttpResponse.BodyHandlers.ofString());
          latencies[s][n] = System.nanoTime() - t0;
          boolean page = s < 3;
          if (response.statusCode() != expected[s] || page && !response.body().contains("/signout")) {
            failures.incrementAndGet();
            System.out.println("  " + STEPS[s] + ": " + response.statusCode() + (page ? " (not the person's own page?)" : ""));
          }
        }
        return null;
      });
    }
    long elapsed = BenchSupport.atOnce(tasks);
    return new Round(elapsed, latencies, failures.get());
  }
}
