package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Opens participant accounts. */
@Stateless
public class SignUpService {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  /**
   * Creates a participant account, or refuses with the field at fault; nothing is stored on
   * refusal. The unique index on the e-mail settles two sign-ups racing for one address.
   */
  public Account signUp(@NotNull @Valid SignUpForm form, @NotNull Language language) {
    List<FieldError> errors = problems(form);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Account account =
        new Account(form.getEmail(), form.getFirstName(), form.getLastName(), clock.instant());
    account.describeAsParticipant(
        form.getStatus(), form.getProfession(), form.getWorkplaceType(), form.getRegion());
    account.consentToPrivacyNotice(clock.instant());
    account.setLanguage(language);
    account.setPasswordHash(hasher.hash(form.getPassword()));
    try {
      accounts.persist(account);
    } catch (PersistenceException raceLost) {
      throw BusinessException.onField("email", "signup.emailTaken");
    }
    return account;
  }

  /**
   * What Bean Validation cannot see: a password the policy refuses, an address already in use. The
   * page asks while it checks the other fields, so every message comes in one round.
   */
  public List<FieldError> problems(SignUpForm form) {
    List<FieldError> errors = new ArrayList<>();
    PasswordPolicy.violation(form.getPassword(), form.getEmail())
        .ifPresent(key -> errors.add(new FieldError("password", key)));
    if (form.getEmail() != null
        && !form.getEmail().isBlank()
        && accounts.emailExists(form.getEmail())) {
      errors.add(new FieldError("email", "signup.emailTaken"));
    }
    return errors;
  }
}
