package fr.relais.people;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B favours length over
 * composition rules), not one of the passwords everyone tries first, and not the e-mail.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON =
      Set.of(
          "password",
          "motdepasse",
          "azertyuiop",
          "qwertyuiop",
          "1234567890",
          "0123456789",
          "123456789a",
          "password123",
          "motdepasse1",
          "soleil1234",
          "azerty1234",
          "changeme123",
          "iloveyou12",
          "bonjour1234",
          "administrateur",
          "jetaime1234");

  private PasswordPolicy() {}

  /** The bundle key of the first rule the password breaks, if any. */
  public static Optional<String> violation(String password, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
      return Optional.of("password.tooCommon");
    }
    if (password.chars().allMatch(Character::isLetter)
        || password.chars().allMatch(Character::isDigit)) {
      return Optional.of("password.needsVariety");
    }
    String normalized = EmailAddress.normalize(email);
    if (normalized != null && !normalized.isEmpty()) {
      String local =
          normalized.contains("@") ? normalized.substring(0, normalized.indexOf('@')) : normalized;
      if (lower.equals(normalized) || (local.length() >= 4 && lower.contains(local))) {
        return Optional.of("password.containsEmail");
      }
    }
    return Optional.empty();
  }
}
