package fr.relais.kernel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log: changes, and who viewed or exported personal data. Entries join
 * the caller's transaction: a change that rolls back leaves no trace claiming it happened.
 */
@ApplicationScoped
public class AuditService {

  public static final String VIEWED = "VIEWED_PERSONAL_DATA";
  public static final String EXPORTED = "EXPORTED_PERSONAL_DATA";

  @PersistenceContext private EntityManager em;
  @Inject private Actor actor;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String entity, Long entityId, String action, String details) {
    em.persist(new AuditEntry(clock.instant(), actor.name(), entity, entityId, action, details));
  }

  /** Someone saw other people's personal data, e.g. a session's list of registrations. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void viewed(String entity, Long entityId, String what) {
    record(entity, entityId, VIEWED, what);
  }

  /** Someone took personal data away: a CSV, a sign-in sheet, certificates, their own data. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void exported(String entity, Long entityId, String what) {
    record(entity, entityId, EXPORTED, what);
  }

  public List<AuditEntry> of(String entity, long entityId) {
    return em.createQuery(
            """
            SELECT a FROM AuditEntry a WHERE a.entity = :entity AND a.entityId = :id
            ORDER BY a.at DESC, a.id DESC
            """,
            AuditEntry.class)
        .setParameter("entity", entity)
        .setParameter("id", entityId)
        .getResultList();
  }
}
