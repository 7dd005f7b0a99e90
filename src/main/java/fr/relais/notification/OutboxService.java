package fr.relais.notification;

import fr.relais.kernel.NativeSql;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's bookkeeping, each step in a transaction of its own. A claimed mail is leased for two
 * minutes: if the server dies while sending, another sweep picks it up again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxService {

  static final int LEASE_SECONDS = 120;

  @PersistenceContext private EntityManager em;

  /** One mail to send, as claimed. */
  public record Due(
      long id,
      String recipient,
      String subject,
      String body,
      String ics,
      String method,
      int attempts,
      Instant created) {}

  /** The queue as administrators see it: what waits, what keeps failing, what went out today. */
  public record QueueState(
      long waiting, long failing, long sentLastDay, Instant oldestWaiting, String lastError) {}

  public QueueState queueState() {
    return NativeSql.records(
            em.createNativeQuery(
                """
                SELECT count(*) FILTER (WHERE status <> 'SENT') AS waiting,
                  count(*) FILTER (WHERE status <> 'SENT' AND attempts > 0) AS failing,
                  count(*) FILTER (WHERE status = 'SENT' AND sent_at > now() - interval '1 day')
                    AS sent_last_day,
                  min(created_at) FILTER (WHERE status <> 'SENT') AS oldest_waiting,
                  (SELECT last_error FROM mail_outbox WHERE status <> 'SENT'
                     AND last_error IS NOT NULL ORDER BY next_attempt_at DESC LIMIT 1)
                    AS last_error
                FROM mail_outbox
                """),
            QueueState.class)
        .get(0);
  }

  /** Claims due mails; SKIP LOCKED lets several servers sweep without sending one twice. */
  public List<Due> claim(int batch) {
    return NativeSql.records(
        em.createNativeQuery(
            """
            UPDATE mail_outbox SET status = 'SENDING',
              next_attempt_at = now() + interval '%d seconds'
            WHERE id IN (SELECT id FROM mail_outbox
              WHERE status <> 'SENT' AND next_attempt_at <= now() ORDER BY id LIMIT ?
              FOR UPDATE SKIP LOCKED)
            RETURNING id, recipient, subject, body, ics, ics_method AS method, attempts,
              created_at AS created
            """
                .formatted(LEASE_SECONDS)),
        Due.class,
        batch);
  }

  /** Marks a mail sent at its {@code attempts}-th attempt. */
  public void sent(long id, int attempts) {
    NativeSql.update(
        em.createNativeQuery(
            """
            UPDATE mail_outbox SET status = 'SENT', sent_at = now(), attempts = ?,
              last_error = NULL
            WHERE id = ?
            """),
        attempts,
        id);
  }

  /** Puts a mail back to wait for {@code retryAt}, marked sent or not, after its failed attempt. */
  public void failed(long id, int attempts, String error, Instant retryAt) {
    NativeSql.update(
        em.createNativeQuery(
            """
            UPDATE mail_outbox SET status = 'PENDING', sent_at = NULL, attempts = ?,
              last_error = ?, next_attempt_at = ?
            WHERE id = ?
            """),
        attempts,
        error == null ? "?" : error.substring(0, Math.min(error.length(), 1000)),
        Timestamp.from(retryAt),
        id);
  }
}
