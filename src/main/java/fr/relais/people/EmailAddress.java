package fr.relais.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as Relais stores and compares them. */
public final class EmailAddress {

  /** Practical shape check (RFC 5322 allows more, but no real mailbox needs it). */
  public static final String SHAPE =
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";

  /** The shape, with the blanks a phone keyboard adds around it tolerated. */
  public static final String INPUT_PATTERN = "^\\s*" + SHAPE + "\\s*$";

  public static final int MAX_LENGTH = 254;

  private static final Pattern COMPILED = Pattern.compile("^" + SHAPE + "$");

  private EmailAddress() {}

  public static String normalize(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public static boolean isValid(String email) {
    String normalized = normalize(email);
    return normalized != null
        && normalized.length() <= MAX_LENGTH
        && COMPILED.matcher(normalized).matches();
  }

  /** The part after the "@", used to recognise a partner establishment's staff. */
  public static String domainOf(String email) {
    String normalized = normalize(email);
    return normalized.substring(normalized.indexOf('@') + 1);
  }
}
