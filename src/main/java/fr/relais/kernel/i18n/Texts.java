package fr.relais.kernel.i18n;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.TimeRange;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
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

  /** Whether the bundle has this key (a label that may or may not exist, e.g. of a code). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    if (arguments.length == 0) {
      return pattern;
    }
    DateFormats dates = new DateFormats(locale);
    Object[] readable = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      readable[i] = readable(arguments[i], dates);
    }
    return new MessageFormat(pattern, locale).format(readable);
  }

  /** Dates and periods as people read them; everything else as it is. */
  private static Object readable(Object argument, DateFormats dates) {
    if (argument instanceof TimeRange range) {
      return dates.range(range.start(), range.end());
    }
    if (argument instanceof Instant instant) {
      return dates.dateTime(instant);
    }
    if (argument instanceof LocalDate day) {
      return dates.day(day.atStartOfDay(ClockProducer.PARIS).toInstant());
    }
    return argument;
  }

  public Locale locale() {
    return locale;
  }
}
