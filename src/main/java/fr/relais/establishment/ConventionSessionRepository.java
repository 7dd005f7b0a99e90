package fr.relais.establishment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The sessions a request became ({@code session.establishment_request_id}), linked here rather than
 * mapped on the session: scheduling need not know about establishments.
 */
@ApplicationScoped
public class ConventionSessionRepository {

  @PersistenceContext private EntityManager em;

  public void link(long sessionId, long requestId) {
    em.createNativeQuery("UPDATE session SET establishment_request_id = ? WHERE id = ?")
        .setParameter(1, requestId)
        .setParameter(2, sessionId)
        .executeUpdate();
  }

  /** The request's sessions still to be held (draft or published), earliest first. */
  public List<Long> active(long requestId) {
    return ids("AND status IN ('DRAFT', 'PUBLISHED')", requestId);
  }

  /** The request's drafts, waiting for the convention's acceptance to be published. */
  public List<Long> drafts(long requestId) {
    return ids("AND status = 'DRAFT'", requestId);
  }

  private List<Long> ids(String condition, long requestId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                """
                SELECT id FROM session WHERE establishment_request_id = ? %s
                ORDER BY starts_at, id
                """
                    .formatted(condition))
            .setParameter(1, requestId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
