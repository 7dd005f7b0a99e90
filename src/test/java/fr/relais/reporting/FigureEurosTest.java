package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts agreed in the reports: cents shown in euros, French and English style; "< 5" hidden. */
class FigureEurosTest {

  @Test
  void centsReadAsEuros() {
    Figure amount = Figure.euros(123456);
    assertEquals(1234.56, amount.value(), 1e-9);
    assertEquals("1\u202f234,56\u00a0€", amount.text(Locale.FRENCH));
    assertEquals("€1,234.56", amount.text(Locale.ENGLISH));
    assertEquals("0,00\u00a0€", Figure.euros(0).text(Locale.FRENCH));
    assertEquals(Figure.HIDDEN_TEXT, amount.hide().text(Locale.FRENCH));
  }
}
