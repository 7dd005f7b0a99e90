package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.Tokens;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Mot de passe oublié": a mailed link, single-use, valid one hour, of which only a hash is kept.
 * Asking says the same thing whether or not an account has the address, and at most three links an
 * hour go to one account. Setting the new password kills every open link of the account.
 */
@Stateless
public class PasswordResetService {

  static final Duration VALID_FOR = Duration.ofHours(1);
  static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);
  static final int MAX_PER_HOUR = 3;
  private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private OneTimeLinkRepository links;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;
  @Inject private EmailChangeService emailChanges;
  @Inject private jakarta.enterprise.event.Event<CredentialVersions.Changed> credentialsChanged;

  /** Mails a link when an account has this address; does the same nothing otherwise. */
  public void request(String email) {
    Optional<Account> found =
        EmailAddress.isValid(email) ? accounts.findByEmail(email) : Optional.empty();
    if (found.isEmpty()) {
      LOG.info("Password reset asked for an address without an account");
      return;
    }
    Account account = found.get();
    Instant now = clock.instant();
    long recent =
        ((Number)
                em.createNativeQuery(
                        """
                        SELECT count(*) FROM password_reset WHERE account_id = ?
                        AND purpose = 'RESET' AND created_at > CAST(? AS timestamptz)
                        """)
                    .setParameter(1, account.getId())
                    .setParameter(2, Timestamp.from(now.minus(Duration.ofHours(1))))
                    .getSingleResult())
            .longValue();
    if (recent >= MAX_PER_HOUR) {
      LOG.warning(() -> "Password reset refused for now: " + recent + " links this hour");
      return;
    }
    Instant expires = now.plus(VALID_FOR);
    String link = issue(account, "RESET", now, expires);
    mailer.send("passwordReset", account.recipient(), null, account.getFirstName(), link, expires);
  }

  /**
   * Mails a new account the single-use link where they choose their first password (the same page
   * and rules as a reset), valid a week. Only AccountAdministrationService calls it, for an admin.
   */
  public void invite(Account account) {
    invite(account, "invitation");
  }

  /**
   * The same invitation link, told by another mail (e.g. an establishment's contact invited by a
   * coordinator): the mail's arguments are the first name, the link, the expiry, then {@code more}.
   */
  public void invite(Account account, String mailKind, Object... more) {
    Instant now = clock.instant();
    Instant expires = now.plus(INVITATION_VALID_FOR);
    String link = issue(account, "INVITATION", now, expires);
    Object[] arguments = new Object[3 + more.length];
    arguments[0] = account.getFirstName();
    arguments[1] = link;
    arguments[2] = expires;
    System.arraycopy(more, 0, arguments, 3, more.length);
    mailer.send(mailKind, account.recipient(), null, arguments);
  }

  /** Stores the hash of a new random token and answers the link that carries the token. */
  private String issue(Account account, String purpose, Instant now, Instant expires) {
    String token = Tokens.random();
    em.createNativeQuery(
            """
            INSERT INTO password_reset (account_id, token_hash, created_at, expires_at, purpose)
            VALUES (?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz), ?)
            """)
        .setParameter(1, account.getId())
        .setParameter(2, Tokens.hash(token))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, Timestamp.from(expires))
        .setParameter(5, purpose)
        .executeUpdate();
    return settings.publicUrl() + "/people/reset?t=" + token;
  }

  /** Whether a link can still be used (the page says so before asking for a password). */
  public boolean usable(String token) {
    return Tokens.plausible(token) && open(token, false).isPresent();
  }

  /** Whether an open link is an invitation (the page then welcomes instead of "reset"). */
  public boolean isInvitation(String token) {
    if (!Tokens.plausible(token)) {
      return false;
    }
    return !em.createNativeQuery(
            """
            SELECT 1 FROM password_reset WHERE token_hash = ? AND purpose = 'INVITATION'
            AND used_at IS NULL AND expires_at > CAST(? AS timestamptz)
            """)
        .setParameter(1, Tokens.hash(token))
        .setParameter(2, Timestamp.from(clock.instant()))
        .getResultList()
        .isEmpty();
  }

  /**
   * Sets the new password. A weak password or a wrong confirmation is said next to its field; an
   * unknown, used or expired link is refused; in every refusal nothing changes.
   */
  public void reset(String token, String password, String confirmation) {
    if (!Tokens.plausible(token)) {
      throw BusinessException.forbidden("reset.link.invalid");
    }
    OneTimeLinkRepository.OpenLink link =
        open(token, true).orElseThrow(() -> BusinessException.forbidden("reset.link.invalid"));
    Account account = em.find(Account.class, link.accountId());
    Optional<String> weak = PasswordPolicy.violation(password, account.getEmail());
    if (weak.isPresent()) {
      throw new InvalidInput(List.of(new InvalidInput.FieldError("password", weak.get())));
    }
    if (!password.equals(confirmation)) {
      throw new InvalidInput(
          List.of(new InvalidInput.FieldError("confirmation", "reset.mismatch")));
    }
    account.changePassword(hasher.hash(password)); // ends the sessions signed in with the old one
    emailChanges.cancelPending(account.getId());
    credentialsChanged.fire(new CredentialVersions.Changed(account.getEmail()));
    em.createNativeQuery(
            """
            UPDATE password_reset SET used_at = CAST(? AS timestamptz)
            WHERE account_id = ? AND used_at IS NULL
            """)
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, account.getId())
        .executeUpdate();
    LOG.info(() -> "Password reset for account " + account.getId());
  }

  private Optional<OneTimeLinkRepository.OpenLink> open(String token, boolean lock) {
    return links.open(OneTimeLinkRepository.Links.PASSWORD_RESET, token, clock.instant(), lock);
  }
}
