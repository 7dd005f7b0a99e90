package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.Tokens;
import fr.relais.kernel.audit.AuditService;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.notification.Recipient;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A new e-mail for an account, which is also its sign-in name. The person confirms with their
 * password; a single-use link (only its hash kept) goes to the new address, and the old one is told
 * at once; nothing changes until the link is used. The link lasts 24 hours, not the one hour of a
 * password reset: it opens no account (the person is already signed in), it only proves the new
 * mailbox is theirs, and a new work mailbox is often read the next day. Changing the password
 * cancels it.
 *
 * <p>An address another account uses gets the same answer as any ("a link was sent"), so the page
 * tells no one which addresses have an account; no link is made, and that address is told instead
 * that someone tried to use it. Confirming checks again, for an address taken in between.
 */
@Stateless
public class EmailChangeService {

  static final Duration VALID_FOR = Duration.ofHours(24);
  static final int MAX_PER_DAY = 5;
  private static final Logger LOG = Logger.getLogger(EmailChangeService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private OneTimeLinkRepository links;
  @Inject private PasswordHasher hasher;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private AuditService audit;
  @Inject private Clock clock;
  @Inject private Event<CredentialVersions.Changed> credentialsChanged;

  /** Asks for a change to this address: mails the link (or tells a taken address). */
  public void request(Caller caller, long accountId, String newEmail, String password) {
    caller.mustBe(accountId);
    Account account = em.find(Account.class, accountId);
    List<FieldError> errors = new ArrayList<>();
    String wanted = newEmail == null ? "" : newEmail.strip();
    if (!EmailAddress.isValid(wanted)) {
      errors.add(new FieldError("newEmail", "relais.email.invalid.text"));
    } else if (EmailAddress.normalize(wanted).equals(account.getEmail())) {
      errors.add(new FieldError("newEmail", "account.email.same"));
    }
    if (password == null
        || password.isEmpty()
        || !hasher.matches(password, account.getPasswordHash())) {
      errors.add(new FieldError("emailPassword", "account.password.wrongCurrent"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = clock.instant();
    if (recent(accountId, now) >= MAX_PER_DAY) {
      throw BusinessException.onField("newEmail", "account.email.tooMany");
    }
    String address = EmailAddress.normalize(wanted);
    String token = Tokens.random();
    Instant expires = now.plus(VALID_FOR);
    em.createNativeQuery(
            """
            INSERT INTO email_change (account_id, new_email, token_hash, created_at, expires_at)
            VALUES (?, ?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz))
            """)
        .setParameter(1, accountId)
        .setParameter(2, address)
        .setParameter(3, Tokens.hash(token))
        .setParameter(4, Timestamp.from(now))
        .setParameter(5, Timestamp.from(expires))
        .executeUpdate();
    var owner = accounts.findByEmail(address);
    if (owner.isPresent()) {
      // Counted like any request (no probing by the count), but never usable.
      em.createNativeQuery("UPDATE email_change SET used_at = created_at WHERE token_hash = ?")
          .setParameter(1, Tokens.hash(token))
          .executeUpdate();
      mailer.send("emailInUse", owner.get().recipient(), null, owner.get().getFirstName());
      LOG.info(() -> "E-mail change to an address in use asked by account " + accountId);
    } else {
      mailer.send(
          "emailChangeLink",
          new Recipient(address, account.getLanguage()),
          null,
          account.getFirstName(),
          settings.publicUrl() + "/people/email?t=" + token,
          expires);
    }
    mailer.send("emailChangeAsked", account.recipient(), null, account.getFirstName(), address);
    audit.record("account", accountId, "EMAIL_CHANGE_ASKED", "a link mailed to the new address");
  }

  /** Whether a link can still be used (the page says so before offering to confirm). */
  public boolean usable(String token) {
    return Tokens.plausible(token) && open(token, false).isPresent();
  }

  /**
   * Uses the link: the account's e-mail becomes the new one, every session of the account ends (the
   * e-mail is the sign-in name), and the old address is told. Returns the new address.
   */
  public String confirm(String token) {
    OneTimeLinkRepository.OpenLink link =
        (Tokens.plausible(token)
                ? open(token, true)
                : Optional.<OneTimeLinkRepository.OpenLink>empty())
            .orElseThrow(() -> BusinessException.forbidden("account.email.link.invalid"));
    long accountId = link.accountId();
    String address = link.newEmail();
    markUsed("id = ?", link.id());
    if (accounts.emailExists(address)) {
      throw BusinessException.forbidden("account.email.taken");
    }
    Account account = em.find(Account.class, accountId);
    String old = account.getEmail();
    account.changeEmail(address);
    em.flush(); // the unique index settles two accounts racing for one address
    markUsed("account_id = ?", accountId);
    mailer.send(
        "emailChanged",
        new Recipient(old, account.getLanguage()),
        null,
        account.getFirstName(),
        address);
    audit.record("account", accountId, "EMAIL_CHANGED", "confirmed from the new address");
    credentialsChanged.fire(new CredentialVersions.Changed(old, address));
    LOG.info(() -> "E-mail changed for account " + accountId);
    return address;
  }

  /**
   * Kills the account's open links: its password changed. No caller: only the password services
   * call it, after their own check.
   */
  public void cancelPending(long accountId) {
    markUsed("account_id = ?", accountId);
  }

  private void markUsed(String where, long value) {
    em.createNativeQuery(
            """
            UPDATE email_change SET used_at = CAST(? AS timestamptz) WHERE used_at IS NULL AND %s
            """
                .formatted(where))
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, value)
        .executeUpdate();
  }

  private long recent(long accountId, Instant now) {
    return ((Number)
            em.createNativeQuery(
                    """
                    SELECT count(*) FROM email_change WHERE account_id = ?
                    AND created_at > CAST(? AS timestamptz)
                    """)
                .setParameter(1, accountId)
                .setParameter(2, Timestamp.from(now.minus(Duration.ofDays(1))))
                .getSingleResult())
        .longValue();
  }

  private Optional<OneTimeLinkRepository.OpenLink> open(String token, boolean lock) {
    return links.open(OneTimeLinkRepository.Links.EMAIL_CHANGE, token, clock.instant(), lock);
  }
}
