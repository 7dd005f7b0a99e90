package fr.relais.bpf;

import fr.relais.bpf.BpfFrame.Figure;
import fr.relais.bpf.BpfFrame.Line;
import fr.relais.kernel.i18n.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The BPF as text, for the page, the PDF and the XLSX alike: each frame's letter and title, its
 * column headers, each line's number and label with its figures written out ("saisi" for what a
 * coordinator typed, "à saisir" while not typed).
 */
public record BpfView(int year, boolean warned, String banner, List<FrameView> frames)
    implements Serializable {

  public record FrameView(String code, String title, List<String> columns, List<LineView> lines)
      implements Serializable {}

  /** A line; {@code values} as shown, {@code amounts} the numbers (null while not typed). */
  public record LineView(
      String number,
      String label,
      List<String> values,
      List<Long> amounts,
      List<String> drills,
      boolean total,
      boolean part,
      boolean declared)
      implements Serializable {

    public String getCss() {
      return total ? "bpf-total" : part ? "bpf-part" : "";
    }
  }

  public static BpfView of(BpfYear year, Texts texts) {
    List<FrameView> frames = new ArrayList<>();
    for (BpfFrame frame : year.frames()) {
      List<LineView> lines = new ArrayList<>();
      for (Line line : frame.lines()) {
        lines.add(line(line, texts));
      }
      frames.add(
          new FrameView(
              frame.code(),
              texts.get(frame.titleKey()),
              frame.columnKeys().stream().map(texts::get).toList(),
              List.copyOf(lines)));
    }
    boolean warned = year.hasWarnings();
    return new BpfView(
        year.year(),
        warned,
        warned ? texts.get("bpf.warnings.banner", String.valueOf(year.year())) : "",
        List.copyOf(frames));
  }

  private static LineView line(Line line, Texts texts) {
    String label =
        line.labelArgument() == null
            ? texts.get(line.labelKey())
            : texts.get(line.labelKey(), line.labelArgument());
    if (line.isPart()) {
      label = texts.get("bpf.part", label);
    }
    List<String> values = new ArrayList<>();
    List<Long> amounts = new ArrayList<>();
    List<String> drills = new ArrayList<>();
    boolean declared = false;
    for (Figure f : line.figures()) {
      declared |= f.declared();
      amounts.add(f.amount());
      drills.add(f.drill());
      values.add(written(f, texts));
    }
    String number =
        line.isTotal() || !line.number().matches("[0-9]+[a-z]?|[a-z][0-9]?") ? "" : line.number();
    return new LineView(
        number,
        label,
        List.copyOf(values),
        java.util.Collections.unmodifiableList(amounts),
        java.util.Collections.unmodifiableList(drills),
        line.isTotal(),
        line.isPart(),
        declared);
  }

  static String written(Figure f, Texts texts) {
    if (f.isMissing()) {
      return texts.get("bpf.declared.missing");
    }
    String number = String.format(Locale.FRENCH, "%,d", f.value()).replace('\u202F', '\u00A0');
    String unit =
        switch (f.unit()) {
          case EUROS -> "\u00A0€";
          case HOURS -> "\u00A0h";
          case PERCENT -> "\u00A0%";
          case PERSONS -> "";
        };
    return number + unit + (f.declared() ? " " + texts.get("bpf.declared.mark") : "");
  }
}
