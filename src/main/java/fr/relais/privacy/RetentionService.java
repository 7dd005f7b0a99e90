package fr.relais.privacy;

import fr.relais.kernel.audit.AuditService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The retention rules, each step in a transaction of its own: which accounts have been unused too
 * long, and what to remove from erased accounts and old records once the law no longer asks for it.
 * Every step may run twice, or on two servers at once, without harm.
 */
@Stateless
public class RetentionService {

  @PersistenceContext private EntityManager em;
  @Inject private RetentionSettings settings;
  @Inject private AuditService audit;

  /**
   * Participants and establishment contacts with no sign-in, no session and (contacts) no request
   * moving since the cut-off. Staff accounts are never erased by the job: an administrator closes
   * them.
   */
  public List<Long> inactiveAccounts(Instant now, int limit) {
    Timestamp before = Timestamp.from(settings.inactiveBefore(now));
    return em
        .createNativeQuery(
            """
            SELECT a.id FROM account a WHERE a.erased_at IS NULL
            AND COALESCE(a.last_login_at, a.created_at) < ?
            AND NOT EXISTS (SELECT 1 FROM account_role ar WHERE ar.account_id = a.id
            AND ar.role NOT IN ('PARTICIPANT', 'CONTACT'))
            -- a contact whose establishment request moved since is still in use
            AND NOT EXISTS (SELECT 1 FROM establishment_request q
            WHERE q.contact_id = a.id AND q.updated_at >= ?)
            AND NOT EXISTS (SELECT 1 FROM registration r JOIN session s ON s.id = r.session_id
            WHERE r.account_id = a.id AND s.ends_at >= ?)
            ORDER BY a.id LIMIT ?
            """)
        .setParameter(1, before)
        .setParameter(2, before)
        .setParameter(3, before)
        .setParameter(4, limit)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  /** Names of erased accounts whose sign-in sheets are past their keeping period. */
  public int forgetNamesOffSheets(Instant now) {
    return em.createNativeQuery(
            """
            UPDATE account SET first_name = '', last_name = ''
            WHERE erased_at IS NOT NULL AND (first_name <> '' OR last_name <> '') AND NOT %s
            """
                .formatted(ErasureService.ON_A_KEPT_SHEET))
        .setParameter(1, Timestamp.from(settings.sheetsKeptSince(now)))
        .executeUpdate();
  }

  /** Participants' drawn signatures on sheets past their keeping period, and the kept PDFs. */
  public int forgetOldSignatures(Instant now) {
    em.createNativeQuery(
            """
            DELETE FROM sheet_document d USING session s WHERE s.id = d.session_id
            AND s.starts_at < ?
            """)
        .setParameter(1, Timestamp.from(settings.sheetsKeptSince(now)))
        .executeUpdate();
    return em.createNativeQuery(
            """
            UPDATE attendance t SET signature = NULL FROM registration r, session s
            WHERE t.signature IS NOT NULL AND r.id = t.registration_id
            AND s.id = r.session_id AND s.starts_at < ?
            """)
        .setParameter(1, Timestamp.from(settings.sheetsKeptSince(now)))
        .executeUpdate();
  }

  /**
   * Mails sent long ago (they hold names and addresses), spent password-reset and e-mail-change
   * links, and the staff-list lines of people who never registered, once their request is over and
   * its mails are that old (the name and address served only to invite them).
   */
  public int forgetOldMails(Instant now) {
    Timestamp before = Timestamp.from(settings.sentMailsKeptSince(now));
    return em.createNativeQuery("DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < ?")
            .setParameter(1, before)
            .executeUpdate()
        + em.createNativeQuery("DELETE FROM password_reset WHERE expires_at < ?")
            .setParameter(1, before)
            .executeUpdate()
        + em.createNativeQuery("DELETE FROM email_change WHERE expires_at < ?")
            .setParameter(1, before)
            .executeUpdate()
        + em.createNativeQuery(
                """
                DELETE FROM staff_invitation si USING establishment_request r
                WHERE r.id = si.request_id AND si.account_id IS NULL
                AND r.status IN ('HELD', 'CLOSED', 'DECLINED', 'WITHDRAWN')
                AND r.updated_at < ? AND si.invited_at < ?
                """)
            .setParameter(1, before)
            .setParameter(2, before)
            .executeUpdate();
  }

  public void recordRun(String summary) {
    audit.record("retention", null, "RETENTION_RUN", summary);
  }
}
