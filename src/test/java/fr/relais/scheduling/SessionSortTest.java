package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionSortTest {

  @Test
  void upcomingOpensOnTheSoonestPastOnTheLatest() {
    assertEquals(
        " ORDER BY s.startsAt, s.id", SessionSort.orderBy(null, false, SessionPeriod.UPCOMING));
    assertEquals(
        " ORDER BY s.startsAt DESC, s.id DESC",
        SessionSort.orderBy(null, false, SessionPeriod.PAST));
  }

  @Test
  void aColumnSortsFirstThenTheDate() {
    assertEquals(
        " ORDER BY " + SessionSort.FILL + " DESC, s.startsAt, s.id",
        SessionSort.orderBy("fillPercent", true, SessionPeriod.UPCOMING));
    assertEquals(
        " ORDER BY a.title, s.startsAt DESC, s.id",
        SessionSort.orderBy("title", false, SessionPeriod.PAST));
    assertEquals(
        " ORDER BY s.startsAt DESC, s.id DESC",
        SessionSort.orderBy("start", true, SessionPeriod.UPCOMING));
  }

  @Test
  void anUnknownColumnNeverReachesTheQuery() {
    String order = SessionSort.orderBy("1; DROP TABLE session", true, SessionPeriod.UPCOMING);
    assertEquals(" ORDER BY s.startsAt, s.id", order);
    assertTrue(!order.contains("DROP"));
  }
}
