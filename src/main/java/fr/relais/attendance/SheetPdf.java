package fr.relais.attendance;

import fr.relais.kernel.Organisation;
import fr.relais.kernel.QrCodes;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sign-in sheet of one half-day (feuille d'émargement, Code du travail R6332-26): the
 * organisation, the action and its objectives, the date and times, the trainer's name and
 * signature, each participant's signature and its time or "absent"/"excusé(e)". A locked sheet
 * carries its fingerprint and a QR code to check it at /verify. Blank for signing on paper without
 * network. Tagged PDF/A-2 and PDF/UA-1.
 */
public final class SheetPdf {

  /** What prints a sheet besides the roster: who issues it, when, and its check (or nulls). */
  public record Issue(
      Organisation.Identity org, Instant printedAt, String fingerprint, String verifyUrl) {}

  private SheetPdf() {}

  public static byte[] of(RosterView roster, int halfDay, boolean blank, Issue issue) {
    DocumentModel m = new DocumentModel(Language.FR);
    Texts t = m.texts();
    DateFormats dates = m.dates();
    HalfDay half = roster.halfDays().get(halfDay);
    CertificatePdf.organisation(m, issue.org());
    m.text("title", "sheet.title")
        .text("subject", "sheet.subject", roster.title(), dates.day(half.start()))
        .text("actionLabel", "sheet.module")
        .put("action", roster.title())
        .text("objectivesLabel", "sheet.objectives")
        .put("objectives", blankToNull(roster.objectives()))
        .text("dateLabel", "sheet.date")
        .put("date", dates.day(half.start()))
        .text("timesLabel", "sheet.times")
        .text("times", "sheet." + half.getPart(), dates.time(half.start()), dates.time(half.end()))
        .text("placeLabel", "sheet.place")
        .put("place", roster.place())
        .text("trainersLabel", "sheet.trainers")
        .put("trainers", String.join(", ", roster.trainers()))
        .text("participantsHeading", "sheet.participants")
        .text("nameLabel", "sheet.name")
        .text("professionLabel", "sheet.profession")
        .text("signatureLabel", "sheet.signature")
        .list("lines", lines(roster, halfDay, blank, t, dates))
        .text("trainerHeading", "sheet.trainerSignature")
        .text("legal", "sheet.legal")
        .text("printed", "sheet.printed", dates.dateTime(issue.printedAt()));
    RosterView.Signed signed = blank ? null : roster.signed().get(halfDay);
    if (signed != null) {
      m.text("trainerSigned", "sheet.trainerSigned", signed.trainer(), dates.dateTime(signed.at()))
          .image("trainerImage", signed.signature())
          .text("trainerImageAlt", "sheet.signatureOf", signed.trainer());
    } else {
      m.put("trainerSigned", String.join(", ", roster.trainers()));
    }
    if (!blank && issue.fingerprint() != null) {
      m.put("fingerprint", issue.fingerprint())
          .text("fingerprintText", "sheet.fingerprint", issue.fingerprint(), issue.verifyUrl())
          .image("qr", QrCodes.png(issue.verifyUrl(), 240))
          .text("qrAlt", "certificate.qrAlt", issue.verifyUrl());
    }
    return Templates.pdf("sheet", m.values());
  }

  private static List<Map<String, Object>> lines(
      RosterView roster, int halfDay, boolean blank, Texts t, DateFormats dates) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (RosterView.Line line : roster.lines()) {
      Map<String, Object> row = new HashMap<>();
      row.put("name", line.name());
      row.put(
          "profession",
          line.profession() == null ? "" : t.get("enum.Profession." + line.profession()));
      RosterView.Cell cell = line.cells().get(halfDay);
      if (!blank && cell.status() != null) {
        row.put("text", statusText(cell, t, dates));
        if (cell.signature() != null) {
          row.put("image", DocumentModel.dataUri(cell.signature()));
          row.put("imageAlt", t.get("sheet.signatureOf", line.name()));
        }
      }
      lines.add(row);
    }
    return lines;
  }

  private static String statusText(RosterView.Cell cell, Texts t, DateFormats dates) {
    String late = cell.status() == AttendanceStatus.LATE ? " – " + t.get("sheet.late") : "";
    return switch (cell.status()) {
      case ABSENT -> t.get("sheet.absent");
      case EXCUSED -> t.get("sheet.excused");
      case PRESENT, LATE -> t.get("sheet.presentBy." + cell.method(), dates.time(cell.at())) + late;
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
