package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.Organisation;
import fr.relais.testing.PdfStandards;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The sign-in sheet as a file: what it says, its fingerprint, PDF/A-2A and PDF/UA-1. */
class SheetPdfTest {

  static final Organisation.Identity ORG =
      new Organisation.Identity(
          "Association Soins aux professionnels en santé",
          "12 rue de l'Exemple, 75014 Paris",
          "Paris",
          "123 456 789 00012",
          "11 75 99999 75",
          "Claire Martin",
          "Présidente",
          png(Color.BLUE));

  private static final Instant START = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant END = Instant.parse("2026-03-10T11:30:00Z");
  private static final Instant SIGNED = Instant.parse("2026-03-10T11:35:00Z");

  @Test
  void aLockedSheetSaysWhoWhenAndHowAndBreaksNoRule() throws Exception {
    RosterView roster = roster(AttendanceStatus.PRESENT);
    String fingerprint = SheetFingerprint.of(roster, 0);
    byte[] pdf =
        SheetPdf.of(
            roster,
            0,
            false,
            new SheetPdf.Issue(
                ORG, SIGNED, fingerprint, "https://relais.test/verify/" + fingerprint));
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/sheet.pdf"), pdf);
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    String text = text(pdf);
    for (String expected :
        List.of(
            "Feuille d'émargement",
            "SIRET 123 456 789 00012",
            "11 75 99999 75",
            "Repérer la vulnérabilité",
            "Savoir repérer un soignant en difficulté",
            "mardi 10 mars 2026",
            "Matin, de 9 h 00 à 12 h 30",
            "DUPONT Léa",
            "Signé à 9 h 05",
            "Absent(e)",
            "Hélène Garnier, signé le mardi 10 mars 2026, 12 h 35")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertTrue(text.replaceAll("\\s", "").contains(fingerprint), "its fingerprint is printed");
  }

  @Test
  void aBlankSheetHasTheNamesAndNoMarkAndBreaksNoRule() throws Exception {
    byte[] pdf =
        SheetPdf.of(
            roster(AttendanceStatus.PRESENT), 0, true, new SheetPdf.Issue(ORG, SIGNED, null, null));
    assertEquals(List.of(), PdfStandards.brokenRules(pdf));
    String text = text(pdf);
    assertTrue(text.contains("DUPONT Léa"));
    assertFalse(text.contains("Signé à"), text);
    assertFalse(text.contains("Absent(e)"), text);
  }

  @Test
  void anyCorrectionChangesTheFingerprintAndNothingElseDoes() {
    assertEquals(
        SheetFingerprint.of(roster(AttendanceStatus.PRESENT), 0),
        SheetFingerprint.of(roster(AttendanceStatus.PRESENT), 0));
    assertNotEquals(
        SheetFingerprint.of(roster(AttendanceStatus.PRESENT), 0),
        SheetFingerprint.of(roster(AttendanceStatus.LATE), 0));
    assertTrue(SheetFingerprint.plausible(SheetFingerprint.of(roster(AttendanceStatus.LATE), 0)));
    assertFalse(SheetFingerprint.plausible("ABC"));
  }

  static RosterView roster(AttendanceStatus first) {
    HalfDay morning = new HalfDay(0, START, END);
    RosterView.Line lea =
        new RosterView.Line(
            1,
            "DUPONT Léa",
            "NURSE",
            List.of(
                new RosterView.Cell(
                    0, first, CheckInMethod.SIGNATURE, png(Color.BLACK), START.plusSeconds(300))));
    RosterView.Line marc =
        new RosterView.Line(
            2,
            "ROUX Marc",
            null,
            List.of(
                new RosterView.Cell(0, AttendanceStatus.ABSENT, CheckInMethod.HAND, null, END)));
    return new RosterView(
        7,
        "Repérer la vulnérabilité",
        "Savoir repérer un soignant en difficulté",
        START,
        END,
        "Maison des soignants – Salle 1",
        List.of("Hélène Garnier"),
        true,
        List.of(morning),
        List.of(lea, marc),
        Map.of(0, new RosterView.Signed("Hélène Garnier", png(Color.DARK_GRAY), SIGNED)));
  }

  static byte[] png(Color ink) {
    try {
      BufferedImage image = new BufferedImage(160, 50, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 160, 50);
      g.setColor(ink);
      g.drawLine(10, 40, 150, 10);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00a0\u202f]+", " ");
    }
  }
}
