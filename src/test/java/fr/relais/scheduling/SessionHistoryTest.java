package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionHistoryTest {

  private static final SessionHistory FR = new SessionHistory(Locale.FRENCH);
  private static final SessionHistory EN = new SessionHistory(Locale.ENGLISH);

  // What SessionService wrote for a change: UTC instants, the mode's code, the seats in French.
  private static final String UPDATED =
      "Atelier sommeil | 2026-12-01T13:05:00Z – 2026-12-01T15:00:00Z | ONLINE | 1 places";

  @Test
  void aChangeReadsInParisTimeWithLabels() {
    assertEquals(
        "Atelier sommeil · mardi 1 décembre 2026, 14\u00a0h\u00a005 – 16\u00a0h\u00a000 · En visioconférence · 1 place",
        FR.details("UPDATED", UPDATED));
    assertEquals(
        "Atelier sommeil · Tuesday 1 December 2026, 14:05 – 16:00 · By videoconference · 1 seat",
        EN.details("UPDATED", UPDATED));
  }

  @Test
  void summerTimeIsParisTimeToo() {
    assertEquals(
        "mardi 7 juillet 2026, 18\u00a0h\u00a000 – 19\u00a0h\u00a030 · Sur place · Salle 2 · 12 places",
        FR.details(
            "CREATED",
            "2026-07-07T16:00:00Z – 2026-07-07T17:30:00Z | ON_SITE | Salle 2 | 12 places"));
  }

  @Test
  void viewsAndSeriesChangesAreSaidInWords() {
    assertEquals("Consultation", FR.action("VIEWED_PERSONAL_DATA"));
    assertEquals("liste des inscrits", FR.details("VIEWED_PERSONAL_DATA", "registrations"));
    assertEquals("Modification", FR.action("UPDATED"));
    assertEquals(
        "à partir du mardi 1 décembre 2026", FR.details("UPDATED_WITH_SERIES", "from 2026-12-01"));
    assertEquals(
        "demi-journée 1 : 3 personnes marquées présentes",
        FR.details("MARKED_ALL_PRESENT", "0: 3"));
  }

  @Test
  void aReasonTypedBySomeoneStaysAsItIs() {
    assertEquals(
        "Formatrice malade | voir mail", FR.details("CANCELLED", "Formatrice malade | voir mail"));
    assertEquals("", FR.details("PUBLISHED", null));
  }
}
