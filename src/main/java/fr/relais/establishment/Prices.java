package fr.relais.establishment;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * A convention's price in cents: per day times the days, or per person times the seats agreed; VAT
 * on the total excluding tax, rounded to the nearest cent (half up).
 */
public final class Prices {

  /** Excluding VAT, the VAT, including VAT; and what the unit price is multiplied by. */
  public record Price(
      long unitCents, int quantity, long excludingVat, long vat, long includingVat) {}

  private Prices() {}

  public static Price of(
      long unitCents, PriceBasis basis, VatStatus vatStatus, int days, int seats) {
    int quantity = basis == PriceBasis.PER_DAY ? days : seats;
    long excluding = Math.multiplyExact(unitCents, (long) quantity);
    long vat = (Math.multiplyExact(excluding, (long) vatStatus.ratePercent()) + 50) / 100;
    return new Price(unitCents, quantity, excluding, vat, excluding + vat);
  }

  /** "1 200,00 €" in French, "€1,200.00" in English. */
  public static String euros(long cents, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(BigDecimal.valueOf(cents, 2));
  }
}
