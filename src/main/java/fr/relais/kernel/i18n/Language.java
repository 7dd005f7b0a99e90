package fr.relais.kernel.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface: French first, English on request. */
public enum Language {
  FR(Locale.FRENCH),
  EN(Locale.ENGLISH);

  /** Cookie that remembers the choice, so anonymous visitors need no HTTP session. */
  public static final String COOKIE = "relais_lang";

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return locale.getLanguage();
  }

  public static Language fallback() {
    return FR;
  }

  public static Optional<Language> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
  }

  public static Language of(Locale locale) {
    return locale == null ? fallback() : fromCode(locale.getLanguage()).orElse(fallback());
  }
}
