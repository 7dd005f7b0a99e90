package fr.relais.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /** What a signed-in request needs to know of its account: its roles now, and how to greet it. */
  public record Standing(Set<Role> roles, String firstName) {}

  /**
   * The roles an account holds now, or empty when it is deactivated, erased or gone: asked on each
   * request of a signed-in session, so that a deactivation or a role change counts at once.
   */
  public Optional<Set<Role>> currentRoles(String email) {
    return currentStanding(email).map(Standing::roles);
  }

  /** {@link #currentRoles} with the first name, in the same single statement. */
  public Optional<Standing> currentStanding(String email) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT a.first_name, r.role FROM account a
                LEFT JOIN account_role r ON r.account_id = a.id
                WHERE a.email = ? AND a.deactivated_at IS NULL AND a.erased_at IS NULL
                """)
            .setParameter(1, EmailAddress.normalize(email))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object[] row : rows) {
      if (row[1] != null) {
        roles.add(Role.valueOf((String) row[1]));
      }
    }
    return Optional.of(new Standing(roles, String.valueOf(rows.get(0)[0])));
  }

  /**
   * A successful sign-in: when, and, when the hash that matched was of an older kind ({@code
   * checkedHash}), the same password hashed today ({@code upgradedHash}, null for none). Only a
   * hash still equal to the one checked is replaced, so a password changed meanwhile stays. The
   * credentials version stays too: the password is the same, no other session has to end.
   */
  @Transactional
  public void recordLogin(long accountId, Instant when, String checkedHash, String upgradedHash) {
    em.createQuery("UPDATE Account a SET a.lastLoginAt = :when WHERE a.id = :id")
        .setParameter("when", when)
        .setParameter("id", accountId)
        .executeUpdate();
    if (upgradedHash != null) {
      em.createQuery(
              """
              UPDATE Account a SET a.passwordHash = :upgraded
              WHERE a.id = :id AND a.passwordHash = :checked
              """)
          .setParameter("upgraded", upgradedHash)
          .setParameter("id", accountId)
          .setParameter("checked", checkedHash)
          .executeUpdate();
    }
  }

  /** The credentials version of the live account with this e-mail; empty when none has it. */
  public java.util.OptionalLong credentialsVersion(String email) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT credentials_version FROM account WHERE email = ? AND erased_at IS NULL")
            .setParameter(1, email)
            .getResultList();
    return rows.isEmpty()
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(((Number) rows.get(0)).longValue());
  }
}
