package fr.relais.bpf;

import fr.relais.bpf.BpfFrame.Figure;
import fr.relais.bpf.BpfFrame.Kind;
import fr.relais.bpf.BpfFrame.Line;
import fr.relais.bpf.BpfFrame.Unit;
import fr.relais.programme.BpfObjective;
import fr.relais.programme.NsfSpecialities;
import fr.relais.registration.TraineeCategory;
import fr.relais.scheduling.Delivery;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The BPF of a fiscal year, frame by frame as cerfa 10443 lays it out, with the facts behind each
 * figure (its drill-down list) and the data warnings to settle before filing. Rounding as the
 * notice asks: each line to whole euros and whole hours (half up), a total the sum of its lines;
 * the trainee frames' hours so that their lines add up to the rounded hours of the whole. Frames
 * F-1, F-3 and F-4 count the association's own trainees (its sessions and those it entrusted to
 * another organisation, F-2); trainees entrusted to it by another organisation count in G only.
 */
public record BpfYear(
    int year,
    List<BpfFrame> frames,
    List<BpfWarning> warnings,
    Map<String, List<BpfRows.Trainee>> trainees,
    Map<String, List<BpfRows.Trainer>> trainers,
    Map<String, List<BpfRows.Income>> incomes)
    implements Serializable {

  /** How many specialities frame F-4 names before "autres spécialités". */
  static final int SPECIALITIES = 5;

  public BpfFrame frame(String code) {
    return frames.stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no frame " + code));
  }

  /** The figure in that frame, line and column (0 = first). */
  public long figure(String frame, String line, int column) {
    return frame(frame).line(line).value(column);
  }

  public boolean hasWarnings() {
    return warnings.stream().anyMatch(w -> !w.items().isEmpty());
  }

  static BpfYear of(
      int year,
      List<BpfRows.Trainee> trainees,
      List<BpfRows.Trainer> trainers,
      List<BpfRows.Income> incomes,
      Map<DeclaredItem, Long> declared,
      List<BpfWarning> warnings) {
    Builder b = new Builder();
    List<BpfFrame> frames = new ArrayList<>();
    frames.add(b.incomeFrame(incomes, declared));
    frames.add(b.chargesFrame(declared));
    frames.add(b.trainersFrame(trainers));
    List<BpfRows.Trainee> own =
        trainees.stream().filter(t -> t.delivery() != Delivery.ENTRUSTED_TO_US).toList();
    frames.add(b.categoryFrame(own));
    frames.add(
        b.oneLine(
            "F-2",
            "bpf.F2.title",
            "bpf.F2.line",
            "F-2",
            own.stream().filter(t -> t.delivery() == Delivery.ENTRUSTED_BY_US).toList()));
    frames.add(b.objectiveFrame(own));
    frames.add(b.specialityFrame(own));
    frames.add(
        b.oneLine(
            "G",
            "bpf.G.title",
            "bpf.G.line",
            "G",
            trainees.stream().filter(t -> t.delivery() == Delivery.ENTRUSTED_TO_US).toList()));
    return new BpfYear(
        year, List.copyOf(frames), List.copyOf(warnings), b.trainees, b.trainers, b.incomes);
  }

  static long euros(long cents) {
    return (cents + 50) / 100;
  }

  static long hours(long minutes) {
    return (minutes + 30) / 60;
  }

  /**
   * Whole hours for each part of a whole, adding up to the whole's rounded hours: each part gets
   * its whole hours, then the parts with the largest leftover minutes one more each (the first in
   * order on a tie) until the sum is reached.
   */
  static long[] apportion(long[] minutes) {
    long[] hours = new long[minutes.length];
    long given = 0;
    long all = 0;
    for (int i = 0; i < minutes.length; i++) {
      hours[i] = minutes[i] / 60;
      given += hours[i];
      all += minutes[i];
    }
    Integer[] order = new Integer[minutes.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingLong(i -> -(minutes[i] % 60)));
    for (int k = 0; given < hours(all); k++) {
      hours[order[k]]++;
      given++;
    }
    return hours;
  }

  /** Fills the frames and keeps, for each figure, the facts it counts. */
  private static final class Builder {
    final Map<String, List<BpfRows.Trainee>> trainees = new LinkedHashMap<>();
    final Map<String, List<BpfRows.Trainer>> trainers = new LinkedHashMap<>();
    final Map<String, List<BpfRows.Income>> incomes = new LinkedHashMap<>();

    BpfFrame incomeFrame(List<BpfRows.Income> all, Map<DeclaredItem, Long> declared) {
      List<Line> lines = new ArrayList<>();
      long total = 0;
      for (IncomeSource source : IncomeSource.values()) {
        String key = "C:" + source.line();
        List<BpfRows.Income> of = all.stream().filter(i -> i.source() == source).toList();
        incomes.put(key, of);
        long euros = euros(of.stream().mapToLong(BpfRows.Income::cents).sum());
        total += euros;
        lines.add(
            line(
                source.line(),
                "enum.IncomeSource." + source.name(),
                null,
                Kind.LINE,
                fig(euros, Unit.EUROS, key)));
      }
      incomes.put("C:total", all.stream().filter(i -> i.source() != null).toList());
      lines.add(line("total", "bpf.C.total", null, Kind.TOTAL, fig(total, Unit.EUROS, "C:total")));
      lines.add(declaredLine("share", DeclaredItem.TURNOVER_SHARE, Unit.PERCENT, declared));
      return new BpfFrame("C", "bpf.C.title", List.of("bpf.col.amount"), List.copyOf(lines));
    }

    BpfFrame chargesFrame(Map<DeclaredItem, Long> declared) {
      return new BpfFrame(
          "D",
          "bpf.D.title",
          List.of("bpf.col.amount"),
          List.of(
              declaredLine("total", DeclaredItem.CHARGES_TOTAL, Unit.EUROS, declared),
              declaredLine("salaries", DeclaredItem.CHARGES_SALARIES, Unit.EUROS, declared),
              declaredLine("purchases", DeclaredItem.CHARGES_PURCHASES, Unit.EUROS, declared)));
    }

    BpfFrame trainersFrame(List<BpfRows.Trainer> all) {
      List<Line> lines = new ArrayList<>();
      for (boolean external : new boolean[] {false, true}) {
        String key = external ? "E:external" : "E:internal";
        List<BpfRows.Trainer> of = all.stream().filter(t -> t.external() == external).toList();
        trainers.put(key, of);
        long persons = of.stream().mapToLong(BpfRows.Trainer::accountId).distinct().count();
        long minutes = of.stream().mapToLong(BpfRows.Trainer::minutes).sum();
        lines.add(
            line(
                external ? "external" : "internal",
                key.replace("E:", "bpf.E."),
                null,
                Kind.LINE,
                fig(persons, Unit.PERSONS, key),
                fig(hours(minutes), Unit.HOURS, key)));
      }
      return new BpfFrame(
          "E",
          "bpf.E.title",
          List.of("bpf.col.trainers", "bpf.col.hoursGiven"),
          List.copyOf(lines));
    }

    BpfFrame categoryFrame(List<BpfRows.Trainee> own) {
      List<Line> lines = new ArrayList<>();
      for (TraineeCategory category : TraineeCategory.values()) {
        String number = category.line().substring(category.line().length() - 1);
        // Still unknown: counted with the "other trainees" (line e), and a warning.
        Predicate<BpfRows.Trainee> in =
            category == TraineeCategory.OTHER
                ? t -> t.category() == null || t.category() == category
                : t -> t.category() == category;
        Line line =
            traineeLine(
                "F-1:" + number,
                number,
                "enum.TraineeCategory." + category.name(),
                null,
                Kind.LINE,
                own.stream().filter(in).toList());
        lines.add(line);
      }
      lines = apportioned(lines);
      trainees.put("F-1:total", own);
      lines.add(sumLine("total", "bpf.total", Kind.TOTAL, "F-1:total", lines));
      lines.add(
          traineeLine(
              "F-1:remote",
              "remote",
              "bpf.F1.remote",
              null,
              Kind.PART,
              own.stream().filter(BpfRows.Trainee::remote).toList()));
      return traineeFrame("F-1", "bpf.F1.title", lines);
    }

    BpfFrame objectiveFrame(List<BpfRows.Trainee> own) {
      List<Line> lines = new ArrayList<>();
      List<Line> parts = new ArrayList<>();
      int part = 0;
      for (BpfObjective objective : BpfObjective.values()) {
        String letter = objective.line().substring(objective.line().length() - 1);
        boolean isPart = letter.equals("a");
        String number = isPart ? "a" + (++part) : letter;
        Line line =
            traineeLine(
                "F-3:" + number,
                number,
                "enum.BpfObjective." + objective.name(),
                null,
                isPart ? Kind.PART : Kind.LINE,
                own.stream().filter(t -> t.objective() == objective).toList());
        (isPart ? parts : lines).add(line);
      }
      List<Line> leaves = new ArrayList<>(parts);
      leaves.addAll(lines);
      leaves = apportioned(leaves);
      parts = new ArrayList<>(leaves.subList(0, parts.size()));
      lines = new ArrayList<>(leaves.subList(parts.size(), leaves.size()));
      trainees.put(
          "F-3:a",
          own.stream()
              .filter(t -> t.objective() != null && t.objective().line().endsWith("a"))
              .toList());
      lines.add(0, sumLine("a", "bpf.F3.a", Kind.LINE, "F-3:a", parts));
      lines.addAll(1, parts);
      trainees.put("F-3:total", own.stream().filter(t -> t.objective() != null).toList());
      lines.add(sumLine("total", "bpf.total", Kind.TOTAL, "F-3:total", leaves));
      return traineeFrame("F-3", "bpf.F3.title", lines);
    }

    /** The main specialities by hours (then trainees, then code), the others on one line. */
    BpfFrame specialityFrame(List<BpfRows.Trainee> own) {
      Map<String, List<BpfRows.Trainee>> byCode = new LinkedHashMap<>();
      own.stream()
          .filter(t -> t.nsf() != null)
          .forEach(t -> byCode.computeIfAbsent(t.nsf(), k -> new ArrayList<>()).add(t));
      List<String> codes = new ArrayList<>(byCode.keySet());
      codes.sort(
          Comparator.<String>comparingLong(
                  c -> -byCode.get(c).stream().mapToLong(BpfRows.Trainee::minutes).sum())
              .thenComparingInt(c -> -byCode.get(c).size())
              .thenComparing(Comparator.naturalOrder()));
      List<Line> lines = new ArrayList<>();
      List<BpfRows.Trainee> others = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        if (i >= SPECIALITIES) {
          others.addAll(byCode.get(codes.get(i)));
          continue;
        }
        String code = codes.get(i);
        Line line =
            traineeLine(
                "F-4:" + code,
                String.valueOf(i + 1),
                "bpf.F4.speciality",
                NsfSpecialities.of(code).map(NsfSpecialities.Speciality::getText).orElse(code),
                Kind.LINE,
                byCode.get(code));
        lines.add(line);
      }
      lines.add(traineeLine("F-4:others", "others", "bpf.F4.others", null, Kind.LINE, others));
      lines = apportioned(lines);
      trainees.put("F-4:total", own.stream().filter(t -> t.nsf() != null).toList());
      lines.add(sumLine("total", "bpf.total", Kind.TOTAL, "F-4:total", lines));
      return traineeFrame("F-4", "bpf.F4.title", lines);
    }

    BpfFrame oneLine(
        String code, String title, String label, String key, List<BpfRows.Trainee> of) {
      return traineeFrame(code, title, List.of(traineeLine(key, "1", label, null, Kind.LINE, of)));
    }

    /**
     * The lines of a partition of trainees with their hours rounded so that they add up to the
     * rounded hours of the whole (largest remainder): frames F-1, F-3 and F-4 count the same
     * trainees, and their totals must agree, as the form's checks ask.
     */
    private List<Line> apportioned(List<Line> leaves) {
      long[] minutes = new long[leaves.size()];
      for (int i = 0; i < minutes.length; i++) {
        minutes[i] =
            trainees.get(leaves.get(i).figures().get(1).drill()).stream()
                .mapToLong(BpfRows.Trainee::minutes)
                .sum();
      }
      long[] hours = apportion(minutes);
      List<Line> out = new ArrayList<>();
      for (int i = 0; i < hours.length; i++) {
        Line l = leaves.get(i);
        Figure h = l.figures().get(1);
        out.add(
            line(
                l.number(),
                l.labelKey(),
                l.labelArgument(),
                l.kind(),
                l.figures().get(0),
                new Figure(hours[i], h.unit(), h.drill(), h.declared())));
      }
      return out;
    }

    /** A line that adds up others (trainees and hours), its figures opening the list at key. */
    private static Line sumLine(
        String number, String label, Kind kind, String key, List<Line> parts) {
      return line(
          number,
          label,
          null,
          kind,
          fig(sum(parts, 0), Unit.PERSONS, key),
          fig(sum(parts, 1), Unit.HOURS, key));
    }

    private static long sum(List<Line> lines, int column) {
      return lines.stream().mapToLong(l -> l.value(column)).sum();
    }

    private static BpfFrame traineeFrame(String code, String title, List<Line> lines) {
      return new BpfFrame(
          code, title, List.of("bpf.col.trainees", "bpf.col.hours"), List.copyOf(lines));
    }

    private Line traineeLine(
        String key,
        String number,
        String label,
        String argument,
        Kind kind,
        List<BpfRows.Trainee> of) {
      trainees.put(key, of);
      long minutes = of.stream().mapToLong(BpfRows.Trainee::minutes).sum();
      return line(
          number,
          label,
          argument,
          kind,
          fig(of.size(), Unit.PERSONS, key),
          fig(hours(minutes), Unit.HOURS, key));
    }

    private static Line declaredLine(
        String number, DeclaredItem item, Unit unit, Map<DeclaredItem, Long> declared) {
      return line(
          number,
          "enum.DeclaredItem." + item.name(),
          null,
          Kind.LINE,
          new Figure(declared.get(item), unit, null, true));
    }

    private static Figure fig(long value, Unit unit, String drill) {
      return new Figure(value, unit, drill, false);
    }

    private static Line line(
        String number, String label, String argument, Kind kind, Figure... figures) {
      return new Line(number, label, argument, List.of(figures), kind);
    }
  }
}
