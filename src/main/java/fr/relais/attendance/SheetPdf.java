package fr.relais.attendance;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;

/**
 * The sign-in sheet of one half-day (feuille d'émargement, Code du travail R6332-26): the module,
 * date and times, the trainer's name and signature, each participant's signature or
 * "absent"/"excusé(e)". A4, printable; blank for signing on paper when there is no network.
 */
public final class SheetPdf {

  static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0x14, 0x43, 0x52));
  static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  static final Font TEXT = new Font(Font.HELVETICA, 10);
  static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x52, 0x61, 0x6b));

  private SheetPdf() {}

  public static byte[] of(RosterView roster, int halfDay, boolean blank, Instant printedAt) {
    Texts t = Texts.in(Language.FR);
    DateFormats dates = new DateFormats(Language.FR.locale());
    HalfDay half = roster.halfDays().get(halfDay);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(t.get("sheet.title") + " – " + roster.title());
      doc.open();
      doc.add(new Paragraph(t.get("sheet.title"), TITLE));
      doc.add(new Paragraph(t.get("app.association"), SMALL));
      doc.add(new Paragraph(" "));
      PdfPTable facts = new PdfPTable(new float[] {1.3f, 4f});
      facts.setWidthPercentage(100);
      fact(facts, t.get("sheet.module"), roster.title());
      fact(facts, t.get("sheet.date"), dates.day(half.start()));
      fact(
          facts,
          t.get("sheet.times"),
          t.get("sheet." + half.getPart(), dates.time(half.start()), dates.time(half.end())));
      fact(facts, t.get("sheet.place"), roster.place());
      fact(facts, t.get("sheet.trainers"), String.join(", ", roster.trainers()));
      doc.add(facts);
      doc.add(new Paragraph(" "));

      PdfPTable table = new PdfPTable(new float[] {3f, 2.2f, 3.3f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      header(table, t.get("sheet.name"));
      header(table, t.get("sheet.profession"));
      header(table, t.get("sheet.signature"));
      for (RosterView.Line line : roster.lines()) {
        table.addCell(cell(new Phrase(line.name(), TEXT)));
        table.addCell(
            cell(
                new Phrase(
                    line.profession() == null ? "" : t.get("enum.Profession." + line.profession()),
                    TEXT)));
        table.addCell(blank ? empty() : signatureCell(line.cells().get(halfDay), t, dates));
      }
      doc.add(table);
      doc.add(new Paragraph(" "));

      PdfPTable foot = new PdfPTable(new float[] {1f, 1f});
      foot.setWidthPercentage(100);
      RosterView.Signed signed = blank ? null : roster.signed().get(halfDay);
      foot.addCell(
          cell(
              new Phrase(
                  t.get("sheet.trainerSignature")
                      + "\n"
                      + (signed == null
                          ? ""
                          : signed.trainer() + " – " + dates.dateTime(signed.at())),
                  BOLD)));
      foot.addCell(signed == null ? empty() : image(signed.signature()));
      doc.add(foot);
      doc.add(new Paragraph(" "));
      doc.add(new Paragraph(t.get("sheet.legal"), SMALL));
      doc.add(new Paragraph(t.get("sheet.printed", dates.dateTime(printedAt)), SMALL));
      doc.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Sign-in sheet not written", e);
    }
    return out.toByteArray();
  }

  private static PdfPCell signatureCell(RosterView.Cell cell, Texts t, DateFormats dates)
      throws IOException {
    if (cell.status() == null) {
      return empty();
    }
    String late = cell.status() == AttendanceStatus.LATE ? " – " + t.get("sheet.late") : "";
    if (cell.signature() != null) {
      return signed(
          cell.signature(), t.get("sheet.presentBy.SIGNATURE", dates.time(cell.at())) + late);
    }
    String text =
        switch (cell.status()) {
          case ABSENT -> t.get("sheet.absent");
          case EXCUSED -> t.get("sheet.excused");
          case PRESENT, LATE ->
              t.get("sheet.presentBy." + cell.method(), dates.time(cell.at())) + late;
        };
    return cell(new Phrase(text, TEXT));
  }

  static void fact(PdfPTable table, String label, String value) {
    PdfPCell l = new PdfPCell(new Phrase(label, BOLD));
    l.setBorder(0);
    PdfPCell v = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
    v.setBorder(0);
    table.addCell(l);
    table.addCell(v);
  }

  private static void header(PdfPTable table, String text) {
    PdfPCell c = new PdfPCell(new Phrase(text, BOLD));
    c.setBackgroundColor(new Color(0xe7, 0xf1, 0xf3));
    c.setPadding(5);
    table.addCell(c);
  }

  private static PdfPCell cell(Phrase phrase) {
    PdfPCell c = new PdfPCell(phrase);
    c.setMinimumHeight(38);
    c.setPadding(5);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  private static PdfPCell empty() {
    return cell(new Phrase(" ", TEXT));
  }

  /** A drawn signature with, under it, when it was drawn. */
  private static PdfPCell signed(byte[] png, String caption) throws IOException {
    Image image = Image.getInstance(png);
    image.scaleToFit(150, 34);
    PdfPCell c = new PdfPCell();
    c.addElement(image);
    c.addElement(new Paragraph(caption, SMALL));
    c.setMinimumHeight(38);
    c.setPadding(3);
    return c;
  }

  private static PdfPCell image(byte[] png) throws IOException {
    Image image = Image.getInstance(png);
    image.scaleToFit(150, 34);
    PdfPCell c = new PdfPCell(image, false);
    c.setMinimumHeight(38);
    c.setPadding(2);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }
}
