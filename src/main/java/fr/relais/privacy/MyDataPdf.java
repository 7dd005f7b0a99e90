package fr.relais.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.kernel.i18n.Texts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/** "Vos données" as a readable A4 PDF: the same content as the JSON file, section by section. */
final class MyDataPdf {

  private static final Font TITLE =
      new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x14, 0x43, 0x52));
  private static final Font H2 =
      new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0x14, 0x43, 0x52));
  private static final Font TEXT = new Font(Font.HELVETICA, 9);
  private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

  private MyDataPdf() {}

  static byte[] of(JsonObject data, Locale locale) {
    Texts t = Texts.in(locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(t.get("privacy.pdf.title"), TITLE));
    document.add(new Paragraph(t.get("privacy.pdf.intro"), TEXT));
    section(document, t.get("privacy.pdf.account"), List.of(data.getJsonObject("account")));
    for (String part :
        List.of("registrations", "surveyInvitations", "wellbeingScores", "sessionsLed")) {
      if (data.containsKey(part)) {
        JsonArray rows = data.getJsonArray(part);
        section(
            document,
            t.get("privacy.pdf." + part),
            rows.stream().map(JsonValue::asJsonObject).toList());
      }
    }
    document.close();
    return out.toByteArray();
  }

  /** One table per section: a row per item, its fields as "name: value" lines. */
  private static void section(Document document, String title, List<JsonObject> items) {
    Paragraph heading = new Paragraph(title, H2);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    document.add(heading);
    if (items.isEmpty()) {
      document.add(new Paragraph("–", TEXT));
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {1, 3});
    table.setWidthPercentage(100);
    for (JsonObject item : items) {
      for (String name : item.keySet()) {
        table.addCell(cell(name, BOLD));
        table.addCell(cell(text(item.get(name)), TEXT));
      }
      PdfPCell gap = cell(" ", TEXT);
      gap.setColspan(2);
      gap.setBorder(PdfPCell.NO_BORDER);
      table.addCell(gap);
    }
    document.add(table);
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> "–";
      case STRING -> ((jakarta.json.JsonString) value).getString();
      default -> value.toString();
    };
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorderColor(new Color(0xd5, 0xdd, 0xe2));
    cell.setPadding(3);
    return cell;
  }
}
