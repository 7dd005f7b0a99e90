package fr.relais.reporting;

import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.kernel.pdf.DocumentModel;
import fr.relais.kernel.pdf.Templates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The association's annual report for a year: the three dashboards (same figures, same suppression)
 * as a publishable A4 PDF (tagged PDF/A-2 and PDF/UA-1) — cover, contents with page numbers and
 * bookmarks, the coordinators' foreword, each section's chart (with a text alternative) and table,
 * a methods note — and as an XLSX workbook of the aggregates, one sheet per table.
 */
@Stateless
public class AnnualReport {

  private static final Locale FRENCH = Locale.FRENCH;

  /**
   * A table longer than this (about five pages) is left to the workbook: a publishable report is
   * not read a session per line, and laying out and tagging 1,800 rows took three seconds.
   */
  static final int PDF_ROWS = 200;

  @Inject private Reports reports;
  @Inject private AnnualForewordService forewords;

  /** The files of one year's report. */
  public record Files(byte[] pdf, byte[] xlsx, boolean noData) {}

  /** A part of the report, as the contents and the bookmarks list it. */
  record Part(String anchor, String title) {}

  record Headline(String label, String value) {}

  record Row(String label, List<String> figures, String style) {}

  record Section(
      String title,
      String keep,
      String chart,
      String chartAlt,
      String noRows,
      boolean hasRows,
      String labelHeader,
      int labelWidth,
      String tableClass,
      List<String> columns,
      List<Row> rows) {}

  record DashboardPart(
      String anchor,
      String title,
      String nothing,
      boolean hasHeadlines,
      List<Headline> headlines,
      List<Section> sections) {}

  /** Builds both files, telling progress (0–100) as it goes. */
  public Files generate(int year, LocalDate today, IntConsumer progress) {
    return generate(year, today, forewords.of(year), progress);
  }

  /** The same, with the coordinators' foreword for the year (paragraphs split on blank lines). */
  public Files generate(int year, LocalDate today, String foreword, IntConsumer progress) {
    ReportFilter filter = ReportFilter.year(year);
    List<Dashboard> dashboards = new ArrayList<>();
    for (Reports.Kind kind : Reports.Kind.values()) {
      dashboards.add(reports.build(kind, filter, FRENCH));
      progress.accept(20 * dashboards.size());
    }
    boolean empty = dashboards.stream().allMatch(Dashboard::noData);
    byte[] pdf = pdf(year, today, foreword, dashboards);
    progress.accept(90);
    List<ReportTable> tables =
        dashboards.stream()
            .flatMap(d -> d.sections().stream())
            .map(Dashboard.Section::table)
            .toList();
    byte[] xlsx =
        TableFiles.xlsx(
            tables,
            Texts.in(FRENCH).get("report.annual.pdfTitle", year),
            Texts.in(FRENCH).get("app.association"));
    progress.accept(100);
    return new Files(pdf, xlsx, empty);
  }

  /** The PDF of these dashboards. */
  static byte[] pdf(int year, LocalDate today, String foreword, List<Dashboard> dashboards) {
    boolean empty = dashboards.stream().allMatch(Dashboard::noData);
    return Templates.pdf("annual-report", model(year, today, foreword, dashboards, empty));
  }

  private static java.util.Map<String, Object> model(
      int year, LocalDate today, String foreword, List<Dashboard> dashboards, boolean empty) {
    DocumentModel m = new DocumentModel(Language.FR);
    Texts t = m.texts();
    List<Part> parts = new ArrayList<>();
    List<DashboardPart> shown = new ArrayList<>();
    if (!empty) {
      for (int i = 0; i < dashboards.size(); i++) {
        DashboardPart part = dashboard("part-" + (i + 1), dashboards.get(i), t);
        shown.add(part);
        parts.add(new Part(part.anchor(), part.title()));
      }
    }
    parts.add(new Part("methods", t.get("report.annual.methods")));
    m.text("title", "report.annual.pdfTitle", year)
        .text("orgName", "app.association")
        .text("subtitle", "report.annual.subtitle")
        .text("generated", "report.annual.generated", today)
        .put("footer", t.get("app.association") + " – " + t.get("report.annual.pdfTitle", year))
        .text("pageWord", "report.annual.page")
        .text("contentsTitle", "report.annual.contents")
        .list("parts", parts)
        .text("figureLabel", "report.annual.figure")
        .text("valueLabel", "report.annual.value")
        .list("dashboards", shown)
        .text("methodsTitle", "report.annual.methods")
        .list(
            "methods",
            List.of(
                t.get("report.methods.sources"),
                t.get("report.methods.instruments"),
                t.get("report.methods.pairs"),
                t.get("report.methods.suppression")));
    if (empty) {
      m.text("emptyYear", "report.annual.empty", year);
    }
    if (foreword != null && !foreword.isBlank()) {
      m.put("foreword", Boolean.TRUE)
          .text("forewordTitle", "report.annual.foreword")
          .list("paragraphs", List.of(foreword.strip().split("\\R\\s*\\R")));
    }
    return m.values();
  }

  private static DashboardPart dashboard(String anchor, Dashboard dashboard, Texts t) {
    List<Headline> headlines =
        dashboard.headlines().stream()
            .map(h -> new Headline(h.label(), h.figure().text(FRENCH)))
            .toList();
    List<Section> sections = new ArrayList<>();
    for (Dashboard.Section section : dashboard.sections()) {
      sections.add(section(section, t));
    }
    return new DashboardPart(
        anchor,
        dashboard.title(),
        dashboard.noData() ? t.get("report.annual.dashboardEmpty") : null,
        !headlines.isEmpty(),
        headlines,
        sections);
  }

  /** Beyond this many figure columns a table takes smaller type to stay within the page. */
  private static final int WIDE = 6;

  private static Section section(Dashboard.Section section, Texts t) {
    ReportTable table = section.table();
    boolean inWorkbook = table.rows().size() > PDF_ROWS;
    List<Row> rows = inWorkbook ? List.of() : printed(table);
    String chart =
        section.hasChart()
            ? DocumentModel.dataUri(ChartImage.png(section.chart(), 900, 420))
            : null;
    // A heading stays with its chart, or with a short table: never alone at a page's foot.
    boolean keep = chart != null || rows.size() <= 12;
    int columns = table.columns().size();
    String note =
        table.hasNoRows()
            ? t.get("report.annual.sectionEmpty")
            : inWorkbook
                ? t.get("report.annual.inWorkbook", Figure.count(table.rows().size()).text(FRENCH))
                : null;
    return new Section(
        table.title(),
        keep ? "keep" : "",
        chart,
        chart == null ? null : t.get("report.annual.chartAlt", table.title()),
        note,
        !table.hasNoRows() && !inWorkbook,
        table.labelHeader(),
        columns > WIDE ? 14 : columns > 4 ? 28 : 40,
        columns > WIDE ? "figures wide" : "figures",
        table.columns(),
        rows);
  }

  /** The rows the PDF prints, the total last. */
  private static List<Row> printed(ReportTable table) {
    List<Row> rows = new ArrayList<>();
    for (ReportTable.Row row : table.rows()) {
      rows.add(new Row(row.label(), texts(row), ""));
    }
    if (table.total() != null) {
      rows.add(new Row(table.total().label(), texts(table.total()), "total"));
    }
    return rows;
  }

  private static List<String> texts(ReportTable.Row row) {
    return row.figures().stream().map(f -> f.text(FRENCH)).toList();
  }
}
