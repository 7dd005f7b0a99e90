package fr.relais.reporting;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One figure of a report: a count, a share, a mean… or "< 5" when it was drawn from too few people
 * ({@link fr.relais.kernel.Disclosure}). A missing value (nothing to compute) reads "–".
 */
public record Figure(Double value, Kind kind, boolean hidden) {

  public enum Kind {
    COUNT,
    PERCENT,
    DECIMAL,
    SIGNED,
    EUROS
  }

  public static final String HIDDEN_TEXT = "< 5";

  public static Figure count(long n) {
    return new Figure((double) n, Kind.COUNT, false);
  }

  /** A share between 0 and 1, shown as a percentage; none when the base is empty. */
  public static Figure share(long part, long whole) {
    return new Figure(whole == 0 ? null : (double) part / whole, Kind.PERCENT, false);
  }

  public static Figure percent(Double share) {
    return new Figure(share, Kind.PERCENT, false);
  }

  public static Figure decimal(Double value) {
    return new Figure(value, Kind.DECIMAL, false);
  }

  /** An amount of money, given in cents, shown in euros with two decimals. */
  public static Figure euros(long cents) {
    return new Figure(cents / 100.0, Kind.EUROS, false);
  }

  /** A change, with its sign. */
  public static Figure change(Double value) {
    return new Figure(value, Kind.SIGNED, false);
  }

  /** Nothing to compute here: reads "–". */
  public static Figure none(Kind kind) {
    return new Figure(null, kind, false);
  }

  public Figure hide() {
    return new Figure(null, kind, true);
  }

  /** The value as exports write it: none when hidden or missing. */
  public Double number() {
    return hidden ? null : value;
  }

  public String text(Locale locale) {
    if (hidden) {
      return HIDDEN_TEXT;
    }
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    return switch (kind) {
      case COUNT -> format.format(Math.round(value));
      case PERCENT -> {
        String number = format.format(Math.round(value * 100));
        yield Locale.FRENCH.getLanguage().equals(locale.getLanguage())
            ? number + "\u202f%"
            : number + "%";
      }
      case DECIMAL -> decimals(format, value, false);
      case SIGNED -> decimals(format, value, true);
      case EUROS -> {
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        yield Locale.FRENCH.getLanguage().equals(locale.getLanguage())
            ? format.format(value) + "\u00a0€"
            : "€" + format.format(value);
      }
    };
  }

  private static String decimals(NumberFormat format, double value, boolean signed) {
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    String text = format.format(value);
    return signed && value > 0 ? "+" + text : text;
  }
}
