package fr.relais.help;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a support line must hold: a name, hours and an audience (English ones optional), a French
 * number (ten digits, +33 or a short number such as 3114), and the day it was checked, not in the
 * future. Every broken rule is reported at once; numbers are stored as printed ("0 805 23 23 36").
 */
public final class HelpLineRules {

  static final int NAME_MAX = 200;
  static final int TEXT_MAX = 300;

  private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8}");
  private static final Pattern INTERNATIONAL = Pattern.compile("\\+33[1-9]\\d{8}");
  private static final Pattern SHORT = Pattern.compile("1\\d{1,2}|116\\d{3}|3\\d{3}");

  private HelpLineRules() {}

  /** Checks the form and normalises it in place (trimmed texts, empty English ones dropped). */
  public static void check(HelpLineForm form, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    form.setName(required(form.getName(), "name", NAME_MAX, errors));
    form.setHours(required(form.getHours(), "hours", TEXT_MAX, errors));
    form.setAudience(required(form.getAudience(), "audience", TEXT_MAX, errors));
    form.setNameEn(optional(form.getNameEn(), "nameEn", NAME_MAX, errors));
    form.setHoursEn(optional(form.getHoursEn(), "hoursEn", TEXT_MAX, errors));
    form.setAudienceEn(optional(form.getAudienceEn(), "audienceEn", TEXT_MAX, errors));
    if (form.getScope() == null) {
      errors.add(new FieldError("scope", "helpLines.scope.required"));
    }
    String number = form.getNumber() == null ? "" : form.getNumber().strip();
    if (number.isEmpty()) {
      errors.add(new FieldError("number", "helpLines.number.required"));
    } else {
      String printed = printed(number);
      if (printed == null) {
        errors.add(new FieldError("number", "helpLines.number.invalid"));
      } else {
        form.setNumber(printed);
      }
    }
    if (form.getCheckedOn() == null) {
      errors.add(new FieldError("checkedOn", "helpLines.checkedOn.required"));
    } else if (form.getCheckedOn().isAfter(today)) {
      errors.add(new FieldError("checkedOn", "helpLines.checkedOn.future"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  /**
   * The number as printed in France ("01 40 54 53 77", "0 805 23 23 36" for 08 numbers, "3114"), or
   * null when it is not a French number. Spaces, dots and dashes are ignored.
   */
  static String printed(String typed) {
    String digits = typed.replaceAll("[\\s.\\-]", "");
    if (INTERNATIONAL.matcher(digits).matches()) {
      digits = "0" + digits.substring(3);
    }
    if (SHORT.matcher(digits).matches()) {
      return digits;
    }
    if (!NATIONAL.matcher(digits).matches()) {
      return null;
    }
    if (digits.startsWith("08")) {
      return "0 "
          + digits.substring(1, 4)
          + " "
          + digits.substring(4, 6)
          + " "
          + digits.substring(6, 8)
          + " "
          + digits.substring(8);
    }
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i < 10; i += 2) {
      pairs.append(i == 0 ? "" : " ").append(digits, i, i + 2);
    }
    return pairs.toString();
  }

  /** For a tel: link: +33… for ten-digit numbers, short numbers as they are. */
  static String tel(String printed) {
    String digits = printed.replace(" ", "");
    return digits.length() == 10 ? "+33" + digits.substring(1) : digits;
  }

  private static String required(String value, String field, int max, List<FieldError> errors) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      errors.add(new FieldError(field, "helpLines." + field + ".required"));
    } else if (text.length() > max) {
      errors.add(new FieldError(field, "helpLines.tooLong", max));
    }
    return text;
  }

  private static String optional(String value, String field, int max, List<FieldError> errors) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      errors.add(new FieldError(field, "helpLines.tooLong", max));
    }
    return text.isEmpty() ? null : text;
  }
}
