package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Accounts in the database. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("email", EmailAddress.normalize(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public boolean emailExists(String email) {
    return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :email", Long.class)
            .setParameter("email", EmailAddress.normalize(email))
            .getSingleResult()
        > 0;
  }

  public void persist(Account account) {
    em.persist(account);
    em.flush();
  }

  @Transactional
  public void recordLogin(long accountId, Instant when) {
    em.createQuery("UPDATE Account a SET a.lastLoginAt = :when WHERE a.id = :id")
        .setParameter("when", when)
        .setParameter("id", accountId)
        .executeUpdate();
  }
}
