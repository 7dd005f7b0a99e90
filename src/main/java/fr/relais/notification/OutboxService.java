package fr.relais.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
      java.time.Instant created) {}

  /** The queue as administrators see it: what waits, what keeps failing, what went out today. */
  public record QueueState(
      long waiting,
      long failing,
      long sentLastDay,
      java.time.Instant oldestWaiting,
      String lastError) {}

  public QueueState queueState() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    """
                    SELECT count(*) FILTER (WHERE status <> 'SENT'),
                    count(*) FILTER (WHERE status <> 'SENT' AND attempts > 0),
                    count(*) FILTER (WHERE status = 'SENT' AND sent_at > now() - interval '1 day'),
                    min(created_at) FILTER (WHERE status <> 'SENT'),
                    (SELECT last_error FROM mail_outbox WHERE status <> 'SENT'
                    AND last_error IS NOT NULL ORDER BY next_attempt_at DESC LIMIT 1)
                    FROM mail_outbox
                    """)
                .getSingleResult();
    return new QueueState(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue(),
        row[3] == null ? null : ((java.sql.Timestamp) row[3]).toInstant(),
        (String) row[4]);
  }

  /** Claims due mails; SKIP LOCKED lets several servers sweep without sending one twice. */
  public List<Due> claim(int batch) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                UPDATE mail_outbox SET status = 'SENDING', next_attempt_at = now() + interval '%s seconds' WHERE id IN (SELECT id FROM mail_outbox
                WHERE status <> 'SENT' AND next_attempt_at <= now() ORDER BY id LIMIT ?
                FOR UPDATE SKIP LOCKED)
                RETURNING id, recipient, subject, body, ics, ics_method, attempts, created_at
                """
                    .formatted(LEASE_SECONDS))
            .setParameter(1, batch)
            .getResultList();
    List<Due> due = new ArrayList<>();
    for (Object[] r : rows) {
      due.add(
          new Due(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              ((Number) r[6]).intValue(),
              ((java.sql.Timestamp) r[7]).toInstant()));
    }
    return due;
  }

  /** Marks a mail sent at its {@code attempts}-th attempt. */
  public void sent(long id, int attempts) {
    em.createNativeQuery(
            """
            UPDATE mail_outbox SET status = 'SENT', sent_at = now(), attempts = ?,
            last_error = NULL WHERE id = ?
            """)
        .setParameter(1, attempts)
        .setParameter(2, id)
        .executeUpdate();
  }

  /** Puts a mail back to wait for {@code retryAt}, marked sent or not, after its failed attempt. */
  public void failed(long id, int attempts, String error, Instant retryAt) {
    em.createNativeQuery(
            """
            UPDATE mail_outbox SET status = 'PENDING', sent_at = NULL, attempts = ?,
            last_error = ?, next_attempt_at = ? WHERE id = ?
            """)
        .setParameter(1, attempts)
        .setParameter(2, error == null ? "?" : error.substring(0, Math.min(error.length(), 1000)))
        .setParameter(3, Timestamp.from(retryAt))
        .setParameter(4, id)
        .executeUpdate();
  }
}
