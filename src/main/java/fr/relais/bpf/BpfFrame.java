package fr.relais.bpf;

import java.io.Serializable;
import java.util.List;

/**
 * One frame of the form as it is laid out: its letter (C, D, E, F-1…), its title and column headers
 * (bundle keys), its lines.
 */
public record BpfFrame(String code, String titleKey, List<String> columnKeys, List<Line> lines)
    implements Serializable {

  /** The line with that number ("1", "2a", "a", "total"…). */
  public Line line(String number) {
    return lines.stream()
        .filter(l -> l.number().equals(number))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(code + " has no line " + number));
  }

  /**
   * A line: its number as the form prints it, its label (a bundle key with an optional argument, an
   * NSF code for instance), its figures in the frame's columns; a total or a "dont" line.
   */
  public record Line(
      String number, String labelKey, String labelArgument, List<Figure> figures, Kind kind)
      implements Serializable {

    public long value(int column) {
      return figures.get(column).value();
    }

    public boolean isTotal() {
      return kind == Kind.TOTAL;
    }

    public boolean isPart() {
      return kind == Kind.PART;
    }
  }

  /** A plain line, a total, or a "dont" line (a part of the line above). */
  public enum Kind {
    LINE,
    TOTAL,
    PART
  }

  /**
   * A figure: whole euros, hours, persons or a percent; the list it counts ({@code drill}, a key of
   * {@link BpfYear}; null when it counts none) or typed by a coordinator ({@code declared}; null
   * value while not typed).
   */
  public record Figure(Long amount, Unit unit, String drill, boolean declared)
      implements Serializable {

    public long value() {
      return amount == null ? 0 : amount;
    }

    public boolean isMissing() {
      return amount == null;
    }
  }

  public enum Unit {
    EUROS,
    HOURS,
    PERSONS,
    PERCENT
  }
}
