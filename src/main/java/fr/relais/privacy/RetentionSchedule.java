package fr.relais.privacy;

import fr.relais.kernel.jobs.JobCounts;
import fr.relais.kernel.jobs.Jobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every night at 3:30 (Paris), applies the retention periods: erases the accounts unused for too
 * long, then forgets what old sign-in sheets and mails no longer need. Logged, and kept in the
 * audit log. Each erasure is its own transaction: one failure stops nothing else.
 */
@Singleton
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
  private static final int BATCH = 500;

  @Inject private RetentionService retention;
  @Inject private ErasureService erasure;
  @Inject private RetentionSettings settings;
  @Inject private Jobs jobs;
  @Inject private Clock clock;

  @Schedule(hour = "3", minute = "30", timezone = "Europe/Paris", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    jobs.runOncePer(java.time.Duration.ofDays(1), "retention", this::runNow);
  }

  /** Runs the retention rules now; returns what was done as counts ({@link JobCounts}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String runNow() {
    Instant now = clock.instant();
    int erased = 0;
    int erasedInBatch;
    List<Long> inactive;
    do {
      inactive = retention.inactiveAccounts(now, BATCH);
      erasedInBatch = 0;
      for (long id : inactive) {
        if (erasure.erase(id, "unused for " + settings.inactiveYears() + " years")) {
          erasedInBatch++;
        }
      }
      erased += erasedInBatch;
    } while (inactive.size() == BATCH && erasedInBatch > 0);
    int names = retention.forgetNamesOffSheets(now);
    int signatures = retention.forgetOldSignatures(now);
    int mails = retention.forgetOldMails(now);
    String summary =
        erased
            + " inactive account(s) erased, "
            + names
            + " name(s) and "
            + signatures
            + " signature(s) removed from expired sign-in sheets, "
            + mails
            + " old mail(s) and reset link(s) deleted";
    retention.recordRun(summary);
    LOG.info(() -> "Retention: " + summary);
    // The job's state, read on the Exploitation page in the reader's language.
    return JobCounts.of("erased", erased, "names", names, "signatures", signatures, "mails", mails);
  }
}
