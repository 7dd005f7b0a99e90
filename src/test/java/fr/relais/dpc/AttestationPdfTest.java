package fr.relais.dpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.Organisation;
import fr.relais.quiz.QuizPhase;
import fr.relais.quiz.QuizService;
import fr.relais.testing.PdfStandards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The end-of-training attestation as a file: what it says (DPC numbers, durations from the
 * half-days present less the break, the quiz's scores), PDF/A-2A and PDF/UA-1.
 */
class AttestationPdfTest {

  private static final Organisation.Identity ORG =
      new Organisation.Identity(
          "Association Soins aux professionnels en santé",
          "12 rue de l'Exemple, 75014 Paris",
          "Paris",
          "123 456 789 00012",
          "11 75 99999 75",
          "Claire Martin",
          "Présidente",
          null);

  // Tuesday 10 March 2026, 9:00–17:00 Paris, one hour of lunch.
  private static final Instant START = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant END = Instant.parse("2026-03-10T16:00:00Z");

  private static TrainingFactsRepository.Session session(String andpcAction, String andpcSession) {
    return new TrainingFactsRepository.Session(
        1,
        2,
        "Repérer l'épuisement des soignants",
        "TRAINING",
        "- Repérer les signes d'épuisement\n- Orienter vers les ressources",
        "TRAINING",
        andpcAction,
        andpcSession,
        START,
        END,
        60,
        List.of("Élodie Marchand"));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aDpcAttestationSaysTheNumbersDurationsAndQuizAndBreaksNoRule() throws Exception {
    TrainingFactsRepository.Participant camille =
        new TrainingFactsRepository.Participant(
            7, 8, "Camille", "Durand", "NURSE", "10005173140", null, Set.of(0, 1));
    AttestationPdf.Quiz quiz =
        new AttestationPdf.Quiz(
            List.of(new QuizService.Attempt(QuizPhase.BEFORE, 1, 4, START.minusSeconds(86400))));
    byte[] pdf =
        AttestationPdf.of(session("12342600017", "3"), camille, quiz, ORG, END.plusSeconds(3600));
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/training-attestation.pdf"), pdf);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    String text = text(pdf);
    for (String expected :
        new String[] {
          "Attestation de fin de formation",
          "Claire Martin, Présidente de l'organisme Association Soins aux professionnels en santé",
          "Camille Durand",
          "Numéro RPPS 10005173140",
          "Action de développement professionnel continu (DPC)",
          "N° d'action ANDPC 12342600017",
          "N° de session ANDPC 3",
          "Durée prévue 7 h 00",
          "Durée suivie 7 h 00",
          "demi-journée 1, demi-journée 2",
          "Repérer les signes d'épuisement",
          "Avant la séance Score : 1 sur 4",
          "Après la séance non répondu",
          "Élodie Marchand"
        }) {
      assertTrue(text.contains(expected), expected + " in: " + text);
    }
  }

  @Test
  void anAfternoonOnlyAndNoQuizPlannedSayLessAndNoDpcNumber() throws Exception {
    TrainingFactsRepository.Participant dominique =
        new TrainingFactsRepository.Participant(
            9, 10, "Dominique", "Petit", null, null, "751234567", Set.of(1));
    String text = text(AttestationPdf.of(session(null, null), dominique, null, ORG, END));
    assertTrue(text.contains("Durée suivie 4 h 00"), text);
    assertTrue(text.contains("Numéro ADELI 751234567"), text);
    assertTrue(text.contains("Action de formation (Formation)"), text);
    assertFalse(text.contains("ANDPC"), text);
    assertFalse(text.contains("quiz"), text);
  }

  @Test
  void theBreakComesOffTheMorningOnly() {
    assertEquals(180, AttendedTime.minutes(START, END, 60, Set.of(0)));
    assertEquals(240, AttendedTime.minutes(START, END, 60, Set.of(1)));
    assertEquals(0, AttendedTime.minutes(START, END, 60, Set.of()));
    assertEquals(7.0, AttendedTime.decimalHours(420));
    assertEquals("3 h 05", AttendedTime.hours(185));
  }
}
