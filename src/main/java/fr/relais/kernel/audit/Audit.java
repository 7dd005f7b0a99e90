package fr.relais.kernel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes and reads the audit log. Entries join the caller's transaction: a change that rolls back
 * leaves no trace claiming it happened.
 */
@ApplicationScoped
public class Audit {

  @PersistenceContext private EntityManager em;
  @Inject private Actor actor;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String entity, Long entityId, String action, String details) {
    em.persist(new AuditEntry(clock.instant(), actor.name(), entity, entityId, action, details));
  }

  public List<AuditEntry> of(String entity, long entityId) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.entity = :entity AND a.entityId = :id"
                + " ORDER BY a.at DESC, a.id DESC",
            AuditEntry.class)
        .setParameter("entity", entity)
        .setParameter("id", entityId)
        .getResultList();
  }
}
