import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import fr.relais.quality.PublicResults;
import fr.relais.reporting.BeforeAfter;
import fr.relais.reporting.ReportFilter;
import fr.relais.reporting.ReportQueries;
import fr.relais.reporting.ReportQuery;
import fr.relais.reporting.Reports;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports benchmark: how long the coordinator's reports take on three years of history, at
 * the association's real size and at ten times it.
 *
 * <p>Run it with {@code bash bench/run.sh ReportsBench [1,10,30]} (the scales, default 1, 10 and 30;
 * it builds the WAR, starts a fresh
 * embedded PostgreSQL in target/bench-pg, or uses RELAIS_DB_URL's database if that is a demo or
 * bench one, and Relais in demo mode on Payara Micro; a few minutes, the scale-10 fill taking
 * about half a minute). It fills the last three
 * full calendar years with {@link ReportData} at scale 1 and measures, then adds 9 more (scale 10)
 * and measures again; it signs in as the coordinator and times, for the last of those years, the
 * activity, satisfaction and wellbeing reports as JSON (/api/reports/…) and as pages
 * (/reporting/…), the annual report as PDF and as XLSX (each call builds a fresh one), the BPF of
 * that year (page and PDF) and the public results page (the last closed year and this one): one
 * warm-up call, then five timed ones ({@code -Dbench.runs=N}), printed as median and max in ms
 * with the HTTP status and the size of the answer, for each data size, then the issue-21 table
 * with the growth of each request from 1× to 10× (and 10× to 30×). Exits non-zero when an answer
 * is not what it should be (not a 200, or not a PDF, XLSX, JSON or page as asked).
 *
 * <p>The three years are the last three closed ones, the demo's own last closed year among them
 * (its few sessions keep their days: {@link ReportData}); beyond scale 12 the bench first adds
 * trainers so that the slots hold the sessions ({@link ReportData#lanesFor}).
 *
 * <p>One database grown from scale 1 to 10 rather than two: the app starts once (a minute saved),
 * the scale-10 data are distributed as a single scale-10 fill would be (the generator continues
 * slots, accounts and invitations), and the app keeps no shared cache (persistence.xml) that data
 * written behind its back could leave stale.
 */
public class ReportsBench {

  static final int WARM_UPS = 1;
  static final int RUNS = Integer.getInteger("bench.runs", 5);
  static final int[] SCALES = {1, 10, 30};
  static final String COORDINATOR = "coordination@relais.test";
  static final List<String> ENDPOINTS = List.of(
      "/api/reports/activity?year=%d",
      "/api/reports/satisfaction?year=%d",
      "/api/reports/wellbeing?year=%d",
      "/reporting/activity?year=%d",
      "/reporting/satisfaction?year=%d",
      "/reporting/wellbeing?year=%d",
      "/reporting/annual/%d.pdf?wait=true",
      "/reporting/annual/%d.xlsx?wait=true",
      "/obligations/bpf/?year=%d",
      "/obligations/bpf/file/%d.pdf",
      "/quality/results");

  /** The issue's names of the requests, for its table. */
  static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("/api/reports/activity", "`/api/reports/activity`"),
      Map.entry("/api/reports/satisfaction", "`/api/reports/satisfaction`"),
      Map.entry("/api/reports/wellbeing", "`/api/reports/wellbeing`"),
      Map.entry("/reporting/activity", "`/reporting/activity` page"),
      Map.entry("/reporting/satisfaction", "`/reporting/satisfaction` page"),
      Map.entry("/reporting/wellbeing", "`/reporting/wellbeing` page"),
      Map.entry("/reporting/annual/Y.pdf", "annual report PDF"),
      Map.entry("/reporting/annual/Y.xlsx", "annual report XLSX"),
      Map.entry("/obligations/bpf/", "BPF page"),
      Map.entry("/obligations/bpf/file/Y.pdf", "BPF PDF"),
      Map.entry("/quality/results", "public results page"));

  /** Answers not as expected, over the whole run: the bench exits non-zero if any. */
  static final List<String> UNEXPECTED = new ArrayList<>();

  /** One endpoint at one data size: the last status and answer size, and the timed runs. */
  record Timing(int status, long bytes, long[] nanos, String problem) {
    double medianMs() {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    double maxMs() {
      return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
  }

  /** One data size: what the whole database holds, how long the fill took, and the timings. */
  record Size(int scale, long sessions, long registrations, long responses, ReportData.Counts fill,
      Map<String, Timing> timings) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int[] scales = args.length > 1
        ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).sorted().toArray()
        : SCALES;
    // The last three full calendar years: over, and clear of the demo's own ten weeks of history.
    // The demo's last closed year is among them: its sessions keep their days (ReportData).
    LocalDate firstDay = LocalDate.of(LocalDate.now(ReportData.PARIS).getYear() - ReportData.YEARS, 1, 1);
    int year = firstDay.getYear() + ReportData.YEARS - 1;
    try (BenchSupport bench = BenchSupport.start(root)) {
      List<Size> sizes = new ArrayList<>();
      int scale = 0;
      try (Connection c = bench.connect()) {
        ReportData.lanesFor(c, scales[scales.length - 1], firstDay);
      }
      for (int target : scales) {
        System.out.printf("Filling %s + %d years to scale %d (adding %d)…%n", firstDay, ReportData.YEARS, target,
            target - scale);
        ReportData.Counts fill;
        try (Connection c = bench.connect()) {
          fill = ReportData.fill(c, target - scale, firstDay);
        }
        scale = target;
        sizes.add(measure(bench, scale, year, fill));
        explain(bench, root, scale, year);
        compare(bench, scale, year);
      }
      print(sizes, year);
      hold(bench);
    }
    if (!UNEXPECTED.isEmpty()) {
      System.out.println();
      System.out.println("UNEXPECTED ANSWERS (" + UNEXPECTED.size() + "):");
      UNEXPECTED.forEach(u -> System.out.println("  " + u));
      System.exit(1);
    }
  }

  /**
   * With -Dbench.explain=true, writes EXPLAIN (ANALYZE, BUFFERS) of every dashboard query (as
   * {@link ReportQueries} gives them, with the dashboards' work_mem) and of the public results
   * query, for the year, into target/bench-explain/scale-N/, and prints each one's execution time.
   */
  static void explain(BenchSupport bench, Path root, int scale, int year) throws Exception {
    if (!Boolean.getBoolean("bench.explain")) {
      return;
    }
    Path dir = root.resolve("target/bench-explain/scale-" + scale);
    java.nio.file.Files.createDirectories(dir);
    List<ReportQuery> queries = new ArrayList<>();
    for (Reports.Kind kind : Reports.Kind.values()) {
      queries.addAll(ReportQueries.of(kind, ReportFilter.year(year), Locale.FRENCH));
    }
    ZoneId paris = ZoneId.of("Europe/Paris");
    queries.add(new ReportQuery("public-results", PublicResults.SQL,
        List.of(Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(paris).toInstant()),
            Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(paris).toInstant()))));
    try (Connection c = bench.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL work_mem = '64MB'");
      }
      for (ReportQuery q : queries) {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + q.sql())) {
          for (int i = 0; i < q.parameters().size(); i++) {
            ps.setObject(i + 1, q.parameters().get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              plan.append(rs.getString(1)).append('\n');
            }
          }
        }
        java.nio.file.Files.writeString(dir.resolve(q.name() + ".txt"), q.sql() + "\n\n" + q.parameters() + "\n\n" + plan);
        String last = plan.toString().lines().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
        System.out.printf("  explain scale %2d  %-32s %s%n", scale, q.name(), last);
      }
      c.rollback();
    }
  }

  /**
   * Issue 21's check on this data: every report query as it was before and as it is now gives the
   * same rows ({@link BeforeAfter}); a difference is an unexpected answer. -Dbench.compare=false
   * skips it (it runs the old queries too: half a minute at scale 30).
   */
  static void compare(BenchSupport bench, int scale, int year) throws Exception {
    if (!Boolean.parseBoolean(System.getProperty("bench.compare", "true"))) {
      return;
    }
    List<BeforeAfter.Outcome> outcomes = new ArrayList<>();
    try (Connection c = bench.connect()) {
      outcomes.addAll(BeforeAfter.dashboards(c, ReportFilter.year(year), Locale.FRENCH));
      outcomes.add(BeforeAfter.publicResults(c, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
    }
    for (BeforeAfter.Outcome o : outcomes) {
      System.out.printf("  compare scale %2d  %s%n", scale, o);
      if (o.difference() != null) {
        UNEXPECTED.add("scale " + scale + " " + o.query() + ": " + o.difference());
      }
    }
  }

  /**
   * With -Dbench.hold=SECONDS, keeps the database and Relais up that long after the measurements,
   * for EXPLAIN (ANALYZE, BUFFERS) with psql and thread dumps with jstack (docs/performance.md).
   */
  static void hold(BenchSupport bench) throws InterruptedException {
    int seconds = Integer.getInteger("bench.hold", 0);
    if (seconds > 0) {
      System.out.printf("Holding %d s: database %s (user %s, password %s), Relais %s (pid %d)%n", seconds,
          bench.dbUrl, bench.database.user(), bench.database.password(), bench.micro.baseUrl(),
          bench.micro.process().pid());
      Thread.sleep(seconds * 1000L);
    }
  }

  /** What a good answer to path looks like; null if it is one, else what is wrong. */
  static String unexpected(String path, int status, byte[] body) {
    if (status != 200) {
      return "status " + status;
    }
    String start = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (path.contains(".pdf")) {
      return start.startsWith("%PDF") ? null : "not a PDF";
    }
    if (path.contains(".xlsx")) {
      return start.startsWith("PK") ? null : "not an XLSX";
    }
    if (path.startsWith("/api/")) {
      return start.startsWith("{") && new String(body, java.nio.charset.StandardCharsets.UTF_8).contains("\"tables\"")
          ? null : "not a report's JSON";
    }
    String page = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    return page.contains("<html") && page.contains("<table") ? null : "not a page with a table";
  }

  static Size measure(BenchSupport bench, int scale, int year, ReportData.Counts fill) throws Exception {
    HttpClient http = bench.signedIn(COORDINATOR);
    Map<String, Timing> timings = new LinkedHashMap<>();
    for (String endpoint : ENDPOINTS) {
      String path = String.format(endpoint, year);
      Timing t = time(http, bench.micro.baseUrl() + path);
      if (t.problem() != null) {
        UNEXPECTED.add("scale " + scale + " " + path + ": " + t.problem());
      }
      timings.put(path, t);
      System.out.printf(Locale.ROOT, "  scale %2d  %-40s %3d  median %8.1f ms  max %8.1f ms%n",
          scale, path, t.status(), t.medianMs(), t.maxMs());
    }
    return new Size(scale, bench.scalar("SELECT count(*) FROM session"),
        bench.scalar("SELECT count(*) FROM registration"),
        bench.scalar("SELECT count(*) FROM survey_response WHERE submitted"), fill, timings);
  }

  /** Warm-up calls, then the timed ones; each reads the whole answer. */
  static Timing time(HttpClient http, String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
        .header("Accept", url.contains("/api/") && !url.matches(".*\\.(pdf|xlsx)$") ? "application/json" : "*/*")
        .GET().build();
    HttpResponse<byte[]> last = null;
    for (int i = 0; i < WARM_UPS; i++) {
      last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      nanos[i] = System.nanoTime() - t0;
    }
    String path = URI.create(url).getPath();
    return new Timing(last.statusCode(), last.body().length, nanos, unexpected(path, last.statusCode(), last.body()));
  }

  static void print(List<Size> sizes, int year) {
    System.out.println();
    System.out.printf("=== Reports benchmark, year %d: %d warm-up, then median / max of %d runs, in ms ===%n",
        year, WARM_UPS, RUNS);
    for (Size s : sizes) {
      System.out.printf(Locale.ROOT, "scale %2d: %,7d sessions, %,9d registrations, %,8d responses"
              + " (whole database; this fill took %.1f s)%n",
          s.scale(), s.sessions(), s.registrations(), s.responses(), s.fill().millis() / 1000.0);
    }
    // Header and rows share one set of column widths.
    String columns = " | %-8s %6s %8s %8s %7s";
    StringBuilder head = new StringBuilder(String.format("%-40s", "GET"));
    for (Size s : sizes) {
      head.append(String.format(columns, "scale " + s.scale(), "status", "median", "max", "KB"));
    }
    System.out.println(head);
    for (String path : sizes.get(0).timings().keySet()) {
      StringBuilder row = new StringBuilder(String.format("%-40s", path));
      for (Size s : sizes) {
        Timing t = s.timings().get(path);
        row.append(String.format(Locale.ROOT, columns, "", t.status(), String.format(Locale.ROOT, "%.1f", t.medianMs()),
            String.format(Locale.ROOT, "%.1f", t.maxMs()), String.format(Locale.ROOT, "%.1f", t.bytes() / 1024.0)));
      }
      System.out.println(row);
    }
    issueTable(sizes);
  }

  /** The issue's table: the median at each size, and the growth from 1× to 10× (and 10× to 30×). */
  static void issueTable(List<Size> sizes) {
    Size one = sizes.stream().filter(s -> s.scale() == 1).findFirst().orElse(null);
    Size ten = sizes.stream().filter(s -> s.scale() == 10).findFirst().orElse(null);
    Size thirty = sizes.stream().filter(s -> s.scale() == 30).findFirst().orElse(null);
    System.out.println();
    StringBuilder head = new StringBuilder("| request |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Size s : sizes) {
      head.append(String.format(Locale.ROOT, " %d× (%,d k registrations) |", s.scale(), Math.round(s.registrations() / 1000.0)));
      rule.append("---|");
    }
    if (one != null && ten != null) {
      head.append(" growth for 10× data |");
      rule.append("---|");
    }
    if (ten != null && thirty != null) {
      head.append(" growth 10× → 30× |");
      rule.append("---|");
    }
    System.out.println(head);
    System.out.println(rule);
    for (String path : sizes.get(0).timings().keySet()) {
      String name = NAMES.getOrDefault(path.replaceAll("\\?.*", "").replaceAll("/\\d{4}", "/Y"), path);
      StringBuilder row = new StringBuilder("| " + name + " |");
      for (Size s : sizes) {
        row.append(String.format(Locale.ROOT, " %,.0f ms |", s.timings().get(path).medianMs()));
      }
      if (one != null && ten != null) {
        row.append(String.format(Locale.ROOT, " %.1f× |",
            ten.timings().get(path).medianMs() / one.timings().get(path).medianMs()));
      }
      if (ten != null && thirty != null) {
        row.append(String.format(Locale.ROOT, " %.1f× |",
            thirty.timings().get(path).medianMs() / ten.timings().get(path).medianMs()));
      }
      System.out.println(row);
    }
  }
}
