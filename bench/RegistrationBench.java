import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration benchmark (issue 18, point 5): 200 API clients (tokens; signed-in cookies on a
 * server without tokens) register at once for one session of 20 seats, then for five sessions at
 * once; in the same run, on the same database, 200 JDBC threads do the same transaction shape bare
 * (lock the row, conditional update, insert a row under a unique (session, person) key, commit) in
 * bench tables made and dropped here. Prints registrations/s, latencies, the ratio app ÷ bare, the
 * RSS peak and the correctness checks; fails on any unexpected answer, overbooking, duplicate,
 * waitlist out of order or mail not matching a committed registration.
 */
public class RegistrationBench {

  static final int CLIENTS = 200;
  static final int SEATS = 20;
  static final int ROUNDS = 3;
  static final int BARE_SECONDS = 5;

  /** The figures of one run, for the lead's combined table. */
  record Figures(String clients, Round one, Round five, double bareOne, double bareFive, long rssPeakMb, int problems) {
    double ratioOne() {
      return one.perSecond() / bareOne;
    }

    double ratioFive() {
      return five.perSecond() / bareFive;
    }
  }

  /** One burst: every client registers once, all released at the same instant. */
  record Round(int requests, long nanos, long[] latencies, int unexpected) {
    double perSecond() {
      return requests / (nanos / 1e9);
    }

