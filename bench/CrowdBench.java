import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 18's goals table in one run, on one Relais and one database: 200 people sign in at once
 * (SignInBench), 200 token clients register at once beside the bare JDBC transaction
 * (RegistrationBench), 200 signed-in participants browse and register (SignedInBench), and wrk on
 * the signed-in catalogue beside the static file (PublicBench). Prints each bench's lines, then
 * the table with the figures of before and this run's. Exits 1 on any unexpected answer,
 * overbooking, duplicate or lost registration; a goal missed is printed, not an error.
 *
 * <p>{@code bash bench/run.sh CrowdBench}
 */
public class CrowdBench {

  /** One line of the table: the figure before the work, this run's, the goal. */
  record Goal(String figure, String before, String now, String goal, boolean met) {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    List<Goal> goals = new ArrayList<>();
    long wrong;
    try (BenchSupport bench = BenchSupport.start(root)) {
      System.out.println("\n### 1. Sign-in crowd");
      SignInBench.Figures signIn = SignInBench.measure(bench);
      System.out.println("\n### 2. Registrations through the API with tokens, beside bare JDBC");
      RegistrationBench.Figures api = RegistrationBench.measure(bench);
      System.out.println("\n### 3. Signed-in participants browse and register");
      SignedInBench.Figures browse = SignedInBench.measure(bench);
      System.out.println("\n### 4. wrk: the signed-in catalogue beside the static file");
      PublicBench.SignedIn page;
      long wrkRss;
      try (var rss = bench.rss()) {
        page = PublicBench.signedInCatalogue(bench);
        wrkRss = rss.peakMb();
      }

      goals.add(new Goal("API registrations/s, 200 token clients, one session ÷ bare JDBC transaction",
          "7 reg/s (Basic)",
          String.format("%.0f reg/s ÷ %.0f tx/s = %.2f", api.one().perSecond(), api.bareOne(), api.ratioOne()),
          "≥ 0.5", api.ratioOne() >= 0.5));
      double[] p95 = browse.p95();
      goals.add(new Goal("SignedInBench p95 of each step (catalogue, session, Mes inscriptions, register)",
          "3.1–5.7 s",
          String.format("%.0f / %.0f / %.0f / %.0f ms", p95[0], p95[1], p95[2], p95[3]),
          "< 1 s", browse.worstP95() < 1000));
      goals.add(new Goal("signed-in catalogue page req/s ÷ static file req/s", "0.03–0.05",
          String.format("%.0f ÷ %.0f = %.3f", page.cataloguePerSecond(), page.staticPerSecond(), page.ratio()),
          "≥ 0.15", page.ratio() >= 0.15));
      goals.add(new Goal("200 sign-ins at once: time until the last is signed in", "~13 s (estimate)",
          String.format("%.2f s (p95 %.0f ms)", signIn.lastSignedInSeconds(), signIn.p95Ms()),
          "< 5 s", signIn.lastSignedInSeconds() < 5));
      long worstRss = Math.max(Math.max(signIn.rssPeakMb(), api.rssPeakMb()), Math.max(browse.rssPeakMb(), wrkRss));
      goals.add(new Goal("RSS under each load (sign-ins / API / browsing / wrk)", "945 MB peak",
          String.format("%d / %d / %d / %d MB", signIn.rssPeakMb(), api.rssPeakMb(), browse.rssPeakMb(), wrkRss),
          "< 1 GB", worstRss < 1024));
      wrong = signIn.failures() + api.problems() + browse.unexpectedAnswers() + browse.overbooked() + page.errors();
      goals.add(new Goal("overbooked, duplicated, lost (and unexpected answers)", "0",
          String.valueOf(wrong), "0", wrong == 0));
    }

    System.out.println("\n=== Issue 18: the signed-in crowd and the API, one run on " + Runtime.getRuntime().availableProcessors()
        + " cores (the bench's JVM; Relais runs beside it) ===");
    System.out.println("| figure | before (issue) | this run | goal | met |");
    System.out.println("|---|---|---|---|---|");
    for (Goal g : goals) {
      System.out.printf("| %s | %s | %s | %s | %s |%n", g.figure(), g.before(), g.now(), g.goal(), g.met() ? "yes" : "NO");
    }
    if (wrong > 0) {
      System.out.println("FAILED: " + wrong + " unexpected answer(s), overbooking or lost registration(s), see above");
      System.exit(1);
    }
  }
}
