package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.Organisation;
import fr.relais.testing.PdfStandards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The convention as a file: what Code du travail D6353-1 asks, PDF/A-2A and PDF/UA-1. */
class ConventionPdfTest {

  static final Organisation.Identity ORG =
      new Organisation.Identity(
          "Association Soins aux professionnels en santé",
          "12 rue de l'Exemple, 75014 Paris",
          "Paris",
          "123 456 789 00012",
          "11 75 99999 75",
          "Claire Martin",
          "Présidente",
          null);

  static ConventionFacts facts(ConventionTerms terms) {
    return new ConventionFacts(
        42,
        2,
        Instant.parse("2026-02-02T10:00:00Z"),
        "CHU Val-de-Seine",
        "1 rue de Germont, 76000 Rouen",
        "Repérer la vulnérabilité",
        "Professionnels",
        List.of(
            new ConventionDay(
                Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-10T16:00:00Z")),
            new ConventionDay(
                Instant.parse("2026-03-17T08:00:00Z"), Instant.parse("2026-03-17T11:30:00Z"))),
        "Salle Pasteur, CHU Val-de-Seine, 1 rue de Germont, 76000 Rouen",
        "Hélène Garnier, Marc Dupuis",
        terms);
  }

  @Test
  void itSaysWhatTheCodeDuTravailAsksAndBreaksNoRule() throws Exception {
    ConventionTerms terms =
        new ConventionTerms(
            8_500L,
            PriceBasis.PER_PERSON,
            VatStatus.STANDARD,
            14,
            "Paiement à 30 jours par virement.",
            "Savoir repérer un soignant en difficulté.\nOrienter vers l'aide.",
            "Matin : les signes d'alerte. Après-midi : mises en situation.",
            "Apports, cas pratiques, vidéoprojecteur.",
            "Quiz en fin de journée.");
    byte[] pdf = ConventionPdf.of(facts(terms), ORG);
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/convention.pdf"), pdf);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    String text = text(pdf);
    for (String expected :
        List.of(
            "Convention de formation professionnelle",
            "Version n° 2 du lundi 2 février 2026 – référence 42-2",
            "D6353-1",
            // the parties
            "Association Soins aux professionnels en santé",
            "SIRET 123 456 789 00012",
            "11 75 99999 75",
            "CHU Val-de-Seine, 1 rue de Germont, 76000 Rouen",
            // title and nature
            "« Repérer la vulnérabilité »",
            "action de formation, au sens de l’article L6313-1",
            // objectives, content, means, trainers
            "Savoir repérer un soignant en difficulté.",
            "Orienter vers l'aide.",
            "Matin : les signes d'alerte.",
            "Apports, cas pratiques, vidéoprojecteur.",
            "Hélène Garnier, Marc Dupuis",
            // duration, dates, times, place
            "mardi 10 mars 2026",
            "9 h 00 – 17 h 00",
            "mardi 17 mars 2026",
            "Durée totale : 11 h 30, en 2 journée(s).",
            "Lieu : Salle Pasteur",
            // trainees, follow-up, evaluation
            "14 au plus",
            "feuilles d’émargement",
            "par demi-journée",
            "Quiz en fin de journée.",
            "certificat de réalisation",
            // price and payment
            "85,00 € par personne",
            "1 190,00 €",
            "238,00 €",
            "1 428,00 €",
            "TVA 20 %",
            "Paiement à 30 jours par virement.")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
  }

  @Test
  void typedTextsKeepTheirParagraphs() {
    assertEquals(List.of("Un.", "Deux."), ConventionPdf.paragraphs("  Un.\n\n   Deux.  \r\n"));
    assertEquals(List.of(), ConventionPdf.paragraphs(null));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00a0\u202f]+", " ");
    }
  }
}
