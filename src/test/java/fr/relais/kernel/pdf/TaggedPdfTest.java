package fr.relais.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.PdfStandards;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TaggedPdfTest {

  private static final String DOCUMENT =
      """
      <!DOCTYPE html>
      <html lang="fr" xmlns="http://www.w3.org/1999/xhtml">
      <head><title>{{title}}</title><meta name="author" content="Relais"/>
      <meta name="subject" content="essai"/>
      <style>body { font-family: 'DejaVu Sans'; font-size: 10pt; } th { text-align: left; }</style>
      </head>
      <body><h1>{{title}}</h1><p>{{text}}</p>
      <table><thead><tr><th scope="col">Nom</th><th scope="col">Heure</th></tr></thead>
      <tbody><tr><td>{{name}}</td><td>9 h 30</td></tr></tbody></table>
      <ul><li>Un</li><li>Deux</li></ul></body></html>
      """;

  /** The checker is not blind: a plain PDFBox page (untagged, Helvetica not embedded) fails. */
  @Test
  void anUntaggedPdfWithAnUnembeddedFontBreaksRulesOfBoth() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        text.showText("Feuille");
        text.endText();
      }
      doc.save(out);
    }
    List<String> broken = PdfStandards.brokenRules(out.toByteArray());
    assertTrue(broken.stream().anyMatch(r -> r.startsWith("2a ")), broken::toString);
    assertTrue(broken.stream().anyMatch(r -> r.startsWith("ua1 ")), broken::toString);
  }

  @Test
  void aRenderedDocumentBreaksNoRuleOfPdfA2AOrPdfUa1() throws Exception {
    String xhtml =
        new com.github.mustachejava.DefaultMustacheFactory()
            .compile(new java.io.StringReader(DOCUMENT), "t")
            .execute(
                new java.io.StringWriter(),
                Map.of(
                    "title", "Feuille d'émargement – œuvre « sûre »",
                    "text", "Élodie <b>Ça</b> & 12 %",
                    "name", "Zoé L'Hôte"))
            .toString();
    byte[] pdf = TaggedPdf.render(xhtml);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Élodie <b>Ça</b> & 12 %"), text);
      assertEquals("fr", doc.getDocumentCatalog().getLanguage());
    }
  }
}
