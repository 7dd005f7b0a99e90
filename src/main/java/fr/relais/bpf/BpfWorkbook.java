package fr.relais.bpf;

import fr.relais.kernel.Spreadsheet;
import fr.relais.kernel.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The BPF as a workbook: one sheet per frame, laid out like the form (line number, label, figures
 * as numbers, a column saying what a coordinator typed); while data warnings are open, the first
 * line of every sheet says so.
 */
public final class BpfWorkbook {

  private BpfWorkbook() {}

  public static byte[] of(BpfYear year, String author) {
    Texts texts = Texts.in(Locale.FRENCH);
    BpfView view = BpfView.of(year, texts);
    Spreadsheet book =
        new Spreadsheet(texts.get("bpf.document.title", String.valueOf(year.year())), author);
    for (BpfView.FrameView frame : view.frames()) {
      List<String> headers = new ArrayList<>();
      headers.add(texts.get("bpf.col.line"));
      headers.add(texts.get("bpf.col.label"));
      headers.addAll(frame.columns());
      headers.add(texts.get("bpf.col.declared"));
      Spreadsheet.Writer sheet =
          book.sheet(texts.get("bpf.frame") + " " + frame.code(), headers)
              .widths(8, 70, 16, 16, 12);
      if (view.warned()) {
        sheet.row(List.of("", new Spreadsheet.Strong(view.banner())));
      }
      sheet.row(List.of("", new Spreadsheet.Strong(frame.code() + " – " + frame.title())));
      for (BpfView.LineView line : frame.lines()) {
        List<Object> cells = new ArrayList<>();
        cells.add(line.number());
        cells.add(line.total() ? new Spreadsheet.Strong(line.label()) : line.label());
        for (Long amount : line.amounts()) {
          cells.add(amount);
        }
        cells.add(line.declared() ? texts.get("bpf.declared.mark") : "");
        sheet.row(cells);
      }
    }
    return book.bytes();
  }
}
