import fr.relais.launch.PayaraMicro;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster drill (issue 20): two Payara Micro instances clustered on Payara's data grid, HAProxy
 * in front of them (sticky cookie, health check on /health/ready, fail-over), one PostgreSQL. 200
 * participants sign in through HAProxy, then each browses a session page and its registrations,
 * registers for one of five sessions of 20 seats, and browses again; once a third of them have
 * registered, instance A is killed with SIGKILL. After the run it checks, and prints:
 *
 * <ul>
 *   <li>requests failed: no answer, or a 5xx, as the participants saw them through HAProxy;
 *   <li>signed out: a signed-in request answered 401 (during the run), or the same cookie no longer
 *       signed in afterwards (it is then served by instance B);
 *   <li>every "201 Created" is in the database, nobody twice, no session over its seats;
 *   <li>every mail of the outbox was received once (none twice, none lost);
 *   <li>each job's runs recorded in job_run by the surviving instance.
 * </ul>
 *
 * <p>Run it with {@code bash bench/cluster-drill.sh} (installs haproxy with apt-get when missing).
 * Exit status 1 on any breach.
 */
public class ClusterDrill {

  static final int CLIENTS = 200;
  static final int SESSIONS = 5;
  static final int KILL_AFTER_REGISTERED = CLIENTS / 3;
  /** Other participants, each with a form open ("Mon compte", a new API token) when A dies. */
  static final int FORM_FILLERS = 40;

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    Path target = root.resolve("target");
    int gridA = PayaraMicro.freePort();
    int gridB = PayaraMicro.freePort();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    String secret = "drill-only-cluster-password-0123456789";
    PayaraMicro.Cluster clusterA = new PayaraMicro.Cluster("relais-drill", secret, members, null, gridA);
    PayaraMicro.Cluster clusterB = new PayaraMicro.Cluster("relais-drill", secret, members, null, gridB);
    long t0 = System.nanoTime();
    try (BenchSupport bench = BenchSupport.start(root, clusterA)) {
      PayaraMicro a = bench.micro;
      long activity = bench.scalar("SELECT id FROM activity WHERE title LIKE 'eJADES – Souffler%'");
      long trainer = bench.scalar("SELECT id FROM account WHERE email = 'formatrice.lambert@relais.test'");
      long[] sessions = new long[SESSIONS];
      for (int i = 0; i < SESSIONS; i++) {
        sessions[i] = RegistrationBench.session(bench, activity, trainer, 530 + i);
      }
      PayaraMicro b = bench.startAnother("b", clusterB);
      try (Haproxy proxy = Haproxy.start(target.resolve("haproxy"), a.port(), b.port())) {
        Duration readyB = b.awaitReady("/health/ready", Duration.ofMinutes(8));
        awaitMembers(target.resolve("logs/bench-app.log"), 2);
        proxy.awaitBothUp();
        bench.front = proxy.baseUrl();
        System.out.printf("Instance B ready in %d s; both in one data grid; HAProxy at %s%n",
            readyB.toSeconds(), proxy.baseUrl());

        System.out.printf("Signing in %d participants through HAProxy (not timed)…%n", CLIENTS);
        List<String> people = BenchSupport.participants(CLIENTS);
        List<HttpClient> clients = signIn(bench, people);

        List<String> fillers = BenchSupport.participants(CLIENTS + FORM_FILLERS).subList(CLIENTS, CLIENTS + FORM_FILLERS);
        List<OpenForm> forms = new ArrayList<>();
        for (HttpClient filler : signIn(bench, fillers)) {
          forms.add(OpenForm.open(filler, proxy.baseUrl()));
        }
        long formsOnA = forms.stream().filter(f -> "a".equals(f.instance())).count();
        System.out.printf("%d other participants opened a form (%d of them on A)%n", forms.size(), formsOnA);

        AtomicInteger failed = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        AtomicInteger registered = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        int[] status = new int[CLIENTS];
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          int n = i;
          long session = sessions[n % SESSIONS];
          done.add(pool.submit(() -> {
            go.await();
            Participant p = new Participant(clients.get(n), proxy.baseUrl(), requests, failed, signedOut, failures);
            for (int round = 0; round < 3; round++) {
              p.browse(session);
            }
            status[n] = p.register(session);
            if (status[n] == 201) {
              registered.incrementAndGet();
            }
            for (int round = 0; round < 3; round++) {
              p.browse(session);
            }
            return null;
          }));
        }
        long start = System.nanoTime();
        go.countDown();
        while (registered.get() < KILL_AFTER_REGISTERED && System.nanoTime() - start < 60_000_000_000L) {
          Thread.sleep(2);
        }
        System.out.printf("SIGKILL to instance A after %d ms (%d registered, %d requests answered)…%n",
            (System.nanoTime() - start) / 1_000_000, registered.get(), requests.get());
        a.process().destroyForcibly().waitFor();
        // What they typed, sent after A died: to B for those whose form A had served.
        int formsAccepted = 0;
        for (int i = 0; i < forms.size(); i++) {
          int answer = forms.get(i).submit("drill-form-" + i);
          long kept = bench.scalar("SELECT count(*) FROM api_token t JOIN account a ON a.id = t.account_id"
              + " WHERE a.email = '" + fillers.get(i) + "' AND t.name = 'drill-form-" + i + "' AND t.scopes = 'READ'");
          if (answer == 200 && kept == 1) {
            formsAccepted++;
          } else {
            System.out.printf("  form of %s (opened on %s): answer %d, tokens kept %d%n",
                fillers.get(i), forms.get(i).instance(), answer, kept);
          }
        }
        int formsLost = forms.size() - formsAccepted;
        for (Future<?> f : done) {
          f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;

        // Afterwards: the same cookie, on the instance left.
        int stillSignedIn = 0;
        for (HttpClient client : clients) {
          HttpResponse<Void> mine = client.send(HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/api/me/registrations"))
              .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding());
          if (mine.statusCode() == 200) {
            stillSignedIn++;
          }
        }
        int signedOutAfter = CLIENTS - stillSignedIn;

        String in = "(" + String.join(",", java.util.Arrays.stream(sessions).mapToObj(Long::toString).toList()) + ")";
        BenchSupport.Created created = bench.created(people, sessions, status);
        int answered201 = created.answered();
        int missing = created.missing();
        BenchSupport.Integrity integrity = bench.integrity(sessions);
        long rows = integrity.rows();
        long duplicates = integrity.duplicates();
        long overbooked = integrity.overbooked();
        long counterMismatch = integrity.counterMismatch();
        long unregistered = CLIENTS - rows;

        // Mails: wait until the outbox is swept (B's job every 10 s), then compare with what arrived.
        long waiting = -1;
        for (int i = 0; i < 120; i++) {
          waiting = bench.scalar("SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'");
          if (waiting == 0) {
            break;
          }
          Thread.sleep(1000);
        }
        Thread.sleep(2000); // a mail handed to SMTP just before its row was marked sent
        Map<String, Integer> sent = new HashMap<>();
        try (Connection c = bench.connect();
            ResultSet r = c.createStatement().executeQuery("SELECT recipient, subject FROM mail_outbox WHERE status = 'SENT'")) {
          while (r.next()) {
            sent.merge(r.getString(1).toLowerCase() + "\n" + r.getString(2), 1, Integer::sum);
          }
        }
        Map<String, Integer> received = new HashMap<>();
        Map<String, Integer> byMessageId = new HashMap<>();
        for (MimeMessage m : bench.mail.received()) {
          byMessageId.merge(String.valueOf(m.getMessageID()), 1, Integer::sum);
          for (Address to : m.getAllRecipients()) {
            String address = to instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : to.toString();
            received.merge(address.toLowerCase() + "\n" + m.getSubject(), 1, Integer::sum);
          }
        }
        int twice = 0;
        int lost = 0;
        for (Map.Entry<String, Integer> e : sent.entrySet()) {
          int got = received.getOrDefault(e.getKey(), 0);
          twice += Math.max(0, got - e.getValue());
          lost += Math.max(0, e.getValue() - got);
        }
        long registrationMails = bench.scalar("SELECT count(*) FROM mail_outbox o WHERE o.recipient IN"
            + " (SELECT a.email FROM registration r JOIN account a ON a.id = r.account_id WHERE r.session_id IN " + in + ")");
        List<String> jobs = new ArrayList<>();
        try (Connection c = bench.connect();
            ResultSet r = c.createStatement().executeQuery("SELECT name, runs, failures, outcome FROM job_run ORDER BY name")) {
          while (r.next()) {
            jobs.add(r.getString(1) + " " + r.getLong(2) + " runs, " + r.getLong(3) + " failed, last " + r.getString(4));
          }
        }

        System.out.println();
        System.out.printf("=== cluster drill: %d participants through HAProxy, 2 instances, A killed (SIGKILL) ===%n", CLIENTS);
        System.out.printf("requests answered              : %d in %d ms%n", requests.get(), loadMillis);
        System.out.printf("requests failed                : %d %s%n", failed.get(), failures);
        System.out.printf("signed out during the run      : %d%n", signedOut.get());
        System.out.printf("signed out after (same cookie) : %d of %d%n", signedOutAfter, CLIENTS);
        System.out.printf("forms opened before, sent after: %d (%d opened on A), %d kept as typed, %d lost%n",
            forms.size(), formsOnA, formsAccepted, formsLost);
        System.out.printf("answered 201                   : %d (registration rows %d, not registered %d)%n", answered201, rows, unregistered);
        System.out.printf("201 missing in the database    : %d%n", missing);
        System.out.printf("duplicates                     : %d%n", duplicates);
        System.out.printf("overbooked sessions            : %d (seat counters out of step %d)%n", overbooked, counterMismatch);
        System.out.printf("outbox not sent after 2 min    : %d%n", waiting);
        System.out.printf("mails sent twice / lost        : %d / %d (%d outbox rows sent, %d to the registrants)%n",
            twice, lost, sent.values().stream().mapToInt(Integer::intValue).sum(), registrationMails);
        System.out.printf("same Message-ID received twice : %d (one outbox row handed to SMTP again)%n",
            byMessageId.values().stream().mapToInt(n -> n - 1).sum());
        System.out.printf("jobs (job_run)                 : %s%n", jobs);
        System.out.printf("whole drill                    : %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        b.close();
        if (failed.get() + signedOut.get() + signedOutAfter + formsLost + missing + duplicates + overbooked + counterMismatch
            + unregistered + twice + lost + waiting > 0) {
          System.out.println("BREACH");
          proxy.close(); // System.exit skips the try-with-resources: HAProxy would outlive the drill
          bench.close();
          System.exit(1);
        }
        System.out.println("all checks passed");
      }
    }
  }

