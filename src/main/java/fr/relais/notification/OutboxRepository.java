package fr.relais.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox as the "Boîte d'envoi" pages through it: every mail, newest first. */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext private EntityManager em;

  public int count() {
    return em.createQuery("SELECT COUNT(m) FROM OutboxMail m", Long.class)
        .getSingleResult()
        .intValue();
  }

  public List<OutboxMail> newestFirst(int first, int size) {
    return em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }
}
