package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A convention's totals: per day or per person, VAT rounded to the cent. */
class PricesTest {

  @Test
  void perDayCountsTheDaysAndExemptAddsNothing() {
    Prices.Price p = Prices.of(120_000, PriceBasis.PER_DAY, VatStatus.EXEMPT, 2, 14);
    assertEquals(2, p.quantity());
    assertEquals(240_000, p.excludingVat());
    assertEquals(0, p.vat());
    assertEquals(240_000, p.includingVat());
  }

  @Test
  void perPersonCountsTheSeatsAndStandardAddsTwentyPercent() {
    Prices.Price p = Prices.of(8_500, PriceBasis.PER_PERSON, VatStatus.STANDARD, 2, 14);
    assertEquals(14, p.quantity());
    assertEquals(119_000, p.excludingVat());
    assertEquals(23_800, p.vat());
    assertEquals(142_800, p.includingVat());
  }

  @Test
  void vatIsRoundedHalfUpToTheCent() {
    // 0.03 € × 20 % = 0.6 cent → 1 cent; 0.02 € × 20 % = 0.4 cent → 0
    assertEquals(1, Prices.of(3, PriceBasis.PER_DAY, VatStatus.STANDARD, 1, 1).vat());
    assertEquals(0, Prices.of(2, PriceBasis.PER_DAY, VatStatus.STANDARD, 1, 1).vat());
    // 4 cents × 20 % = 0.8 cent → 1; 1 cent → 0.2 → 0
    assertEquals(5, Prices.of(4, PriceBasis.PER_PERSON, VatStatus.STANDARD, 1, 1).includingVat());
    assertEquals(1, Prices.of(1, PriceBasis.PER_PERSON, VatStatus.STANDARD, 1, 1).includingVat());
  }

  @Test
  void eurosAreWrittenTheFrenchWay() {
    String fr = Prices.euros(123_456, Locale.FRENCH).replaceAll("[\u00a0\u202f]", " ");
    assertEquals("1 234,56 €", fr);
    assertEquals("0,00 €", Prices.euros(0, Locale.FRENCH).replaceAll("[\u00a0\u202f]", " "));
  }
}
