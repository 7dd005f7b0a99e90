package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesWhatNeedsQuoting() {
    assertEquals("plain", Csv.cell("plain"));
    assertEquals("\"a;b\"", Csv.cell("a;b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
    assertEquals("", Csv.cell(null));
  }

  @Test
  void neutralisesFormulas() {
    assertEquals(
        "'=HYPERLINK(\"http://evil\")",
        Csv.cell("=HYPERLINK(\"http://evil\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
    assertEquals("'+33 6", Csv.cell("+33 6"));
    assertEquals("'-2", Csv.cell("-2"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
  }

  @Test
  void rowsEndWithCrlfAfterAByteOrderMark() {
    String csv = new Csv().row(List.of("Nom", "Prénom")).row(List.of("Martin", "Léa")).toString();
    assertTrue(csv.startsWith("\uFEFFNom;Prénom\r\n"));
    assertTrue(csv.endsWith("Martin;Léa\r\n"));
  }
}
