package fr.relais.people;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Mon compte": a person changes their own profile, mail preferences and password (every caller may
 * act on their own account only). Every rule broken is reported at once, field by field, and
 * nothing changes on any refusal.
 */
@Stateless
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;
  @Inject private AuditService audit;
  @Inject private EmailChangeService emailChanges;
  @Inject private Event<CredentialVersions.Changed> credentialsChanged;

  /** The caller's own account. */
  public Account mine(Caller caller, long accountId) {
    caller.mustBe(accountId);
    return own(accountId);
  }

  /**
   * Saves the profile: participants must give status, profession, workplace and region (as at
   * sign-up); for staff without a participant profile only the language and mails count.
   */
  public void updateProfile(Caller caller, long accountId, ProfileForm form) {
    caller.mustBe(accountId);
    Account account = own(accountId);
    List<FieldError> errors = new ArrayList<>();
    boolean participant = account.getRoles().contains(Role.PARTICIPANT);
    if (participant) {
      required(errors, "status", form.getStatus());
      required(errors, "profession", form.getProfession());
      required(errors, "workplace", form.getWorkplaceType());
      required(errors, "region", form.getRegion());
    }
    required(errors, "language", form.getLanguage());
    java.util.Optional<String> rpps = HealthIds.normalise(form.getRpps());
    java.util.Optional<String> adeli = HealthIds.normalise(form.getAdeli());
    if (participant) {
      rpps.flatMap(HealthIds::rppsProblem)
          .ifPresent(key -> errors.add(new FieldError("rpps", key)));
      adeli
          .flatMap(HealthIds::adeliProblem)
          .ifPresent(key -> errors.add(new FieldError("adeli", key)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (participant) {
      account.redescribe(
          form.getStatus(), form.getProfession(), form.getWorkplaceType(), form.getRegion());
      account.identifyAsProfessional(rpps.orElse(null), adeli.orElse(null));
    }
    account.setLanguage(form.getLanguage());
    account.chooseMails(form.isReminderMails(), form.isSurveyMails());
  }

  /**
   * Sets a new password after checking the current one. The account's other sessions end at their
   * next request; the caller's own session is kept signed in by the page (it remembers the new
   * version). A pending change of e-mail is cancelled: whoever asked it may not be the owner.
   * Returns the new credentials version.
   */
  public long changePassword(
      Caller caller, long accountId, String current, String password, String confirmation) {
    caller.mustBe(accountId);
    Account account = own(accountId);
    List<FieldError> errors = new ArrayList<>();
    if (current == null
        || current.isEmpty()
        || !hasher.matches(current, account.getPasswordHash())) {
      errors.add(new FieldError("current", "account.password.wrongCurrent"));
    }
    Optional<String> weak = PasswordPolicy.violation(password, account.getEmail());
    weak.ifPresent(key -> errors.add(new FieldError("newPassword", key)));
    if (weak.isEmpty() && !password.equals(confirmation)) {
      errors.add(new FieldError("confirmation", "reset.mismatch"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    account.changePassword(hasher.hash(password));
    emailChanges.cancelPending(accountId);
    audit.record("account", accountId, "PASSWORD_CHANGED", "by the person, other sessions ended");
    credentialsChanged.fire(new CredentialVersions.Changed(account.getEmail()));
    em.flush();
    return account.getCredentialsVersion();
  }

  private Account own(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null) {
      throw new NotFoundException("account " + accountId);
    }
    return account;
  }

  private static void required(List<FieldError> errors, String field, Object value) {
    if (value == null) {
      errors.add(new FieldError(field, "relais.required.text"));
    }
  }
}
