package fr.relais.kernel.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The last run of each scheduled job (table job_run), written in transactions of their own so that
 * a job that fails and rolls back still leaves its failure on record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRunService {

  @PersistenceContext private EntityManager em;

  public void started(String job, Instant at) {
    em.createNativeQuery(
            """
            INSERT INTO job_run (name, started_at, outcome) VALUES (?, ?, 'RUNNING')
            ON CONFLICT (name) DO UPDATE SET started_at = EXCLUDED.started_at,
            finished_at = NULL, outcome = 'RUNNING'
            """)
        .setParameter(1, job)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  /**
   * The lease of one period of a job (issue 20): true for the one instance that records its start
   * first; false on every other instance whose timer fired in the same period (a start recorded
   * less than half a period ago). One statement, so two instances asking at once cannot both win:
   * PostgreSQL locks the row for the conflicting insert and checks the condition on the row locked.
   */
  public boolean claim(String job, Instant at, java.time.Duration period) {
    return em.createNativeQuery(
                """
                INSERT INTO job_run (name, started_at, outcome) VALUES (?, ?, 'RUNNING')
                ON CONFLICT (name) DO UPDATE SET started_at = EXCLUDED.started_at,
                finished_at = NULL, outcome = 'RUNNING'
                WHERE job_run.started_at <= ?
                """)
            .setParameter(1, job)
            .setParameter(2, Timestamp.from(at))
            .setParameter(3, Timestamp.from(at.minus(period.dividedBy(2))))
            .executeUpdate()
        == 1;
  }

  public void finished(String job, Instant at, boolean ok, String details) {
    em.createNativeQuery(
            """
            UPDATE job_run SET finished_at = ?, outcome = ?, details = ?, runs = runs + 1,
            failures = failures + ?,
            last_failure_at = CASE WHEN ? THEN last_failure_at ELSE CAST(? AS timestamptz) END
            WHERE name = ?
            """)
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, ok ? "OK" : "FAILED")
        .setParameter(
            3, details == null || details.length() <= 1000 ? details : details.substring(0, 1000))
        .setParameter(4, ok ? 0 : 1)
        .setParameter(5, ok)
        .setParameter(6, Timestamp.from(at))
        .setParameter(7, job)
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<JobRun> all() {
    return em.createQuery("SELECT j FROM JobRun j ORDER BY j.name", JobRun.class).getResultList();
  }
}
