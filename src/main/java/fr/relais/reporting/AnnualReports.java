package fr.relais.reporting;

import fr.relais.kernel.ClockProducer;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Annual reports are built in the background, one run per year at a time: coordinators asking for
 * the same year while it runs share that run and its files. A finished run is kept until someone
 * asks again (the next request builds fresh figures).
 */
@Singleton
@Lock(LockType.WRITE)
public class AnnualReports {

  private static final Logger LOG = Logger.getLogger(AnnualReports.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private AnnualReport report;
  @Inject private Clock clock;

  private final Map<Integer, Run> runs = new HashMap<>();

  /** A run's state; its files once done. */
  public static final class Run {
    private final int year;
    private final Instant started;
    private final AtomicInteger progress = new AtomicInteger();
    private volatile AnnualReport.Files files;
    private volatile boolean failed;

    Run(int year, Instant started) {
      this.year = year;
      this.started = started;
    }

    public int getYear() {
      return year;
    }

    public Instant getStarted() {
      return started;
    }

    public int getProgress() {
      return progress.get();
    }

    public boolean isDone() {
      return files != null;
    }

    public boolean isFailed() {
      return failed;
    }

    public boolean isRunning() {
      return files == null && !failed;
    }

    public AnnualReport.Files getFiles() {
      return files;
    }
  }

  /** The year's running run, or a new one. */
  public Run start(int year) {
    Run current = runs.get(year);
    if (current != null && current.isRunning()) {
      return current;
    }
    Run run = new Run(year, clock.instant());
    runs.put(year, run);
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    executor.submit(
        () -> {
          try {
            run.files = report.generate(year, today, run.progress::set);
          } catch (RuntimeException e) {
            run.failed = true;
            LOG.log(Level.SEVERE, "Annual report " + year + " failed", e);
          }
        });
    return run;
  }

  /** The year's latest run, running or done; null if none. */
  @Lock(LockType.READ)
  public Run latest(int year) {
    return runs.get(year);
  }
}
