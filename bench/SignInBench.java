import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sign-in crowd (issue 18): 200 demo participants sign in at once through the real sign-in
 * form. Each first opens the sign-in page (GET, not timed: it is the page they already have in
 * front of them), then all post the form at the same instant; the timed part is the POST, which
 * checks the password and opens the session. Prints the time until the last one is signed in, the
 * latencies, the server's RSS peak during the crowd and the failures; exits non-zero on any
 * failure. A first round of 200 (with other clients) warms the server up and is not timed.
 *
 * <p>{@code nice bash bench/run.sh SignInBench}
 */
public class SignInBench {

  static final int CLIENTS = 200;

  /** What the lead's combined run reads. */
  record Figures(int clients, double lastSignedInSeconds, double p50Ms, double p95Ms, double p99Ms,
      long rssPeakMb, int failures) {}

  private record Round(long nanos, long[] latencies, int failures) {}

  /** A client holding the sign-in page it opened, ready to post the form. */
  private record Opened(String email, HttpClient http, String form) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    Figures figures;
    try (BenchSupport bench = BenchSupport.start(root)) {
      figures = measure(bench);
    }
    // Exits only once the server and the database are closed (System.exit inside would leave them).
    System.exit(figures.failures() > 0 ? 1 : 0);
  }

  static Figures measure(BenchSupport bench) throws Exception {
    List<String> emails = BenchSupport.participants(CLIENTS);
    System.out.printf("Warming up: %d sign-ins at once (not timed)…%n", CLIENTS);
    Round warm = round(bench, emails);
    Round r;
    long peakMb;
    long rssBeforeMb = PublicBench.rssKb(bench.micro.pid()) / 1024;
    try (BenchSupport.RssPeak rss = bench.rss()) {
      r = round(bench, emails);
      peakMb = rss.peakMb();
    }
    long[] sorted = r.latencies().clone();
    java.util.Arrays.sort(sorted);
    Figures f = new Figures(CLIENTS, r.nanos() / 1e9, BenchSupport.pct(sorted, 0.50),
        BenchSupport.pct(sorted, 0.95), BenchSupport.pct(sorted, 0.99), peakMb, warm.failures() + r.failures());
    System.out.println();
    System.out.printf("=== Sign-in crowd: %d participants post the sign-in form at once ===%n", CLIENTS);
    System.out.printf("last one signed in after %.2f s (%.0f sign-ins/s); %s%n",
        f.lastSignedInSeconds(), CLIENTS / f.lastSignedInSeconds(), BenchSupport.percentiles(r.latencies()));
    System.out.printf("failures: %d (warm-up round: %d, whose last was signed in after %.2f s); Payara RSS: %d MB before, %d MB peak during the crowd%n",
        r.failures(), warm.failures(), warm.nanos() / 1e9, rssBeforeMb, f.rssPeakMb());
    return f;
  }

  /** Every client opens the form (not timed), then all post it at once. */
  private static Round round(BenchSupport bench, List<String> emails) throws Exception {
    List<Opened> opened = new ArrayList<>();
    for (String email : emails) {
      opened.add(open(bench, email));
    }
    long[] latencies = new long[opened.size()];
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < opened.size(); i++) {
      int n = i;
      tasks.add(() -> {
        long start = System.nanoTime();
        try {
          post(bench, opened.get(n), retried);
        } catch (Exception failed) {
          failures.incrementAndGet();
          System.out.println("  " + failed.getMessage());
        }
        latencies[n] = System.nanoTime() - start;
        return null;
      });
    }
    long nanos = BenchSupport.atOnce(tasks);
    if (retried.get() > 0) {
      System.out.printf("  %d posts sent again on a fresh connection (the server had closed the idle one)%n", retried.get());
    }
    return new Round(nanos, latencies, failures.get());
  }

  private static Opened open(BenchSupport bench, String email) throws Exception {
    BenchSupport.SignInForm form = bench.signInForm(email);
    return new Opened(email, form.http(), form.body());
  }

  /**
   * Signed in = redirected away from the sign-in page (a refusal renders the page again). A post
   * that got no byte back because the server had closed the idle keep-alive connection (the forms
   * are fetched one after the other before the release) is sent once more, as a browser would.
   */
  private static void post(BenchSupport bench, Opened client, AtomicInteger retried) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(bench.micro.baseUrl() + "/people/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(client.form())).build();
    HttpResponse<Void> answer;
    try {
      answer = client.http().send(request, HttpResponse.BodyHandlers.discarding());
    } catch (java.io.IOException closed) {
      if (closed.getMessage() == null || !closed.getMessage().contains("received no bytes")) {
        throw closed;
      }
      retried.incrementAndGet();
      answer = client.http().send(request, HttpResponse.BodyHandlers.discarding());
    }
    String location = answer.headers().firstValue("Location").orElse("");
    if ((answer.statusCode() != 302 && answer.statusCode() != 303) || location.contains("/people/signin")) {
      throw new IllegalStateException("sign-in failed for " + client.email() + ": " + answer.statusCode() + " " + location);
    }
  }
}
