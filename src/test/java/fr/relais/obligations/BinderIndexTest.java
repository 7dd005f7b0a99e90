package fr.relais.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.PdfStandards;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BinderIndexTest {

  private static final AuditPeriod YEAR =
      new AuditPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  private static Evidence sheet(String title) {
    return new Evidence(
        12,
        "emargement-2025-03-11-s7-1.pdf",
        "binder.proves.sheet",
        new Object[] {title, LocalDate.of(2025, 3, 11), 1},
        () -> new byte[0]);
  }

  @Test
  void eachFileIsLinkedUnderItsIndicatorWithWhatItProvesAndEmptyIndicatorsSaySo() {
    String html =
        BinderIndex.html(
            List.of(sheet("JADES")), YEAR, "Association", Instant.EPOCH, Locale.FRENCH);
    assertTrue(html.contains("href=\"indicateur-12/emargement-2025-03-11-s7-1.pdf\""), html);
    assertTrue(
        html.contains("Feuille d’émargement")
            || html.contains("Feuille d'émargement")
            || html.contains("Feuille d&#39;émargement"),
        html);
    assertTrue(html.contains("11 mars 2025"), "dates the French way: " + html);
    assertTrue(
        html.indexOf("Indicateur 1 ") < html.indexOf("Indicateur 12 "), "in the reference's order");
    assertTrue(html.contains("Relais ne détient rien pour cet indicateur"), html);
  }

  @Test
  void thePrintedIndexIsPdfA2aAndPdfUaWithThePathsAsText() throws Exception {
    byte[] pdf =
        BinderIndex.pdf(List.of(sheet("JADES")), YEAR, "Association", Instant.EPOCH, Locale.FRENCH);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text.contains("indicateur-12/emargement-2025-03-11-s7-1.pdf"), text);
    }
  }

  @Test
  void aTitleTypedBySomeoneIsTextNeverMarkup() {
    String html =
        BinderIndex.html(
            List.of(sheet("<script>alert(1)</script>")), YEAR, "A&B", Instant.EPOCH, Locale.FRENCH);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  @Test
  void aFileNameThatCouldLeaveItsFolderIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(12, "../etc/passwd.pdf", "k", new Object[0], () -> new byte[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Evidence(33, "a.pdf", "k", new Object[0], () -> new byte[0]));
    assertEquals(
        "indicateur-02/a.pdf",
        new Evidence(2, "a.pdf", "k", new Object[0], () -> new byte[0]).path());
  }
}
