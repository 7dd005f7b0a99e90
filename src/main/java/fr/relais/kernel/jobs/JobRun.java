package fr.relais.kernel.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last run of a scheduled job, as administrators see it. */
@Entity
@Table(name = "job_run")
public class JobRun {

  @Id private String name;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String outcome;

  private String details;

  private long runs;

  private long failures;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  protected JobRun() {}

  public String getName() {
    return name;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getDetails() {
    return details;
  }

  public long getRuns() {
    return runs;
  }

  public long getFailures() {
    return failures;
  }

  public Instant getLastFailureAt() {
    return lastFailureAt;
  }
}
