package fr.relais.kernel.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads the application's resource bundle outside of a page (mails, API messages, PDFs). */
public final class Texts {

  public static final String BUNDLE = "fr.relais.i18n.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = Language.of(locale).locale();
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, Texts.class.getClassLoader());
  }

  public static Texts in(Locale locale) {
    return new Texts(locale);
  }

  public static Texts in(Language language) {
    return new Texts(language.locale());
  }

  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public Locale locale() {
    return locale;
  }
}
