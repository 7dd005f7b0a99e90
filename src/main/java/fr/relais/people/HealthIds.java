package fr.relais.people;

import java.util.Optional;

/**
 * A health professional's identifiers, as the ANDPC's list of participants asks for them: the RPPS
 * number (11 digits, the last a Luhn check digit over the whole number: a real RPPS such as
 * 10005173140 passes it) or, for professions not yet registered in the RPPS, the ADELI number (9
 * digits: the département's two, the profession's code, the order number and a key). The ADELI
 * key's rule is not published by the ANS: only its shape and département are checked.
 */
public final class HealthIds {

  private HealthIds() {}

  /** Spaces and dots people type between groups of digits are dropped; empty means none. */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s.\\-]", "");
    return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
  }

  /** The bundle key saying what is wrong with an RPPS number, if anything. */
  public static Optional<String> rppsProblem(String rpps) {
    if (!rpps.matches("[0-9]{11}")) {
      return Optional.of("dpc.rpps.format");
    }
    return luhn(rpps) ? Optional.empty() : Optional.of("dpc.rpps.checkDigit");
  }

  /** The bundle key saying what is wrong with an ADELI number, if anything. */
  public static Optional<String> adeliProblem(String adeli) {
    if (!adeli.matches("[0-9]{9}")) {
      return Optional.of("dpc.adeli.format");
    }
    int department = Integer.parseInt(adeli.substring(0, 2));
    // 01–95 (20 for Corsica), 97 for overseas départements; 00, 96, 98 and 99 are none.
    return department >= 1 && department <= 95 || department == 97
        ? Optional.empty()
        : Optional.of("dpc.adeli.department");
  }

  /** Whether the digits pass the Luhn check (the last digit being the key). */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** The Luhn key to append to ten digits (for tests and the demo's invented numbers). */
  public static char luhnKey(String tenDigits) {
    for (char key = '0'; key <= '9'; key++) {
      if (luhn(tenDigits + key)) {
        return key;
      }
    }
    throw new IllegalStateException("no Luhn key");
  }
}
