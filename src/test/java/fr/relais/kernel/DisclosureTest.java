package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // Nurses 40, doctors 3, midwives 7, psychologists 9; total 59 shown.
    List<Long> people = List.of(40L, 3L, 7L, 9L);
    Disclosure.Hidden hidden = Disclosure.hide(people, true);
    assertEquals(Set.of(1, 2), hidden.cells(), "the next smallest cell goes too");
    assertFalse(hidden.total());
    long shown = 40 + 9;
    long recomputed = 59 - shown;
    assertEquals(10, recomputed, "subtraction only gives the two hidden cells together");
    assertTrue(recomputed >= Disclosure.MIN_RESPONDENTS);
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
}