    double p(double q) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      return BenchSupport.pct(sorted, q);
    }
  }

  /** What the API answered one client. */
  record Answer(long session, int status, long id, String state, Integer position) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    try (BenchSupport bench = BenchSupport.start(root)) {
      Figures figures = measure(bench);
      if (figures.problems() > 0) {
        System.out.println("FAILED: " + figures.problems() + " problem(s), see above");
        System.exit(1);
      }
    }
  }

  /**
   * The whole measurement on a started Relais, printing its lines; {@code problems() > 0} means an
   * unexpected answer, an overbooking, a duplicate, a waitlist out of order or a wrong mail: the
   * caller must then exit non-zero (as {@link #main} does).
   */
  static Figures measure(BenchSupport bench) throws Exception {
    long activity = bench.scalar("SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
    long trainer = bench.scalar("SELECT id FROM account WHERE email = 'formatrice.lambert@relais.test'");
    BenchSupport.ApiClient coordinator = bench.coordinator();
    System.out.printf("Making %d participant clients (not timed)…%n", CLIENTS);
    List<BenchSupport.ApiClient> clients = bench.participants(BenchSupport.participants(CLIENTS));
    String kind = clients.get(0).kind();
    System.out.println("Clients: " + kind + "; coordinator's set-up: " + coordinator.kind());

    int[] day = {500}; // days 501–524: clear of the other benches' sessions in a combined run
    int[] problems = {0};
    System.out.println("Warming up: the same 200 registrations on throw-away sessions (not timed)…");
    burst(bench, clients, sessions(bench, coordinator, activity, trainer, day, 1), problems);
    burst(bench, clients, sessions(bench, coordinator, activity, trainer, day, 5), problems);

    List<Round> ones = new ArrayList<>();
    List<Round> fives = new ArrayList<>();
    long rss;
    try (var peak = bench.rss()) {
      for (int i = 0; i < ROUNDS; i++) {
        ones.add(burst(bench, clients, sessions(bench, coordinator, activity, trainer, day, 1), problems));
        fives.add(burst(bench, clients, sessions(bench, coordinator, activity, trainer, day, 5), problems));
      }
      rss = peak.peakMb();
    }
    awaitOutboxSent(bench);
    double bareOne = bare(bench, 1);
    double bareFive = bare(bench, 5);
    long overbooked = bench.scalar("SELECT count(*) FROM session WHERE confirmed_general + confirmed_students <> "
        + "(SELECT count(*) FROM registration r WHERE r.session_id = session.id AND r.status = 'CONFIRMED')"
        + " OR confirmed_general + confirmed_students > capacity");
    if (overbooked > 0) {
      problems[0]++;
    }

    Round one = median(ones);
    Round five = median(fives);
    Figures f = new Figures(kind, one, five, bareOne, bareFive, rss, problems[0]);
    System.out.println();
    System.out.printf("=== Registration benchmark: %d clients at once, %d seats per session, %d rounds each (median shown) ===%n",
        CLIENTS, SEATS, ROUNDS);
    System.out.println("clients: " + kind);
    line("API, 1 session ", one, ones);
    line("API, 5 sessions", five, fives);
    System.out.printf("bare JDBC, same transaction shape, %d threads, %d s: 1 row %6.0f tx/s, 5 rows %6.0f tx/s%n",
        CLIENTS, BARE_SECONDS, bareOne, bareFive);
    System.out.printf("ratio API ÷ bare JDBC: 1 session %.2f, 5 sessions %.2f (goal ≥ 0.5 for one session)%n",
        f.ratioOne(), f.ratioFive());
    System.out.printf("Payara RSS peak during the rounds: %d MB%n", rss);
    System.out.printf("sessions overbooked or with a seat counter out of step with their rows (whole database): %d%n", overbooked);
    System.out.printf("problems (unexpected answers, overbooking, duplicates, waitlist order, mails): %d%n", problems[0]);
    return f;
  }

  private static void line(String label, Round r, List<Round> all) {
    System.out.printf("%s: %6.0f registrations/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (rounds: %s reg/s; %d not 201)%n",
        label, r.perSecond(), r.p(0.50), r.p(0.95), r.p(0.99),
        String.join(", ", all.stream().map(x -> String.format("%.0f", x.perSecond())).toList()),
        all.stream().mapToInt(Round::unexpected).sum());
  }

  private static Round median(List<Round> rounds) {
    List<Round> sorted = new ArrayList<>(rounds);
    sorted.sort(Comparator.comparingDouble(Round::perSecond));
    return sorted.get(sorted.size() / 2);
  }

  static long[] sessions(BenchSupport bench, BenchSupport.ApiClient coordinator, long activity, long trainer, int[] day, int count)
      throws Exception {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      var start = Instant.now().plus(++day[0], ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
          .atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime();
      String json = "{\"activityId\":" + activity + ",\"start\":\"" + start + "\",\"end\":\"" + start.plusMinutes(90)
          + "\",\"mode\":\"ONLINE\",\"videoLink\":\"https://visio.relais.test/bench\",\"capacity\":" + SEATS
          + ",\"studentSeats\":0,\"trainerIds\":[" + trainer + "],\"publish\":true"
          // Everyone past the 20 seats waits: the bench measures the waitlist too.
          + ",\"waitlistLimit\":" + CLIENTS + "}";
      HttpResponse<String> created = coordinator.send(bench.micro.baseUrl(), "POST", "/api/sessions", json);
      if (created.statusCode() != 201) {
        throw new IllegalStateException("creating a bench session: " + created.statusCode() + " " + created.body());
      }
      String body = created.body();
      int at = body.indexOf("\"id\":") + 5;
      ids[i] = Long.parseLong(body.substring(at, body.indexOf(',', at)));
    }
    return ids;
  }

  /**
   * One published online session of 20 seats, {@code daysAhead} days from now, made by the
   * coordinator (kept for the other benches and drills).
   */
  static long session(BenchSupport bench, long activity, long trainer, int daysAhead) throws Exception {
    int[] day = {daysAhead - 1};
    return sessions(bench, bench.coordinator(), activity, trainer, day, 1)[0];
  }

  /** A burst's figures as the other benches report them. */
  record Result(int requests, long nanos, long[] latencies, int failures) {
    double perSecond() {
      return requests / (nanos / 1e9);
    }
  }

  /** The old per-session report, kept for the other benches: counter, waitlist order, duplicates. */
  static void report(BenchSupport bench, String label, Result r, long[] sessions) throws Exception {
    System.out.printf("%s: %6.0f registrations/s  %s  (%d requests, %d not 201)%n",
        label, r.perSecond(), BenchSupport.percentiles(r.latencies()), r.requests(), r.failures());
    for (long s : sessions) {
      long confirmed = bench.scalar("SELECT count(*) FROM registration WHERE session_id = " + s + " AND status = 'CONFIRMED'");
      long counter = bench.scalar("SELECT confirmed_general + confirmed_students FROM session WHERE id = " + s);
      long waiting = bench.scalar("SELECT count(*) FROM registration WHERE session_id = " + s + " AND status = 'WAITLISTED'");
      long misplaced = bench.scalar("SELECT count(*) FROM registration c WHERE c.session_id = " + s
          + " AND c.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM registration w WHERE w.session_id = c.session_id"
          + " AND w.status = 'WAITLISTED' AND w.rank < c.rank)");
      long duplicates = bench.scalar("SELECT count(*) - count(DISTINCT account_id) FROM registration WHERE session_id = " + s);
      System.out.printf("    session %d: confirmed %d (counter %d, capacity %d) %s, waitlisted %d, waitlist order %s, duplicates %d%n",
          s, confirmed, counter, SEATS, confirmed == SEATS && counter == SEATS ? "OK" : "WRONG", waiting,
          misplaced == 0 ? "OK" : "WRONG (" + misplaced + ")", duplicates);
    }
  }

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
  private static final Pattern POSITION = Pattern.compile("\"waitlistPosition\":(\\d+)");

  /** Client i registers for session i mod n; then every check of {@link #check}. */
  static Round burst(BenchSupport bench, List<BenchSupport.ApiClient> clients, long[] sessions, int[] problems)
      throws Exception {
    awaitOutboxSent(bench);
    long mailsBefore = bench.scalar("SELECT coalesce(max(id), 0) FROM mail_outbox");
    long[] latencies = new long[clients.size()];
    Answer[] answers = new Answer[clients.size()];
    AtomicLong unexpected = new AtomicLong();
    AtomicLong retried = new AtomicLong();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      int n = i;
      long session = sessions[n % sessions.length];
      BenchSupport.ApiClient client = clients.get(n);
      HttpRequest request = client.request(bench.micro.baseUrl() + "/api/sessions/" + session + "/registrations")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
      tasks.add(() -> {
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
          response = client.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
          if (!String.valueOf(closed.getMessage()).contains("received no bytes")) {
            throw closed;
          }
          // The server closed this client's idle keep-alive connection before reading the request:
          // sent again on a fresh one (a registration already made would answer 200 and be counted).
          retried.incrementAndGet();
          response = client.http().send(request, HttpResponse.BodyHandlers.ofString());
        }
        latencies[n] = System.nanoTime() - t0;
        String body = response.body();
        Matcher id = ID.matcher(body);
        Matcher status = STATUS.matcher(body);
        Matcher position = POSITION.matcher(body);
        answers[n] = new Answer(session, response.statusCode(), id.find() ? Long.parseLong(id.group(1)) : -1,
            status.find() ? status.group(1) : "?", position.find() ? Integer.valueOf(position.group(1)) : null);
        if (response.statusCode() != 201) {
          unexpected.incrementAndGet();
          System.out.println("  not 201: " + response.statusCode() + " " + body);
        }
        return null;
      });
    }
    long elapsed = BenchSupport.atOnce(tasks);
    if (retried.get() > 0) {
      System.out.println("  sent again after the server closed an idle connection: " + retried.get());
    }
    problems[0] += (int) unexpected.get();
    long mails = bench.scalar("SELECT count(*) FROM mail_outbox WHERE kind IN ('confirmed', 'waitlisted') AND id > " + mailsBefore);
    if (mails != clients.size()) {
      System.out.println("    WRONG: " + mails + " mails queued for " + clients.size() + " registrations");
      problems[0]++;
    }
    for (long s : sessions) {
      problems[0] += check(bench, s, clients.size() / sessions.length, answers, mailsBefore);
    }
    return new Round(clients.size(), elapsed, latencies, (int) unexpected.get());
  }

  /**
   * Seats = counter = 20, the rest waiting, no duplicate, seats to the first in rank, the answered
   * waitlist positions those of the rank order, and exactly one mail per committed registration
   * (confirmed or waitlisted, to its person). Prints a line only when something is wrong.
   */
  static int check(BenchSupport bench, long s, int registered, Answer[] answers, long mailsBefore) throws Exception {
    List<String> wrong = new ArrayList<>();
    long confirmed = bench.scalar("SELECT count(*) FROM registration WHERE session_id = " + s + " AND status = 'CONFIRMED'");
    long counter = bench.scalar("SELECT confirmed_general + confirmed_students FROM session WHERE id = " + s);
    long waiting = bench.scalar("SELECT count(*) FROM registration WHERE session_id = " + s + " AND status = 'WAITLISTED'");
    if (confirmed != SEATS || counter != SEATS || waiting != registered - SEATS) {
      wrong.add("confirmed " + confirmed + ", counter " + counter + ", waitlisted " + waiting);
    }
    long misplaced = bench.scalar("SELECT count(*) FROM registration c WHERE c.session_id = " + s
        + " AND c.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM registration w WHERE w.session_id = c.session_id"
        + " AND w.status = 'WAITLISTED' AND w.rank < c.rank)");
    long duplicates = bench.scalar("SELECT count(*) - count(DISTINCT account_id) FROM registration WHERE session_id = " + s);
    if (misplaced > 0 || duplicates > 0) {
      wrong.add("seats after waiting ones " + misplaced + ", duplicates " + duplicates);
    }
    Map<Long, Integer> answered = new HashMap<>();
    for (Answer a : answers) {
      if (a != null && a.session() == s && "WAITLISTED".equals(a.state())) {
        answered.put(a.id(), a.position());
      }
    }
    int place = 0;
    int outOfOrder = 0;
    try (Connection c = bench.connect(); Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT id FROM registration WHERE session_id = " + s + " AND status = 'WAITLISTED' ORDER BY rank")) {
      while (r.next()) {
        Integer position = answered.get(r.getLong(1));
        if (position == null || position != ++place) {
          outOfOrder++;
        }
      }
    }
    if (outOfOrder > 0 || answered.size() != waiting) {
      wrong.add("waitlist positions answered out of rank order: " + outOfOrder + " (answers " + answered.size() + ")");
    }
    // Each registration's mail, to its person, of its kind (the burst's total is checked too).
    long matched = bench.scalar("SELECT count(*) FROM registration r JOIN account a ON a.id = r.account_id"
        + " WHERE r.session_id = " + s + " AND (SELECT count(*) FROM mail_outbox m WHERE m.id > " + mailsBefore
        + " AND m.recipient = a.email AND m.kind = lower(r.status)) = 1");
    if (matched != registered) {
      wrong.add("registrations with their one mail " + matched + " (expected " + registered + ")");
    }
    if (!wrong.isEmpty()) {
      System.out.println("    session " + s + " WRONG: " + String.join("; ", wrong));
    }
    return wrong.size();
  }

  /** The mails of the previous round sent, so that each round starts alike (at most a minute). */
  static void awaitOutboxSent(BenchSupport bench) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (bench.scalar("SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'") > 0 && System.nanoTime() < until) {
      Thread.sleep(200);
    }
  }

  /**
   * The floor: the registration's transaction shape over bare JDBC, 200 threads for a few seconds,
   * thread i on row i mod n: BEGIN; SELECT … FOR UPDATE; conditional UPDATE of the counter; INSERT
   * under a unique (session, person) key; COMMIT. Returns transactions per second.
   */
  static double bare(BenchSupport bench, int rows) throws Exception {
    try (Connection c = bench.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_registration");
      s.execute("DROP TABLE IF EXISTS bench_session");
      s.execute("CREATE TABLE bench_session (id int PRIMARY KEY, status varchar(12) NOT NULL,"
          + " taken int NOT NULL, capacity int NOT NULL, CHECK (taken <= capacity))");
      s.execute("CREATE TABLE bench_registration (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
          + " session_id int NOT NULL REFERENCES bench_session (id), person_id bigint NOT NULL,"
          + " status varchar(12) NOT NULL, rank bigint GENERATED ALWAYS AS IDENTITY, registered_at timestamptz NOT NULL,"
          + " UNIQUE (session_id, person_id))");
      s.execute("INSERT INTO bench_session SELECT g, 'PUBLISHED', 0, " + SEATS + " FROM generate_series(1, " + rows + ") g");
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicLong transactions = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    long[] end = new long[1];
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int thread = i;
      done.add(pool.submit(() -> {
        try (Connection c = bench.connect();
            PreparedStatement lock = c.prepareStatement("SELECT status, taken, capacity FROM bench_session WHERE id = ? FOR UPDATE");
            PreparedStatement claim = c.prepareStatement("UPDATE bench_session SET taken = taken + 1 WHERE id = ? AND taken < capacity");
            PreparedStatement insert = c.prepareStatement("INSERT INTO bench_registration (session_id, person_id, status, registered_at)"
                + " VALUES (?, ?, ?, now())")) {
          c.setAutoCommit(false);
          int row = thread % rows + 1;
          long person = (long) thread << 32;
          ready.countDown();
          go.await();
          while (System.nanoTime() < end[0]) {
            lock.setInt(1, row);
            try (ResultSet r = lock.executeQuery()) {
              r.next();
            }
            claim.setInt(1, row);
            boolean seated = claim.executeUpdate() == 1;
            insert.setInt(1, row);
            insert.setLong(2, ++person);
            insert.setString(3, seated ? "CONFIRMED" : "WAITLISTED");
            insert.executeUpdate();
            c.commit();
            transactions.incrementAndGet();
          }
        }
        return null;
      }));
    }
    ready.await();
    long start = System.nanoTime();
    end[0] = start + TimeUnit.SECONDS.toNanos(BARE_SECONDS);
    go.countDown();
    for (Future<?> f : done) {
      f.get(BARE_SECONDS + 60L, TimeUnit.SECONDS);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    try (Connection c = bench.connect(); Statement s = c.createStatement()) {
      long taken = 0;
      try (ResultSet r = s.executeQuery("SELECT sum(taken) FROM bench_session")) {
        r.next();
        taken = r.getLong(1);
      }
      if (taken != (long) SEATS * rows) {
        throw new IllegalStateException("bare JDBC: " + taken + " seats taken of " + SEATS * rows);
      }
      s.execute("DROP TABLE bench_registration");
      s.execute("DROP TABLE bench_session");
    }
    return transactions.get() / elapsed;
  }
}
