package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceTest {

  @Test
  void nothingMarkedIsNotMarkedYet() {
    assertEquals(Presence.UNMARKED, Presence.of(List.of()));
  }

  @Test
  void presentOnOneHalfDayCountsAsCome() {
    assertEquals(Presence.PRESENT, Presence.of(List.of("PRESENT")));
    assertEquals(Presence.PRESENT, Presence.of(List.of("ABSENT", "PRESENT")));
  }

  @Test
  void lateOnAHalfDayTheyCameIsLate() {
    assertEquals(Presence.LATE, Presence.of(List.of("PRESENT", "LATE")));
    assertEquals(Presence.LATE, Presence.of(List.of("LATE")));
  }

  @Test
  void neverCameIsAbsentOrExcused() {
    assertEquals(Presence.ABSENT, Presence.of(List.of("ABSENT", "ABSENT")));
    assertEquals(Presence.EXCUSED, Presence.of(List.of("ABSENT", "EXCUSED")));
    assertEquals(true, Presence.ABSENT.missed());
    assertEquals(false, Presence.UNMARKED.missed());
  }
}
