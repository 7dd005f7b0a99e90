package fr.relais.operations;

import fr.relais.kernel.JpqlWhere;
import fr.relais.kernel.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Pages of the audit log, newest first, by kind of action and by who acted. */
@ApplicationScoped
public class AuditLogRepository {

  @PersistenceContext private EntityManager em;

  public long count(List<String> actions, String actor) {
    JpqlWhere where = where(actions, actor);
    return where
        .bind(em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class))
        .getSingleResult();
  }

  public List<AuditEntry> page(List<String> actions, String actor, int first, int size) {
    JpqlWhere where = where(actions, actor);
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "SELECT a FROM AuditEntry a" + where + " ORDER BY a.at DESC, a.id DESC",
            AuditEntry.class);
    return where.bind(query).setFirstResult(first).setMaxResults(size).getResultList();
  }

  private static JpqlWhere where(List<String> actions, String actor) {
    JpqlWhere where = new JpqlWhere();
    if (!actions.isEmpty()) {
      where.add("a.action IN :actions", "actions", actions);
    }
    if (actor != null && !actor.isBlank()) {
      where.add("LOWER(a.actor) LIKE :actor", "actor", "%" + actor.strip().toLowerCase() + "%");
    }
    return where;
  }
}
