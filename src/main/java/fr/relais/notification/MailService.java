package fr.relais.notification;

import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.ics.IcsCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues mails in the outbox, in the caller's transaction and the recipient's language: a mail
 * exists only if what it announces was committed, and is sent after the commit.
 */
@ApplicationScoped
public class MailService {

  /** Fired when mails were queued; the dispatcher sends them once the transaction commits. */
  public record Queued() {}

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Event<Queued> queued;

  /** A mail built from bundle keys "mail.KIND.subject" and "mail.KIND.body". */
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(String kind, Recipient to, IcsCalendar ics, Object... arguments) {
    Texts texts = Texts.in(to.language());
    Instant now = clock.instant();
    // In SQL rather than persisting an OutboxMail: one statement, where the entity's generated id
    // cost a second one (select lastval()) in transactions that often hold a session's row lock.
    em.createNativeQuery(
            """
            INSERT INTO mail_outbox (kind, recipient, subject, body, ics, ics_method, created_at,
            next_attempt_at) VALUES (?, ?, ?, ?, CAST(? AS text), CAST(? AS varchar),
            CAST(? AS timestamptz), CAST(? AS timestamptz))
            """)
        .setParameter(1, kind)
        .setParameter(2, to.address())
        .setParameter(3, texts.get("mail." + kind + ".subject", arguments))
        .setParameter(
            4,
            texts.get("mail." + kind + ".body", arguments) + "\n\n" + texts.get("mail.signature"))
        .setParameter(5, ics == null ? null : ics.write())
        .setParameter(6, ics == null ? null : ics.method())
        .setParameter(7, Timestamp.from(now))
        .setParameter(8, Timestamp.from(now))
        .executeUpdate();
    queued.fire(new Queued());
  }

  /**
   * Queues a mail that must never go twice (a reminder): the outbox's unique key refuses a second
   * one, even from two servers at once. Returns false when it was already queued.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean sendOnce(
      String dedupKey, String kind, Recipient to, IcsCalendar ics, Object... arguments) {
    Texts texts = Texts.in(to.language());
    int inserted =
        em.createNativeQuery(
                """
                INSERT INTO mail_outbox (kind, dedup_key, recipient, subject, body, ics, ics_method)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING
                """)
            .setParameter(1, kind)
            .setParameter(2, dedupKey)
            .setParameter(3, to.address())
            .setParameter(4, texts.get("mail." + kind + ".subject", arguments))
            .setParameter(
                5,
                texts.get("mail." + kind + ".body", arguments)
                    + "\n\n"
                    + texts.get("mail.signature"))
            .setParameter(6, ics == null ? null : ics.write())
            .setParameter(7, ics == null ? null : ics.method())
            .executeUpdate();
    if (inserted == 1) {
      queued.fire(new Queued());
    }
    return inserted == 1;
  }
}
