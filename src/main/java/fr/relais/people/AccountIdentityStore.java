package fr.relais.people;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the account table. The caller's name is the account's e-mail;
 * its groups are its roles. An unknown e-mail costs the same time as a wrong password, so timing
 * does not tell which addresses have an account. A deactivated account is refused like a wrong
 * password, after the same check, so the answer does not tell it apart either. A right password
 * whose hash is of an older kind (PBKDF2, or Argon2id with another cost) is hashed again with
 * today's; a wrong one never rewrites anything.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String password = credential.getPasswordAsString();
    Optional<Account> account =
        EmailAddress.isValid(credential.getCaller())
            ? accounts.findByEmail(credential.getCaller())
            : Optional.empty();
    if (account.isEmpty()) {
      hasher.burnTime(password);
      return INVALID_RESULT;
    }
    Account found = account.get();
    if (!hasher.matches(password, found.getPasswordHash()) || !found.isActive()) {
      return INVALID_RESULT;
    }
    // Hashed before recordLogin, so no transaction waits on it.
    String upgraded = hasher.needsUpgrade(found.getPasswordHash()) ? hasher.hash(password) : null;
    accounts.recordLogin(found.getId(), clock.instant(), found.getPasswordHash(), upgraded);
    return new CredentialValidationResult(
        found.getEmail(), found.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
