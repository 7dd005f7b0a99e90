package fr.relais.survey;

import java.util.Locale;

/** French or English wording; an instrument without a verified French text shows its English. */
final class Wording {

  private Wording() {}

  static String pick(Locale locale, String fr, String en) {
    boolean french = locale == null || "fr".equals(locale.getLanguage());
    return french && fr != null && !fr.isBlank() ? fr : en;
  }
}
