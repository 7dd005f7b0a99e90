import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * PostgreSQL stopped and started again under load (issue "Trust"): 20 readers page through
 * {@code GET /api/sessions}, 40 signed-in participants register one after the other, and a probe
 * asks {@code /health/ready}; after 10 s of load PostgreSQL is stopped ("immediate", as a crash),
 * kept down 10 s, then started again. The application is not touched. It prints the answers
 * before, during and after the outage, how long after PostgreSQL came back the application
 * answered again, that it is the same process, and checks that no registration was half-written
 * (seat counters equal to confirmed rows, nobody twice).
 *
 * <p>Run it with {@code bash bench/run.sh PgRestartDrill} (fresh embedded PostgreSQL, about two
 * minutes). Exit status 1 when a check fails.
 */
public class PgRestartDrill {

  static final int READERS = 20;
  static final int WRITERS = 40;

  enum Phase { BEFORE, DOWN, AFTER }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    if (System.getenv("RELAIS_DB_URL") != null) {
      throw new IllegalStateException("This drill stops the database: it runs on its own embedded PostgreSQL only; unset RELAIS_DB_URL.");
    }
    try (BenchSupport bench = BenchSupport.start(root)) {
      Path data = root.resolve("target/bench-pg/data");
      long pid = bench.micro.process().pid();
      long activity = bench.scalar("SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
      long trainer = bench.scalar("SELECT id FROM account WHERE email = 'formatrice.lambert@relais.test'");
      long[] sessions = {RegistrationBench.session(bench, activity, trainer, 440), RegistrationBench.session(bench, activity, trainer, 441)};
      List<HttpClient> writers = new ArrayList<>();
      for (String email : BenchSupport.participants(WRITERS)) {
        writers.add(bench.signedIn(email));
      }

      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger phase = new AtomicInteger(Phase.BEFORE.ordinal());
      Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
      AtomicLong firstOkAfterRestart = new AtomicLong();
      AtomicLong firstReadyAfterRestart = new AtomicLong();
      HttpClient readerClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      ExecutorService pool = Executors.newFixedThreadPool(READERS + 3);
      String base = bench.micro.baseUrl();
      for (int r = 0; r < READERS; r++) {
        int page = r % 3;
        pool.submit(() -> {
          HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/sessions?size=20&page=" + page)).timeout(Duration.ofSeconds(30)).build();
          while (!stop.get()) {
            int status = send(readerClient, get);
            count(answers, "GET /api/sessions", Phase.values()[phase.get()], status);
            if (status == 200 && phase.get() == Phase.AFTER.ordinal()) {
              firstOkAfterRestart.compareAndSet(0, System.nanoTime());
            }
          }
          return null;
        });
      }
      pool.submit(() -> {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(30)).build();
        while (!stop.get()) {
          int status = send(readerClient, ready);
          count(answers, "GET /health/ready", Phase.values()[phase.get()], status);
          if (status == 200 && phase.get() == Phase.AFTER.ordinal()) {
            firstReadyAfterRestart.compareAndSet(0, System.nanoTime());
          }
          Thread.sleep(200);
        }
        return null;
      });
      // A signed-in person on "Mes inscriptions": what the page says while the database is away.
      HttpClient reader = bench.signedIn(BenchSupport.participants(WRITERS + 1).get(WRITERS));
      AtomicReference<String> downHeading = new AtomicReference<>("none but 200");
      pool.submit(() -> {
        HttpRequest mine = HttpRequest.newBuilder(URI.create(base + "/registration/mine")).timeout(Duration.ofSeconds(30)).build();
        while (!stop.get()) {
          Phase now = Phase.values()[phase.get()];
          try {
            HttpResponse<String> page = reader.send(mine, HttpResponse.BodyHandlers.ofString());
            count(answers, "GET /registration/mine", now, page.statusCode());
            java.util.regex.Matcher h1 = java.util.regex.Pattern.compile("<h1[^>]*>([^<]*)</h1>").matcher(page.body());
            if (page.statusCode() != 200 && h1.find()) { // the kill may land during a BEFORE request
              downHeading.set(page.statusCode() + " " + h1.group(1).strip()
                  + page.headers().firstValue("Retry-After").map(s -> ", Retry-After " + s).orElse(""));
            }
          } catch (Exception noAnswer) {
            count(answers, "GET /registration/mine", now, -1);
          }
          Thread.sleep(200);
        }
        return null;
      });
      AtomicInteger registered = new AtomicInteger();
      pool.submit(() -> {
        for (int n = 0; n < WRITERS && !stop.get(); n++) {
          HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + sessions[n % 2] + "/registrations"))
              .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
          int status = send(writers.get(n), post);
          count(answers, "POST registration", Phase.values()[phase.get()], status);
          if (status == 201) {
            registered.incrementAndGet();
          }
          Thread.sleep(750);
        }
        return null;
      });

      Thread.sleep(10_000);
      // PostgreSQL refuses to run as root: like the embedded launcher, start it in a user namespace
      // (unshare -U) from its own command line (postmaster.opts); a signal stops it.
      List<String> command = new ArrayList<>(List.of("unshare", "-U"));
      command.addAll(commandLine(Files.readString(data.resolve("postmaster.opts")).trim()));
      long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      System.out.println("Stopping PostgreSQL (immediate shutdown, as a crash)…");
      run("kill", "-QUIT", Long.toString(postmaster));
      while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
        Thread.sleep(50);
      }
      phase.set(Phase.DOWN.ordinal());
      Thread.sleep(10_000);
      System.out.println("Starting PostgreSQL again…");
      Process restarted = new ProcessBuilder(command)
          .redirectErrorStream(true).redirectOutput(root.resolve("target/logs/bench-pg-restarted.log").toFile()).start();
      waitForDatabase(bench);
      long back = System.nanoTime();
      phase.set(Phase.AFTER.ordinal());
      Thread.sleep(20_000);
      stop.set(true);
      pool.shutdown();
      pool.awaitTermination(2, TimeUnit.MINUTES);

      String in = "(" + sessions[0] + "," + sessions[1] + ")";
      long rows = bench.scalar("SELECT count(*) FROM registration WHERE session_id IN " + in + " AND status <> 'CANCELLED'");
      long duplicates = bench.scalar("SELECT count(*) FROM (SELECT session_id, account_id FROM registration"
          + " WHERE session_id IN " + in + " AND status <> 'CANCELLED' GROUP BY 1, 2 HAVING count(*) > 1) d");
      long counterMismatch = bench.scalar("SELECT count(*) FROM session s WHERE s.id IN " + in
          + " AND s.confirmed_general + s.confirmed_students"
          + " <> (SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'CONFIRMED')");
      boolean alive = bench.micro.process().isAlive() && bench.micro.process().pid() == pid;
      bench.micro.close();
      restarted.destroy(); // SIGTERM: the restarted server shuts down; the launcher's no longer runs
      restarted.waitFor(30, TimeUnit.SECONDS);

      System.out.println();
      System.out.println("=== PostgreSQL restart drill: down 10 s under load, the application left alone ===");
      System.out.printf("%-20s %-7s %s%n", "request", "phase", "answers (status: count; -1 = no answer)");
      new TreeMap<>(answers).forEach((key, n) -> System.out.printf("%-28s %s%n", key, n));
      System.out.printf("API answering 200 again   : %s after PostgreSQL was back%n", since(back, firstOkAfterRestart.get()));
      System.out.printf("/health/ready UP again    : %s after PostgreSQL was back%n", since(back, firstReadyAfterRestart.get()));
      System.out.printf("page not answering 200   : %s%n", downHeading.get());
      System.out.printf("same application process  : %s (pid %d)%n", alive, pid);
      System.out.printf("registrations answered 201: %d, rows found: %d%n", registered.get(), rows);
      System.out.printf("duplicates                : %d%n", duplicates);
      System.out.printf("seat counters out of step : %d%n", counterMismatch);
      boolean ok = firstOkAfterRestart.get() != 0 && firstReadyAfterRestart.get() != 0 && alive
          && rows == registered.get() && duplicates == 0 && counterMismatch == 0;
      System.out.println(ok ? "RESULT: recovered without a restart, nothing half-written" : "RESULT: FAILED");
      if (!ok) {
        System.exit(1);
      }
    }
  }

  private static int send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception noAnswer) {
      return -1;
    }
  }

  private static void count(Map<String, AtomicLong> answers, String what, Phase phase, int status) {
    answers.computeIfAbsent(String.format("%-20s %-7s %d", what, phase, status), k -> new AtomicLong()).incrementAndGet();
  }

  private static String since(long from, long to) {
    return to == 0 ? "never" : String.format("%.1f s", Math.max(0, to - from) / 1e9);
  }

  /** postmaster.opts holds the server's command line, each argument in double quotes. */
  static List<String> commandLine(String postmasterOpts) {
    List<String> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(postmasterOpts);
    while (m.find()) {
      tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return tokens;
  }

  private static void waitForDatabase(BenchSupport bench) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (var c = bench.connect()) {
        return;
      } catch (Exception starting) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("PostgreSQL did not come back");
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
  }
}
