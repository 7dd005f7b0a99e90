package fr.relais.kernel.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job and keeps its state for administrators: running, done (with what it did) or
 * failed (with why). A job's failure is logged and recorded, then rethrown to the timer.
 */
@ApplicationScoped
public class Jobs {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  @Inject private JobRunService log;
  @Inject private Clock clock;

  public void run(String job, Supplier<String> work) {
    record(() -> log.started(job, clock.instant()));
    try {
      String done = work.get();
      record(() -> log.finished(job, clock.instant(), true, done));
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Job " + job + " failed; its timer will run it again", failure);
      record(() -> log.finished(job, clock.instant(), false, String.valueOf(failure)));
      throw failure;
    }
  }

  /**
   * A scheduled job whose timer fires on every instance but whose work is done once per period for
   * the whole cluster: the instance that claims the period in job_run runs it, the others skip it
   * (JobRunService.claim). When the database cannot be reached the job runs, as {@link #run} would,
   * and fails there. An instance that dies mid-run leaves the rest of the period's work to the next
   * period: each of these jobs catches up on what is due.
   */
  public void runOncePer(java.time.Duration period, String job, Supplier<String> work) {
    boolean mine;
    try {
      mine = log.claim(job, clock.instant(), period);
    } catch (RuntimeException databaseDown) {
      mine = true;
    }
    if (!mine) {
      LOG.fine(() -> "Job " + job + " already run in this period by another instance");
      return;
    }
    try {
      String done = work.get();
      record(() -> log.finished(job, clock.instant(), true, done));
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Job " + job + " failed; its timer will run it again", failure);
      record(() -> log.finished(job, clock.instant(), false, String.valueOf(failure)));
      throw failure;
    }
  }

  /** The record is a courtesy: when the database is down, the job's own failure says so. */
  private static void record(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException databaseDown) {
      LOG.log(Level.FINE, "Job state not recorded", databaseDown);
    }
  }
}
