package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accounts for administrators: find them, see one, grant and remove roles, deactivate and
 * reactivate, send a password-reset link, invite a coordinator or a trainer. Every method refuses
 * anyone but an administrator; every change is audited. There is always at least one active
 * administrator: removing the role or deactivating takes a lock that serialises such changes, so
 * two administrators removing each other at once cannot both succeed.
 */
@Stateless
public class AccountAdministrationService {

  /** Roles an invitation may give (participants sign up by themselves). */
  public static final Set<Role> INVITABLE = Set.of(Role.COORDINATOR, Role.TRAINER);

  /** The key of the transaction-scoped advisory lock that serialises changes to administrators. */
  private static final long ADMINISTRATORS_LOCK = 0x52454c41_49534144L;

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private Event<RoleGranted> granted;
  @Inject private PasswordResetService resets;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** What an administrator searches on: words of the name or e-mail, and a role (both optional). */
  public record Search(String text, Role role) {}

  /** One account's page: the account and how many registrations it made (never answers). */
  public record Overview(Account account, long registrations, long attended)
      implements java.io.Serializable {}

  public long count(Caller by, Search search) {
    by.mustAdminister();
    return query(search, "SELECT COUNT(a) FROM Account a", "", Long.class).getSingleResult();
  }

  /** A page of accounts, by name, found in SQL (the list never loads everyone). */
  public List<Account> page(Caller by, Search search, int first, int size) {
    by.mustAdminister();
    return query(
            search,
            "SELECT a FROM Account a",
            " ORDER BY a.lastName, a.firstName, a.id",
            Account.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, 100)))
        .getResultList();
  }

  /** An account's page as it opens: logged as a view of personal data. */
  public Overview open(Caller by, long accountId) {
    Overview overview = overview(by, accountId);
    audit.viewed("account", accountId, "ACCOUNT_PAGE");
    return overview;
  }

  /** The account and its counts (after a change on its page: not logged again). */
  public Overview overview(Caller by, long accountId) {
    by.mustAdminister();
    Account account = live(accountId);
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    """
                    SELECT count(*) FILTER (WHERE r.status <> 'CANCELLED'), count(*) FILTER
                    (WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.registration_id
                    = r.id AND t.status IN ('PRESENT', 'LATE'))) FROM registration r
                    WHERE r.account_id = ?
                    """)
                .setParameter(1, accountId)
                .getSingleResult();
    return new Overview(
        account, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
  }

  public void grant(Caller by, long accountId, Role role) {
    by.mustAdminister();
    Account account = live(accountId);
    if (account.getRoles().contains(role)) {
      return;
    }
    account.grant(role);
    granted.fire(new RoleGranted(account, role));
    audit.record("account", accountId, "ROLE_GRANTED", role.name());
  }

  /** Removes a role; the last active administrator keeps theirs. A trainer's history stays. */
  public void remove(Caller by, long accountId, Role role) {
    by.mustAdminister();
    if (role == Role.ADMIN) {
      mustLeaveAnotherAdministrator(accountId);
    }
    Account account = live(accountId);
    if (!account.getRoles().contains(role)) {
      return;
    }
    account.revoke(role);
    audit.record("account", accountId, "ROLE_REMOVED", role.name());
  }

  /**
   * The person can no longer sign in and their open sessions end at their next request; what they
   * did stays. An administrator cannot deactivate themselves, nor the last active administrator.
   */
  public void deactivate(Caller by, long accountId) {
    by.mustAdminister();
    if (by.is(accountId)) {
      throw BusinessException.forbidden("accounts.deactivate.self");
    }
    mustLeaveAnotherAdministrator(accountId);
    Account account = live(accountId);
    if (!account.isActive()) {
      return;
    }
    account.deactivate(clock.instant());
    audit.record("account", accountId, "DEACTIVATED", null);
  }

  public void reactivate(Caller by, long accountId) {
    by.mustAdminister();
    Account account = live(accountId);
    if (account.isActive()) {
      return;
    }
    account.reactivate();
    audit.record("account", accountId, "REACTIVATED", null);
  }

  /**
   * Mails the account a password-reset link (the same link and limits as "Mot de passe oublié").
   */
  public void sendPasswordReset(Caller by, long accountId) {
    by.mustAdminister();
    Account account = live(accountId);
    resets.request(account.getEmail());
    audit.record("account", accountId, "RESET_LINK_SENT", null);
  }

  /**
   * Creates the account of a coordinator or a trainer with that role and no usable password, and
   * mails them a single-use link to choose it. An address that already has an account is refused:
   * give that account the role on its page instead.
   */
  public Account invite(Caller by, String email, String firstName, String lastName, Role role) {
    by.mustAdminister();
    if (role == null || !INVITABLE.contains(role)) {
      throw BusinessException.onField("role", "accounts.invite.role");
    }
    if (!EmailAddress.isValid(email)) {
      throw BusinessException.onField("email", "relais.email.invalid.text");
    }
    if (accounts.emailExists(email)) {
      throw BusinessException.onField("email", "accounts.invite.exists");
    }
    if (!SignUpForm.isPersonName(firstName)) {
      throw BusinessException.onField("firstName", "relais.name.invalid.text");
    }
    if (!SignUpForm.isPersonName(lastName)) {
      throw BusinessException.onField("lastName", "relais.name.invalid.text");
    }
    Account account = new Account(email, firstName, lastName, clock.instant());
    account.setPasswordHash("!"); // no password matches it until the link is used
    account.grant(role);
    accounts.persist(account);
    granted.fire(new RoleGranted(account, role));
    resets.invite(account);
    audit.record("account", account.getId(), "INVITED", role.name());
    return account;
  }

  /**
   * Refuses when the account is the last active administrator. The advisory lock, held to the end
   * of the transaction, makes the count and the change one step for concurrent administrators; the
   * count is read after the lock, so it sees what the one before committed.
   */
  private void mustLeaveAnotherAdministrator(long accountId) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?)")
        .setParameter(1, ADMINISTRATORS_LOCK)
        .getSingleResult();
    long others =
        ((Number)
                em.createNativeQuery(
                        """
                        SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id
                        WHERE r.role = 'ADMIN' AND a.id <> ?
                        AND a.deactivated_at IS NULL AND a.erased_at IS NULL
                        """)
                    .setParameter(1, accountId)
                    .getSingleResult())
            .longValue();
    boolean isAdministrator =
        ((Number)
                    em.createNativeQuery(
                            """
                            SELECT count(*) FROM account_role WHERE account_id = ?
                            AND role = 'ADMIN'
                            """)
                        .setParameter(1, accountId)
                        .getSingleResult())
                .longValue()
            > 0;
    if (isAdministrator && others == 0) {
      throw BusinessException.forbidden("accounts.lastAdmin");
    }
  }

  /** The account, unless it does not exist or was erased (then there is nothing to administer). */
  private Account live(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null || account.isErased()) {
      throw new NotFoundException("account " + accountId);
    }
    return account;
  }

  private <T> TypedQuery<T> query(Search search, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" WHERE a.erasedAt IS NULL");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (search.role() != null) {
      jpql.append(" AND :role MEMBER OF a.roles");
      parameters.put("role", search.role());
    }
    String text = search.text() == null ? "" : search.text().strip().toLowerCase(Locale.ROOT);
    int i = 0;
    for (String word : text.split("\\s+")) {
      if (word.isEmpty() || i >= 5) {
        continue;
      }
      String name = "w" + i++;
      jpql.append(" AND (LOWER(a.firstName) LIKE :")
          .append(name)
          .append(" ESCAPE '\\' OR LOWER(a.lastName) LIKE :")
          .append(name)
          .append(" ESCAPE '\\' OR a.email LIKE :")
          .append(name)
          .append(" ESCAPE '\\')");
      parameters.put(name, "%" + word.replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    parameters.forEach(query::setParameter);
    return query;
  }
}
