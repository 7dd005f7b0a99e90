package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeatCountsTest {

  @Test
  void aSeatOfEitherKindIsASeatLeft() {
    assertTrue(new SeatCounts(1, 0).anyLeft());
    assertTrue(new SeatCounts(0, 1).anyLeft());
    assertFalse(new SeatCounts(0, 0).anyLeft());
    assertFalse(new SeatCounts(-1, 0).anyLeft(), "an overbooked count leaves nothing");
  }

  @Test
  void seatsTakenFitWhenEachKindFitsItsOwnShare() {
    // 20 seats of which 5 for students: 15 general.
    assertTrue(new SeatCounts(15, 5).fitIn(20, 5));
    assertFalse(new SeatCounts(16, 0).fitIn(20, 5), "general seats cannot use the students'");
    assertFalse(new SeatCounts(0, 6).fitIn(20, 5));
    assertEquals(21, new SeatCounts(16, 5).total());
  }
}
