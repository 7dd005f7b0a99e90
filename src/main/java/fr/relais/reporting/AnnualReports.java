package fr.relais.reporting;

import fr.relais.kernel.ClockProducer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Annual reports are built in the background, one run per year at a time: coordinators asking for
 * the same year while it runs share that run and its files, whichever instance of a cluster they
 * ask ({@link AnnualRunStore}). A finished run is kept until someone asks again (the next request
 * builds fresh figures). A run whose instance stopped telling its progress for {@link #STALE} (it
 * died) is shown as failed, and asking again starts a new one.
 */
@Singleton
@Lock(LockType.WRITE)
public class AnnualReports {

  private static final Logger LOG = Logger.getLogger(AnnualReports.class.getName());

  /** Longer than any step of a run (one dashboard: seconds at ten times today's data). */
  static final Duration STALE = Duration.ofMinutes(2);

  @Resource private ManagedExecutorService executor;
  @Inject private AnnualReport report;
  @Inject private Clock clock;

  private AnnualRunStore store;

  @PostConstruct
  void open() {
    store = AnnualRunStore.forThisInstance();
  }

  /** A run as it stood when read: what the page and the download show. */
  public record Run(
      int year,
      String id,
      Instant started,
      Instant touched,
      int progress,
      State state,
      boolean noData) {

    enum State {
      RUNNING,
      DONE,
      FAILED
    }

    /** The run as one line of text: what the store keeps. */
    String line() {
      return String.join(
          ";",
          id,
          String.valueOf(started.toEpochMilli()),
          String.valueOf(touched.toEpochMilli()),
          String.valueOf(progress),
          state.name(),
          String.valueOf(noData));
    }

    static Run of(int year, String line) {
      String[] f = line.split(";");
      return new Run(
          year,
          f[0],
          Instant.ofEpochMilli(Long.parseLong(f[1])),
          Instant.ofEpochMilli(Long.parseLong(f[2])),
          Integer.parseInt(f[3]),
          State.valueOf(f[4]),
          Boolean.parseBoolean(f[5]));
    }

    Run advanced(int progress, Instant now) {
      return new Run(year, id, started, now, progress, state, noData);
    }

    Run ended(State end, boolean noData, Instant now) {
      return new Run(year, id, started, now, end == State.DONE ? 100 : progress, end, noData);
    }

    /** Running, but its instance has not told anything for too long: it died. */
    Run seenAt(Instant now) {
      return state == State.RUNNING && touched.plus(STALE).isBefore(now)
          ? new Run(year, id, started, touched, progress, State.FAILED, noData)
          : this;
    }

    String file(String type) {
      return id + "." + type;
    }

    public int getYear() {
      return year;
    }

    public String getId() {
      return id;
    }

    public Instant getStarted() {
      return started;
    }

    public int getProgress() {
      return progress;
    }

    public boolean isRunning() {
      return state == State.RUNNING;
    }

    public boolean isDone() {
      return state == State.DONE;
    }

    public boolean isFailed() {
      return state == State.FAILED;
    }

    public boolean isNoData() {
      return noData;
    }
  }

  /** The year's running run, or a new one. */
  public Run start(int year) {
    String key = String.valueOf(year);
    while (true) {
      String line = store.lines().get(key);
      Run current = line == null ? null : Run.of(year, line).seenAt(clock.instant());
      if (current != null && current.isRunning()) {
        return current;
      }
      Instant now = clock.instant();
      Run run = new Run(year, UUID.randomUUID().toString(), now, now, 0, Run.State.RUNNING, false);
      boolean mine =
          line == null
              ? store.lines().putIfAbsent(key, run.line())
              : store.lines().replace(key, line, run.line());
      if (mine) {
        if (current != null) {
          store.files().remove(current.file("pdf"));
          store.files().remove(current.file("xlsx"));
        }
        build(run);
        return run;
      }
      // Another instance started one meanwhile: join it.
    }
  }

  private void build(Run started) {
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    String key = String.valueOf(started.year());
    executor.submit(
        () -> {
          Run[] last = {started};
          try {
            AnnualReport.Files files =
                report.generate(started.year(), today, p -> last[0] = told(key, last[0], p));
            store.files().put(started.file("pdf"), files.pdf());
            store.files().put(started.file("xlsx"), files.xlsx());
            tell(key, last[0], last[0].ended(Run.State.DONE, files.noData(), clock.instant()));
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Annual report " + started.year() + " failed", e);
            tell(key, last[0], last[0].ended(Run.State.FAILED, false, clock.instant()));
          }
        });
  }

  private Run told(String key, Run last, int progress) {
    Run next = last.advanced(progress, clock.instant());
    return tell(key, last, next) ? next : last;
  }

  /** Replaces the run's line if it is still the one written last (no newer run replaced it). */
  private boolean tell(String key, Run last, Run next) {
    return store.lines().replace(key, last.line(), next.line());
  }

  /** The year's latest run, running, done or failed; null if none. */
  @Lock(LockType.READ)
  public Run latest(int year) {
    String line = store.lines().get(String.valueOf(year));
    return line == null ? null : Run.of(year, line).seenAt(clock.instant());
  }

  /** A finished run's file ("pdf" or "xlsx"); null when the store no longer has it. */
  @Lock(LockType.READ)
  public byte[] file(Run run, String type) {
    return run.isDone() ? store.files().get(run.file(type)) : null;
  }
}
