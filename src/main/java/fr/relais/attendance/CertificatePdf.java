package fr.relais.attendance;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.kernel.QrCodes;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import fr.relais.scheduling.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The attendance certificate of one participant and session: who, what, when, how long, led by
 * whom, issued by the association, with a code and a QR code to check it at /verify/{code}.
 */
public final class CertificatePdf {

  private CertificatePdf() {}

  public static byte[] of(Certificate certificate, List<String> trainers, String verifyUrl) {
    Texts t = Texts.in(Language.FR);
    DateFormats dates = new DateFormats(Language.FR.locale());
    Account person = certificate.getRegistration().getAccount();
    Session s = certificate.getRegistration().getSession();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(t.get("certificate.title"));
      doc.open();
      Paragraph title = new Paragraph(t.get("certificate.title"), SheetPdf.TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      doc.add(title);
      Paragraph by = new Paragraph(t.get("app.association"), SheetPdf.SMALL);
      by.setAlignment(Element.ALIGN_CENTER);
      doc.add(by);
      doc.add(new Paragraph(" "));
      doc.add(new Paragraph(t.get("certificate.statement"), SheetPdf.TEXT));
      doc.add(new Paragraph(" "));
      PdfPTable facts = new PdfPTable(new float[] {1.4f, 4f});
      facts.setWidthPercentage(100);
      SheetPdf.fact(facts, t.get("certificate.participant"), person.getDisplayName());
      SheetPdf.fact(
          facts,
          t.get("signup.profession"),
          person.getProfession() == null
              ? ""
              : t.get("enum.Profession." + person.getProfession().name()));
      SheetPdf.fact(
          facts,
          t.get("sheet.module"),
          s.getActivity().getTitle()
              + " ("
              + t.get("enum.Format." + s.getActivity().getFormat().name())
              + ")");
      SheetPdf.fact(facts, t.get("sheet.date"), dates.range(s.getStartsAt(), s.getEndsAt()));
      SheetPdf.fact(facts, t.get("certificate.duration"), hours(certificate.getMinutes()));
      SheetPdf.fact(facts, t.get("sheet.trainers"), String.join(", ", trainers));
      doc.add(facts);
      doc.add(new Paragraph(" "));
      doc.add(
          new Paragraph(
              t.get("certificate.issued", dates.day(certificate.getIssuedAt())), SheetPdf.TEXT));
      doc.add(new Paragraph(" "));
      Image qr = Image.getInstance(QrCodes.png(verifyUrl, 240));
      qr.scaleToFit(110, 110);
      doc.add(qr);
      doc.add(
          new Paragraph(
              t.get("certificate.verify", certificate.getCode(), verifyUrl), SheetPdf.SMALL));
      doc.close();
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Certificate not written", e);
    }
    return out.toByteArray();
  }

  /** "3 h 30" */
  static String hours(int minutes) {
    return minutes / 60 + " h " + String.format("%02d", minutes % 60);
  }
}
