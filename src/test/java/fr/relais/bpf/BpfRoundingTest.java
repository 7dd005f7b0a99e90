package fr.relais.bpf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BpfRoundingTest {

  @Test
  void partsRoundedAloneWouldNotAddUpToTheRoundedWhole() {
    // 1 h 30 + 1 h 30 + 1 h 30 = 4 h 30 → 5 h; alone each would be 2 h, 6 h in all.
    long[] hours = BpfYear.apportion(new long[] {90, 90, 90});
    assertEquals(5, Arrays.stream(hours).sum());
    assertArrayEquals(new long[] {2, 2, 1}, hours, "the first ones on a tie");
  }

  @Test
  void theLargestLeftoversGetTheMissingHours() {
    // 2 h 10, 0 h 50, 3 h 40: 6 h 40 → 7 h; floors 2 + 0 + 3 = 5, two more: 3 h 40 and 0 h 50.
    assertArrayEquals(new long[] {2, 1, 4}, BpfYear.apportion(new long[] {130, 50, 220}));
  }

  @Test
  void wholeHoursAndEmptyPartsStayAsTheyAre() {
    assertArrayEquals(new long[] {3, 0, 1}, BpfYear.apportion(new long[] {180, 0, 60}));
    assertArrayEquals(new long[] {}, BpfYear.apportion(new long[] {}));
    assertArrayEquals(new long[] {0}, BpfYear.apportion(new long[] {29}), "under half an hour");
  }
}
