package fr.relais.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** Amounts in euros with cents, as people type them ("120", "120,5", "1 200.50") and read them. */
public final class Euros {

  /** One billion euros: more is a typing mistake. */
  private static final long MAX_CENTS = 100_000_000_000L;

  private Euros() {}

  /**
   * The amount in cents, or empty when the text is not a positive amount with at most 2 decimals.
   */
  public static Optional<Long> cents(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain =
        typed.strip().replace("€", "").replace("\u00a0", "").replace(" ", "").replace(',', '.');
    if (!plain.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
      return Optional.empty();
    }
    long cents = new BigDecimal(plain).movePointRight(2).longValueExact();
    return cents > 0 && cents <= MAX_CENTS ? Optional.of(cents) : Optional.empty();
  }

  /** "1 200,50 €" (French grouping, two decimals). */
  public static String text(long cents) {
    return amount(cents) + " €";
  }

  /** "1200,50": what the form shows back for editing. */
  public static String typed(Long cents) {
    if (cents == null) {
      return null;
    }
    return BigDecimal.valueOf(cents)
        .movePointLeft(2)
        .setScale(2, RoundingMode.UNNECESSARY)
        .toPlainString()
        .replace('.', ',');
  }

  private static String amount(long cents) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    symbols.setGroupingSeparator('\u202f');
    symbols.setDecimalSeparator(',');
    return new DecimalFormat("#,##0.00", symbols).format(BigDecimal.valueOf(cents, 2));
  }
}
