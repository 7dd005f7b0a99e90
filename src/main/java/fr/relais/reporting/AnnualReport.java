package fr.relais.reporting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.kernel.i18n.Texts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The association's annual report for a year: the three dashboards (same figures, same suppression)
 * as an A4 PDF — cover, table of contents, each section's tables and charts as images, a methods
 * note — and as an XLSX workbook of the raw aggregates, one sheet per table.
 */
@Stateless
public class AnnualReport {

  private static final Color INK = new Color(0x14, 0x43, 0x52);
  private static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD, INK);
  private static final Font H1 = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
  private static final Font H2 = new Font(Font.HELVETICA, 12, Font.BOLD, INK);
  private static final Font TEXT = new Font(Font.HELVETICA, 10);
  private static final Font SMALL = new Font(Font.HELVETICA, 8);
  private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
  private static final Locale FRENCH = Locale.FRENCH;

  @Inject private Reports reports;

  /** The files of one year's report. */
  public record Files(byte[] pdf, byte[] xlsx, boolean noData) {}

  /** Builds both files, telling progress (0–100) as it goes. */
  public Files generate(int year, LocalDate today, IntConsumer progress) {
    ReportFilter filter = ReportFilter.year(year);
    List<Dashboard> dashboards = new ArrayList<>();
    for (Reports.Kind kind : Reports.Kind.values()) {
      dashboards.add(reports.build(kind, filter, FRENCH));
      progress.accept(20 * dashboards.size());
    }
    boolean empty = dashboards.stream().allMatch(Dashboard::noData);
    List<Integer> pages = new ArrayList<>();
    render(year, today, dashboards, empty, null, pages);
    progress.accept(75);
    byte[] pdf = render(year, today, dashboards, empty, pages, new ArrayList<>());
    progress.accept(90);
    List<ReportTable> tables =
        dashboards.stream()
            .flatMap(d -> d.sections().stream())
            .map(Dashboard.Section::table)
            .toList();
    byte[] xlsx = TableFiles.xlsx(tables);
    progress.accept(100);
    return new Files(pdf, xlsx, empty);
  }

  /**
   * Writes the PDF. The first pass (toc null) only learns on which page each dashboard starts; the
   * second writes the table of contents with those pages (it keeps to one page either way).
   */
  private byte[] render(
      int year,
      LocalDate today,
      List<Dashboard> dashboards,
      boolean empty,
      List<Integer> toc,
      List<Integer> pages) {
    Texts t = Texts.in(FRENCH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(
        new Footer(t.get("app.association") + " – " + t.get("report.annual.pdfTitle", year)));
    document.addTitle(t.get("report.annual.pdfTitle", year));
    document.addAuthor(t.get("app.association"));
    document.open();
    cover(document, t, year, today);
    document.newPage();
    contents(document, t, empty ? List.of() : dashboards, toc);
    if (empty) {
      document.newPage();
      document.add(new Paragraph(t.get("report.annual.empty", year), TEXT));
    } else {
      for (Dashboard dashboard : dashboards) {
        document.newPage();
        pages.add(writer.getPageNumber());
        dashboard(document, dashboard);
      }
    }
    document.newPage();
    pages.add(writer.getPageNumber());
    methods(document, t);
    document.close();
    return out.toByteArray();
  }

  private static void cover(Document document, Texts t, int year, LocalDate today) {
    Paragraph name = new Paragraph(t.get("app.association"), H2);
    name.setSpacingBefore(160);
    document.add(name);
    Paragraph title = new Paragraph(t.get("report.annual.pdfTitle", year), TITLE);
    title.setSpacingBefore(12);
    document.add(title);
    Paragraph subtitle = new Paragraph(t.get("report.annual.subtitle"), TEXT);
    subtitle.setSpacingBefore(8);
    document.add(subtitle);
    Paragraph made = new Paragraph(t.get("report.annual.generated", today), SMALL);
    made.setSpacingBefore(40);
    document.add(made);
  }

  private static void contents(
      Document document, Texts t, List<Dashboard> dashboards, List<Integer> toc) {
    document.add(new Paragraph(t.get("report.annual.contents"), H1));
    PdfPTable table = new PdfPTable(new float[] {9, 1});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    List<String> titles = new ArrayList<>();
    dashboards.forEach(d -> titles.add(d.title()));
    titles.add(t.get("report.annual.methods"));
    for (int i = 0; i < titles.size(); i++) {
      String page = toc == null ? "" : String.valueOf(toc.get(i));
      table.addCell(plain(titles.get(i), TEXT, Element.ALIGN_LEFT));
      table.addCell(plain(page, TEXT, Element.ALIGN_RIGHT));
    }
    document.add(table);
  }

  private static void dashboard(Document document, Dashboard dashboard) {
    document.add(new Paragraph(dashboard.title(), H1));
    if (!dashboard.headlines().isEmpty()) {
      PdfPTable headlines = new PdfPTable(2);
      headlines.setWidthPercentage(100);
      headlines.setSpacingBefore(8);
      for (Dashboard.Headline h : dashboard.headlines()) {
        headlines.addCell(plain(h.label(), TEXT, Element.ALIGN_LEFT));
        headlines.addCell(plain(h.figure().text(FRENCH), H2, Element.ALIGN_RIGHT));
      }
      document.add(headlines);
    }
    for (Dashboard.Section section : dashboard.sections()) {
      Paragraph heading = new Paragraph(section.table().title(), H2);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(6);
      document.add(heading);
      if (section.hasChart()) {
        Image image = image(ChartImage.png(section.chart(), 900, 420));
        image.scaleToFit(document.getPageSize().getWidth() - 96, 220);
        document.add(image);
      }
      document.add(table(section.table()));
    }
  }

  private static Image image(byte[] png) {
    try {
      return Image.getInstance(png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PdfPTable table(ReportTable table) {
    int columns = table.columns().size() + 1;
    PdfPTable pdf = new PdfPTable(columns);
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    float[] widths = new float[columns];
    widths[0] = 2.2f;
    for (int c = 1; c < columns; c++) {
      widths[c] = 1.3f;
    }
    pdf.setWidths(widths);
    pdf.addCell(header(table.labelHeader(), Element.ALIGN_LEFT));
    table.columns().forEach(c -> pdf.addCell(header(c, Element.ALIGN_RIGHT)));
    if (table.hasNoRows()) {
      PdfPCell none = plain("–", SMALL, Element.ALIGN_LEFT);
      none.setColspan(columns);
      pdf.addCell(none);
    }
    for (ReportTable.Row row : table.rows()) {
      addRow(pdf, row, SMALL);
    }
    if (table.total() != null) {
      addRow(pdf, table.total(), SMALL_BOLD);
    }
    return pdf;
  }

  private static void addRow(PdfPTable pdf, ReportTable.Row row, Font font) {
    pdf.addCell(plain(row.label(), font, Element.ALIGN_LEFT));
    for (Figure figure : row.figures()) {
      pdf.addCell(plain(figure.text(FRENCH), font, Element.ALIGN_RIGHT));
    }
  }

  private static void methods(Document document, Texts t) {
    document.add(new Paragraph(t.get("report.annual.methods"), H1));
    for (String key :
        List.of(
            "report.methods.sources",
            "report.methods.instruments",
            "report.methods.pairs",
            "report.methods.suppression")) {
      Paragraph p = new Paragraph(t.get(key), TEXT);
      p.setSpacingBefore(8);
      document.add(p);
    }
  }

  private static PdfPCell header(String text, int align) {
    PdfPCell cell = plain(text, SMALL_BOLD, align);
    cell.setBackgroundColor(new Color(0xe8, 0xf0, 0xf3));
    return cell;
  }

  private static PdfPCell plain(String text, Font font, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(align);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(new Color(0xd5, 0xdd, 0xe2));
    cell.setPadding(4);
    return cell;
  }

  /** The association's name and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String text;

    Footer(String text) {
      this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      Phrase phrase = new Phrase(new Chunk(text + " · " + writer.getPageNumber(), SMALL));
      com.lowagie.text.pdf.ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          phrase,
          (document.left() + document.right()) / 2,
          document.bottom() - 24,
          0);
    }
  }
}
