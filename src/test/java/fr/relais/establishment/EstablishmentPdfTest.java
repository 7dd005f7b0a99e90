package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The certificat de réalisation and the day's summary: what they say, PDF/A-2A and PDF/UA-1. */
class EstablishmentPdfTest {

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

  private static final Instant START = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant END = Instant.parse("2026-03-10T16:00:00Z");

  @Test
  void theCertificatDeRealisationSaysWhoWhatAndHowLongAndBreaksNoRule() throws Exception {
    byte[] pdf =
        RealisationPdf.of(
            new RealisationPdf.Realisation(
                "Alice Durand",
                "Infirmier(ère)",
                "CHU Val-de-Seine, Rouen",
                "Journée JADES : prendre soin de soi",
                START,
                END,
                List.of(
                    new RealisationPdf.Half(
                        "mardi 10 mars 2026, 9 h 00 – 13 h 00", "Présent(e)", "4 h 00"),
                    new RealisationPdf.Half(
                        "mardi 10 mars 2026, 13 h 00 – 17 h 00", "Absent(e)", "0 h 00")),
                240,
                "Demande n° 12, convention n° 1 acceptée le 2 février 2026 (empreinte 0123456789ab…)",
                Instant.parse("2026-03-11T09:00:00Z")),
            ORG);
    keep("realisation.pdf", pdf);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    String text = text(pdf);
    for (String expected :
        List.of(
            "Certificat de réalisation",
            "Alice Durand",
            "CHU Val-de-Seine, Rouen",
            "Journée JADES : prendre soin de soi",
            "☒ action de formation",
            "Le mardi 10 mars 2026",
            "4 h 00",
            "SIRET 123 456 789 00012",
            "convention n° 1",
            "Fait à Paris")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void theSummaryCountsAndShowsSatisfactionOnlyFromFiveAnswers() throws Exception {
    DaySummaryPdf.DayLine day =
        new DaySummaryPdf.DayLine(
            "mardi 10 mars 2026, 9 h 00 – 17 h 00",
            "CHU Val-de-Seine – Salle Pasteur",
            "Hélène Garnier",
            12,
            9,
            List.of(
                new DaySummaryPdf.HalfLine("Matin", 8, 1, 0, 0),
                new DaySummaryPdf.HalfLine("Après-midi", 7, 0, 1, 1)));
    byte[] shown =
        DaySummaryPdf.of(
            new DaySummaryPdf.Summary(
                "CHU Val-de-Seine",
                "Journée JADES : prendre soin de soi",
                "Demande n° 12",
                11,
                List.of(day),
                new StaffView.Satisfaction(7, true, 4.3, 86, 8.9),
                Instant.parse("2026-03-11T09:00:00Z")),
            ORG);
    keep("summary.pdf", shown);
    assertEquals(List.of(), PdfStandards.brokenRules(shown));
    String text = text(shown);
    assertTrue(text.contains("Bilan de la journée"), text);
    assertTrue(text.contains("4,3 / 5"), text);
    assertTrue(text.contains("Réponses de 7"), text);
    byte[] hidden =
        DaySummaryPdf.of(
            new DaySummaryPdf.Summary(
                "CHU Val-de-Seine",
                "Journée JADES",
                null,
                0,
                List.of(day),
                new StaffView.Satisfaction(0, false, null, null, null),
                Instant.parse("2026-03-11T09:00:00Z")),
            ORG);
    assertEquals(List.of(), PdfStandards.brokenRules(hidden));
    String few = text(hidden);
    assertTrue(few.contains("Moins de cinq réponses"), few);
    assertFalse(few.contains("/ 5"), few);
  }

  private static void keep(String name, byte[] pdf) throws Exception {
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/" + name), pdf);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
