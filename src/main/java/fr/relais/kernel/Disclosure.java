package fr.relais.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The one place that decides which figures may be shown. Wellbeing answers are health data and
 * attendance by profession or region can point at a person: no figure drawn from fewer than five
 * people is ever shown, neither directly nor by subtracting the shown figures from a total.
 */
public final class Disclosure {

  public static final int MIN_RESPONDENTS = 5;

  private Disclosure() {}

  public static boolean showable(long people) {
    return people >= MIN_RESPONDENTS;
  }

  /**
   * Which cells of a breakdown (people per profession, respondents per format…) must be hidden.
   * Cells of one to four people are hidden. When the breakdown's total is shown too, further cells
   * are hidden, smallest first, until the hidden cells are at least two and count at least five
   * people together: the total minus the shown cells then reveals no small group. Empty cells stay
   * shown (nobody to recognise) and are never used to complete a hidden group.
   */
  public static Hidden hide(List<Long> people, boolean totalShown) {
    return hide(people, totalShown, Set.of());
  }

  /**
   * As {@link #hide(List, boolean)}, with cells hidden whatever their size (forced): those that a
   * broader breakdown would give back by subtraction. They are protected like small cells.
   */
  public static Hidden hide(List<Long> people, boolean totalShown, Set<Integer> forced) {
    return hide(people, totalShown, forced, List.of());
  }

  /**
   * As {@link #hide(List, boolean, Set)}, knowing, for each broader breakdown of the same cells
   * (all sites when this one is site A's), the people each cell of it counts beyond this one
   * (elsewhere.get(b).get(i)). With the total shown, the hidden cells are completed until, besides,
   * together they differ from each broader breakdown's same cells by 0 or at least five people:
   * otherwise this total minus its shown cells, against the broader one's, gives a small group.
   */
  public static Hidden hide(
      List<Long> people, boolean totalShown, Set<Integer> forced, List<List<Long>> elsewhere) {
    Set<Integer> hidden = new TreeSet<>(forced);
    for (int i = 0; i < people.size(); i++) {
      long n = people.get(i);
      if (n > 0 && n < MIN_RESPONDENTS) {
        hidden.add(i);
      }
    }
    long all = people.stream().mapToLong(Long::longValue).sum();
    if (!totalShown || hidden.isEmpty()) {
      return new Hidden(hidden, !showable(all) && all > 0);
    }
    List<Integer> candidates =
        new ArrayList<>(
            IntStream.range(0, people.size())
                .filter(i -> people.get(i) > 0 && !hidden.contains(i))
                .boxed()
                .sorted(Comparator.comparingLong(people::get))
                .toList());
    while (!safe(hidden, people, elsewhere) && !candidates.isEmpty()) {
      hidden.add(candidates.remove(0));
    }
    return new Hidden(hidden, !safe(hidden, people, elsewhere));
  }

  private static boolean safe(Set<Integer> hidden, List<Long> people, List<List<Long>> elsewhere) {
    if (hidden.size() < 2 || !showable(hidden.stream().mapToLong(people::get).sum())) {
      return false;
    }
    for (List<Long> beyond : elsewhere) {
      long rest = hidden.stream().mapToLong(beyond::get).sum();
      if (rest > 0 && !showable(rest)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells to hide, and whether the total itself must go: a total under five people, or one
   * whose hidden cells cannot be protected by hiding others.
   */
  public record Hidden(Set<Integer> cells, boolean total) {

    public boolean cell(int index) {
      return cells.contains(index);
    }
  }
}
