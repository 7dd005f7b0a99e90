package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  @Test
  void fewerThanFivePeopleAreNeverShown() {
    assertFalse(Disclosure.showable(4));
    assertTrue(Disclosure.showable(5));
    Disclosure.Hidden hidden = Disclosure.hide(List.of(12L, 4L, 0L, 5L), false);
    assertEquals(Set.of(1), hidden.cells());
    assertFalse(hidden.total());
  }

  @Test
  void withATotalShownASecondCellIsHiddenSoNoSubtractionRevealsTheSmallGroup() {
    // Nurses 40, doctors 3, midwives 7, psychologists 9; the total is shown.
    List<Long> people = List.of(40L, 3L, 7L, 9L);
    Disclosure.Hidden hidden = Disclosure.hide(people, true);
    assertEquals(Set.of(1, 2), hidden.cells(), "the next smallest cell goes too");
    assertFalse(hidden.total());
    assertEquals(10, whatSubtractionGives(people, hidden), "only the two hidden cells together");
  }

  /**
   * Every breakdown of up to four cells of 0 to 11 people: whatever a reader computes from what is
   * shown (cells, total, total minus the shown cells) is nobody or at least five people.
   */
  @Test
  void noBreakdownEverShowsOrLetsOneComputeASmallGroup() {
    int checked = 0;
    for (int size = 1; size <= 4; size++) {
      for (List<Long> people : breakdowns(size, 11)) {
        for (boolean totalShown : new boolean[] {true, false}) {
          Disclosure.Hidden hidden = Disclosure.hide(people, totalShown);
          String what = people + (totalShown ? " with its total" : "");
          for (int i = 0; i < size; i++) {
            long n = people.get(i);
            if (!hidden.cell(i)) {
              assertTrue(n == 0 || n >= Disclosure.MIN_RESPONDENTS, "cell " + i + " of " + what);
            } else {
              assertTrue(n > 0, "an empty cell is never hidden: " + what);
            }
          }
          long all = people.stream().mapToLong(Long::longValue).sum();
          boolean totalVisible = totalShown && !hidden.total();
          if (totalVisible) {
            long rest = whatSubtractionGives(people, hidden);
            assertTrue(rest == 0 || rest >= Disclosure.MIN_RESPONDENTS, "subtraction in " + what);
            assertTrue(
                all == 0 || all >= Disclosure.MIN_RESPONDENTS, "the total itself in " + what);
            assertTrue(
                hidden.cells().size() != 1, "one hidden cell is its own subtraction: " + what);
          }
          if (people.stream().allMatch(n -> n == 0 || n >= Disclosure.MIN_RESPONDENTS)) {
            assertTrue(hidden.cells().isEmpty(), "nothing to hide in " + what);
          }
          checked++;
        }
      }
    }
    assertEquals(2 * (12 + 144 + 1728 + 20736), checked);
  }

  /** The total minus the shown cells: what the hidden cells add up to. */
  private static long whatSubtractionGives(List<Long> people, Disclosure.Hidden hidden) {
    long total = people.stream().mapToLong(Long::longValue).sum();
    long shown = 0;
    for (int i = 0; i < people.size(); i++) {
      if (!hidden.cell(i)) {
        shown += people.get(i);
      }
    }
    return total - shown;
  }

  private static List<List<Long>> breakdowns(int size, int most) {
    List<List<Long>> all = new ArrayList<>();
    all.add(List.of());
    for (int cell = 0; cell < size; cell++) {
      List<List<Long>> longer = new ArrayList<>();
      for (List<Long> prefix : all) {
        for (long n = 0; n <= most; n++) {
          List<Long> next = new ArrayList<>(prefix);
          next.add(n);
          longer.add(next);
        }
      }
      all = longer;
    }
    return all;
  }

  @Test
  void hiddenCellsAreCompletedUntilTheyCountFivePeopleTogether() {
    Disclosure.Hidden hidden = Disclosure.hide(List.of(1L, 2L, 30L, 50L), true);
    assertEquals(Set.of(0, 1, 2), hidden.cells(), "1 + 2 would still be a small group");
  }

  @Test
  void emptyCellsStayShownAndDoNotProtectAnything() {
    Disclosure.Hidden hidden = Disclosure.hide(List.of(0L, 3L, 20L), true);
    assertEquals(Set.of(1, 2), hidden.cells());
    assertFalse(hidden.cell(0));
  }

  @Test
  void aBreakdownThatCannotBeProtectedLosesItsTotal() {
    assertTrue(Disclosure.hide(List.of(3L), true).total());
    assertTrue(Disclosure.hide(List.of(2L, 1L), true).total());
    assertTrue(Disclosure.hide(List.of(2L, 1L), false).total(), "a total of three people");
    assertFalse(Disclosure.hide(List.of(0L, 0L), true).total(), "nobody: zero is shown");
  }

  @Test
  void aForcedCellIsHiddenWhateverItsSizeAndProtectedLikeASmallOne() {
    // Site A's 10 nurses, while all sites have 12: 12 − 10 would give the other sites' 2.
    List<Long> people = List.of(10L, 20L, 30L);
    assertEquals(Set.of(0), Disclosure.hide(people, false, Set.of(0)).cells(), "no total shown");
    Disclosure.Hidden hidden = Disclosure.hide(people, true, Set.of(0));
    assertEquals(Set.of(0, 1), hidden.cells(), "with the total, the next smallest goes too");
    assertFalse(hidden.total());
    assertEquals(Set.of(), Disclosure.hide(people, true, Set.of()).cells(), "nothing forced");
  }

  @Test
  void forcedAndSmallCellsProtectEachOther() {
    Disclosure.Hidden hidden = Disclosure.hide(List.of(3L, 10L, 20L, 40L), true, Set.of(1));
    assertEquals(Set.of(0, 1), hidden.cells(), "3 + 10 hidden together: nothing more to hide");
    assertEquals(
        Set.of(1, 2), Disclosure.hide(List.of(0L, 6L, 7L), true, Set.of(1)).cells(), "not 0");
  }

  @Test
  void hiddenCellsTogetherDoNotDifferFromTheBroaderBreakdownsSameCellsByASmallGroup() {
    // Site A: nurses 10, physicians 6, midwives 9 (total 25); all sites: 12, 6, 14 (total 32).
    List<Long> siteA = List.of(10L, 6L, 9L);
    List<Long> allSites = List.of(12L, 6L, 14L);
    List<Long> elsewhere = List.of(2L, 0L, 5L);
    long siteTotal = siteA.stream().mapToLong(Long::longValue).sum();

    Disclosure.Hidden blind = Disclosure.hide(siteA, true, Set.of(0));
    assertEquals(2, broaderMinusRecomputed(blind, siteA, allSites, siteTotal), "the 2 come back");

    Disclosure.Hidden hidden = Disclosure.hide(siteA, true, Set.of(0), List.of(elsewhere));
    long rest = broaderMinusRecomputed(hidden, siteA, allSites, siteTotal);
    assertTrue(rest == 0 || Disclosure.showable(rest), "hidden together differ by " + rest);
    assertFalse(hidden.total());
    assertTrue(hidden.cell(0));
  }

  /** All sites' hidden cells (shown there) minus site A's total minus its shown cells. */
  private static long broaderMinusRecomputed(
      Disclosure.Hidden hidden, List<Long> people, List<Long> broader, long total) {
    long recomputed = total;
    long broaderSame = 0;
    for (int i = 0; i < people.size(); i++) {
      if (hidden.cell(i)) {
        broaderSame += broader.get(i);
      } else {
        recomputed -= people.get(i);
      }
    }
    return broaderSame - recomputed;
  }
}