  /** Sign-ins through HAProxy, a few at a time (each costs a password check). */
  static List<HttpClient> signIn(BenchSupport bench, List<String> people) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpClient>> made = new ArrayList<>();
      for (String email : people) {
        made.add(pool.submit(() -> bench.signedIn(email)));
      }
      List<HttpClient> clients = new ArrayList<>();
      for (Future<HttpClient> f : made) {
        clients.add(f.get(5, TimeUnit.MINUTES));
      }
      return clients;
    } finally {
      pool.shutdown();
    }
  }

  /** Waits until the instance's log shows a data grid of this many members. */
  static void awaitMembers(Path log, int members) throws Exception {
    for (int i = 0; i < 120; i++) {
      if (Files.readString(log).contains("DG Size: " + members)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the data grid never reached " + members + " members (" + log + ")");
  }

  /**
   * A form a person has open: "Mon compte" as their instance served it (its view state kept in their
   * session, so in the grid), about to create an API token with the name they type.
   */
  record OpenForm(HttpClient http, String base, String instance, Map<String, String> tokens) {

    static OpenForm open(HttpClient http, String base) throws Exception {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/people/account"))
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 200) {
        throw new IllegalStateException("Mon compte answered " + page.statusCode());
      }
      String instance = http.cookieHandler().map(h -> ((java.net.CookieManager) h).getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("RELAIS_SRV")).map(java.net.HttpCookie::getValue).findFirst().orElse("?"))
          .orElse("?");
      return new OpenForm(http, base, instance, fr.relais.testing.WebClient.tokens(page.body()));
    }

    /** Sends the form as typed (name, read scope, 90 days); the answer's status, -1 for none. */
    int submit(String name) {
      StringBuilder form = new StringBuilder("tokens=tokens&tokens%3Aname=").append(name)
          .append("&tokens%3Ascopes=READ&tokens%3Adays=90&tokens%3Acreate=");
      tokens.forEach((k, v) -> form.append('&').append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
          .append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
      try {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/people/account")).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException | InterruptedException e) {
        return -1;
      }
    }
  }

  /** One signed-in participant's requests, counted as they see them. */
  record Participant(HttpClient http, String base, AtomicInteger requests, AtomicInteger failed,
      AtomicInteger signedOut, Map<String, AtomicInteger> failures) {

    private int send(HttpRequest request, boolean signedIn) {
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        requests.incrementAndGet();
        if (status >= 500) {
          failed.incrementAndGet();
          failures.computeIfAbsent(String.valueOf(status), k -> new AtomicInteger()).incrementAndGet();
        } else if (signedIn && (status == 401 || status == 302 || status == 303)) {
          signedOut.incrementAndGet();
        }
        return status;
      } catch (IOException | InterruptedException e) {
        failed.incrementAndGet();
        failures.computeIfAbsent(e.getClass().getSimpleName() + " " + request.method() + " " + e.getMessage(), k -> new AtomicInteger()).incrementAndGet();
        return -1;
      }
    }

    void browse(long session) {
      send(HttpRequest.newBuilder(URI.create(base + "/catalog/session?id=" + session)).timeout(Duration.ofSeconds(60)).build(), false);
      send(HttpRequest.newBuilder(URI.create(base + "/api/me/registrations")).header("Accept", "application/json")
          .timeout(Duration.ofSeconds(60)).build(), true);
    }

    int register(long session) {
      return send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session + "/registrations"))
          .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), true);
    }
  }
}
