import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kill -9 drill (issue "Trust"): 200 signed-in demo participants register at once for five
 * sessions of 20 seats; while the requests are in flight the application is killed with SIGKILL,
 * then started again on the same database. It prints how many requests were answered "201 Created"
 * before the crash, and checks, in the database after the restart, that every one of them is
 * there, that nobody is registered twice for a session, that no session holds more confirmed
 * registrations than seats, and that each session's seat counters equal its confirmed rows.
 *
 * <p>Run it with {@code bash bench/run.sh CrashDrill} (a fresh embedded PostgreSQL and Relais in
 * demo mode, a minute or two). Exit status 1 when a check fails.
 */
public class CrashDrill {

  static final int CLIENTS = 200;
  static final int SESSIONS = 5;
  static final int SEATS = 20;
  /** The kill comes once this many requests were answered: the rest are cut mid-flight. */
  static final int KILL_AFTER_ANSWERS = CLIENTS / 3;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    try (BenchSupport bench = BenchSupport.start(root)) {
      long activity = bench.scalar("SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
      long trainer = bench.scalar("SELECT id FROM account WHERE email = 'formatrice.lambert@relais.test'");
      long[] sessions = new long[SESSIONS];
      for (int i = 0; i < SESSIONS; i++) {
        sessions[i] = RegistrationBench.session(bench, activity, trainer, 430 + i);
      }
      System.out.printf("Signing in %d demo participants (not timed)…%n", CLIENTS);
      List<String> people = BenchSupport.participants(CLIENTS);
      List<HttpClient> clients = new ArrayList<>();
      for (String email : people) {
        clients.add(bench.signedIn(email));
      }

      int[] status = new int[CLIENTS];
      AtomicInteger created = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch ready = new CountDownLatch(CLIENTS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int n = i;
        HttpRequest request = HttpRequest.newBuilder(URI.create(bench.micro.baseUrl() + "/api/sessions/"
                + sessions[n % SESSIONS] + "/registrations"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        done.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          try {
            status[n] = clients.get(n).send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status[n] == 201) {
              created.incrementAndGet();
            }
          } catch (java.io.IOException cut) {
            status[n] = -1; // no answer: the server died under it
          }
          return null;
        }));
      }
      ready.await();
      long start = System.nanoTime();
      go.countDown();
      while (created.get() < KILL_AFTER_ANSWERS && System.nanoTime() - start < 20_000_000_000L) {
        Thread.sleep(1);
      }
      int beforeKill = created.get();
      System.out.printf("kill -9 after %d ms (%d already answered 201)…%n",
          (System.nanoTime() - start) / 1_000_000, beforeKill);
      Duration restart = bench.killAndRestart();
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();

      BenchSupport.Created answers = bench.created(people, sessions, status);
      int answered201 = answers.answered();
      int missing = answers.missing();
      int noAnswer = (int) java.util.Arrays.stream(status).filter(code -> code == -1).count();
      int other = CLIENTS - answered201 - noAnswer;
      BenchSupport.Integrity integrity = bench.integrity(sessions);
      long rows = integrity.rows();
      long duplicates = integrity.duplicates();
      long overbooked = integrity.overbooked();
      long counterMismatch = integrity.counterMismatch();

      System.out.println();
      System.out.printf("=== kill -9 drill: %d clients, %d sessions of %d seats ===%n", CLIENTS, SESSIONS, SEATS);
      System.out.printf("answered 201 before the crash : %d (%d when the kill was sent)%n", answered201, beforeKill);
      System.out.printf("cut without an answer         : %d%n", noAnswer);
      System.out.printf("other answers                 : %d%n", other);
      System.out.printf("restart until it answered     : %d s%n", restart.toSeconds());
      System.out.printf("registration rows found       : %d (%d committed, their answer cut)%n", rows, rows - answered201);
      System.out.printf("201 answers missing in the db : %d%n", missing);
      System.out.printf("duplicates                    : %d%n", duplicates);
      System.out.printf("overbooked sessions           : %d%n", overbooked);
      System.out.printf("seat counters out of step     : %d%n", counterMismatch);
      if (missing + duplicates + overbooked + counterMismatch > 0) {
        System.exit(1);
      }
    }
  }
}
