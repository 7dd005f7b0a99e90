import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registration benchmark (issue "Registration"): 200 signed-in demo participants register
 * at once for one session of 20 seats, then for five sessions at once; in the same run, on the
 * same database, 200 threads do the equivalent single-row conditional UPDATE over raw JDBC.
 * Prints throughput, latencies, correctness, and the ratio to raw JDBC.
 */
public class RegistrationBench {

  static final int CLIENTS = 200;
  static final int SEATS = 20;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    try (BenchSupport bench = BenchSupport.start(root)) {
      long activity = bench.scalar("SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
      long trainer = bench.scalar("SELECT id FROM account WHERE email = 'formatrice.lambert@relais.test'");

      System.out.printf("Signing in %d demo participants (not timed)…%n", CLIENTS);
      List<String> people = BenchSupport.participants(CLIENTS);
      List<HttpClient> clients = new ArrayList<>();
      for (String email : people) {
        clients.add(bench.signedIn(email));
      }

      System.out.println("Warming up: the same 200 registrations on a throw-away session (not timed)…");
      register(bench, clients, new long[] {session(bench, activity, trainer, 390)});
      register(bench, clients, new long[] {session(bench, activity, trainer, 391), session(bench, activity, trainer, 392)});

      long one = session(bench, activity, trainer, 400);
      Result single = register(bench, clients, new long[] {one});
      long[] five = new long[5];
      for (int i = 0; i < 5; i++) {
        five[i] = session(bench, activity, trainer, 410 + i);
      }
      Result spread = register(bench, clients, five);
      double raw = rawConditionalUpdates(bench, CLIENTS, 10);

      System.out.println();
      System.out.println("=== Registration benchmark (" + CLIENTS + " concurrent clients, " + SEATS + " seats per session) ===");
      report(bench, "1 session ", single, new long[] {one});
      report(bench, "5 sessions", spread, five);
      System.out.printf("raw JDBC conditional UPDATE, 1 row, %d threads: %8.0f updates/s%n", CLIENTS, raw);
      System.out.printf("ratio app/raw: 1 session %.1f %%, 5 sessions %.1f %%%n",
          100 * single.perSecond() / raw, 100 * spread.perSecond() / raw);
    }
  }

  record Result(int requests, long nanos, long[] latencies, int failures) {
    double perSecond() {
      return requests / (nanos / 1e9);
    }
  }

  static long session(BenchSupport bench, long activity, long trainer, int daysAhead) throws Exception {
    var start = Instant.now().plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();
    String json = "{\"activityId\":" + activity + ",\"start\":\"" + start + "\",\"end\":\"" + start.plusMinutes(90)
        + "\",\"mode\":\"ONLINE\",\"videoLink\":\"https://visio.relais.test/bench\",\"capacity\":" + SEATS
        + ",\"studentSeats\":0,\"trainerIds\":[" + trainer + "],\"publish\":true"
        // Everyone past the 20 seats waits: the bench measures the waitlist too.
        + ",\"waitlistLimit\":" + CLIENTS + "}";
    HttpResponse<String> created = bench.basic("POST", "/api/sessions", "coordination@relais.test", json);
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.body());
    }
    String body = created.body();
    int i = body.indexOf("\"id\":") + 5;
    return Long.parseLong(body.substring(i, body.indexOf(',', i)));
  }

  /** Every client registers once, all released at the same instant; client i takes session i mod n. */
  static Result register(BenchSupport bench, List<HttpClient> clients, long[] sessions) throws Exception {
    long[] latencies = new long[clients.size()];
    AtomicLong failures = new AtomicLong();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      int n = i;
      HttpRequest request = HttpRequest.newBuilder(URI.create(bench.micro.baseUrl() + "/api/sessions/"
              + sessions[n % sessions.length] + "/registrations"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
      tasks.add(() -> {
        long t0 = System.nanoTime();
        HttpResponse<String> response = clients.get(n).send(request, HttpResponse.BodyHandlers.ofString());
        latencies[n] = System.nanoTime() - t0;
        if (response.statusCode() != 201) {
          failures.incrementAndGet();
          System.out.println("  not 201: " + response.statusCode() + " " + response.body());
        }
        return null;
      });
    }
    long elapsed = BenchSupport.atOnce(tasks);
    return new Result(clients.size(), elapsed, latencies, (int) failures.get());
  }

  static void report(BenchSupport bench, String label, Result r, long[] sessions) throws Exception {
    System.out.printf("%s: %6.0f registrations/s  %s  (%d requests, %d not 201)%n",
        label, r.perSecond(), BenchSupport.percentiles(r.latencies()), r.requests(), r.failures());
    for (long s : sessions) {
      long confirmed = bench.scalar("SELECT count(*) FROM registration WHERE session_id = " + s + " AND status = 'CONFIRMED'");
      long counter = bench.scalar("SELECT confirmed_general + confirmed_students FROM session WHERE id = " + s);
      long waiting = bench.scalar("SELECT count(*) FROM registration WHERE session_id = " + s + " AND status = 'WAITLISTED'");
      // The seats went to the first registrations, and the waitlist is the rest in rank order.
      long misplaced = bench.scalar("SELECT count(*) FROM registration c WHERE c.session_id = " + s
          + " AND c.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM registration w WHERE w.session_id = c.session_id"
          + " AND w.status = 'WAITLISTED' AND w.rank < c.rank)");
      long duplicates = bench.scalar("SELECT count(*) - count(DISTINCT account_id) FROM registration WHERE session_id = " + s);
      System.out.printf("    session %d: confirmed %d (counter %d, capacity %d) %s, waitlisted %d, waitlist order %s, duplicates %d%n",
          s, confirmed, counter, SEATS, confirmed == SEATS && counter == SEATS ? "OK" : "WRONG", waiting,
          misplaced == 0 ? "OK" : "WRONG (" + misplaced + ")", duplicates);
    }
  }

  /** The floor of what registering costs: one conditional UPDATE on one hot row, autocommit. */
  static double rawConditionalUpdates(BenchSupport bench, int threads, int seconds) throws Exception {
    try (Connection c = bench.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS bench_seats (id int PRIMARY KEY, taken int NOT NULL, capacity int NOT NULL)");
      s.execute("INSERT INTO bench_seats VALUES (1, 0, 2000000000) ON CONFLICT (id) DO UPDATE SET taken = 0");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong updates = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      done.add(pool.submit(() -> {
        try (Connection c = bench.connect();
            PreparedStatement update = c.prepareStatement("UPDATE bench_seats SET taken = taken + 1 WHERE id = 1 AND taken < capacity")) {
          go.await();
          while (System.nanoTime() < end) {
            update.executeUpdate();
            updates.incrementAndGet();
          }
        }
        return null;
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    for (Future<?> f : done) {
      f.get(seconds + 60L, TimeUnit.SECONDS);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    try (Connection c = bench.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE bench_seats");
    }
    return updates.get() / elapsed;
  }
}
