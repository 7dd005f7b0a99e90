package fr.relais.reporting;

import fr.relais.kernel.Disclosure;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tables of one report must hide besides their own small groups. A report narrowed by
 * filters can be subtracted from a broader one ({@link ReportFilter#broader()}: all sites minus
 * site A gives the other sites): a cell or total that differs from the same cell of a broader
 * report by one to four people is hidden, and complementary cells are chosen so that the hidden
 * ones together do not differ by one to four either. Also collects this report's own raw counts,
 * for when it serves as the broader one; they go nowhere else.
 */
final class Clearance {

  private final List<Census> broader;
  private final Census census = new Census();

  Clearance(List<Census> broader) {
    this.broader = List.copyOf(broader);
  }

  /** A report seen on its own: only its small groups. */
  static Clearance alone() {
    return new Clearance(List.of());
  }

  Census census() {
    return census;
  }

  /**
   * Whether a cell of this many people leaves one to four people when subtracted from a broader
   * report's cell of the same label (any of them, when several rows share the label).
   */
  boolean revealsByDifference(String table, String row, int group, long people) {
    if (people == 0) {
      return false; // nothing shown here: the broader cell speaks for itself
    }
    for (Census wider : broader) {
      for (long widerPeople : wider.people(table, row, group)) {
        long rest = widerPeople - people;
        if (rest > 0 && !Disclosure.showable(rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Per broader report, the people each row (of labels, with counts) has there beyond here, for
   * {@link Disclosure#hide(List, boolean, java.util.Set, List)}. Rows sharing a label are matched
   * with the nearest broader row at least as large.
   */
  List<List<Long>> elsewhere(String table, List<String> labels, List<Long> counts, int group) {
    List<List<Long>> elsewhere = new ArrayList<>();
    for (Census wider : broader) {
      List<Long> beyond = new ArrayList<>();
      for (int r = 0; r < labels.size(); r++) {
        long here = counts.get(r);
        beyond.add(
            wider.people(table, labels.get(r), group).stream()
                .filter(there -> there >= here)
                .mapToLong(there -> there - here)
                .min()
                .orElse(0));
      }
      elsewhere.add(beyond);
    }
    return elsewhere;
  }
}
