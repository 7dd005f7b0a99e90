package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.SharedMap;
import fr.relais.reporting.AnnualReports.Run;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A run as the store keeps it (one line of text) and as another instance then sees it. */
class AnnualRunTest {

  private static final Instant STARTED = Instant.parse("2026-12-02T09:00:00Z");

  private static Run running() {
    return new Run(2025, "run-1", STARTED, STARTED, 0, Run.State.RUNNING, false);
  }

  @Test
  void aRunReadBackFromItsLineIsTheSame() {
    Run run = running().advanced(40, STARTED.plusSeconds(3));
    assertEquals(run, Run.of(2025, run.line()));
    Run done = run.ended(Run.State.DONE, true, STARTED.plusSeconds(5));
    assertEquals(done, Run.of(2025, done.line()));
    assertEquals(100, done.getProgress());
    assertTrue(done.isDone() && done.isNoData());
  }

  @Test
  void aRunStillTellingItsProgressIsRunning() {
    Run run = running().advanced(60, STARTED.plusSeconds(30));
    assertTrue(run.seenAt(STARTED.plusSeconds(30).plus(AnnualReports.STALE)).isRunning());
  }

  @Test
  void aRunSilentForLongerThanStaleHasFailed() {
    Run run = running().advanced(60, STARTED.plusSeconds(30));
    Run seen = run.seenAt(STARTED.plusSeconds(31).plus(AnnualReports.STALE));
    assertTrue(seen.isFailed(), "its instance died");
    assertEquals(60, seen.getProgress());
  }

  @Test
  void aFinishedRunNeverBecomesStale() {
    Run done = running().ended(Run.State.DONE, false, STARTED.plusSeconds(5));
    assertTrue(done.seenAt(STARTED.plus(java.time.Duration.ofDays(1))).isDone());
  }

  @Test
  void withoutTheGridRunsAreKeptInThisInstanceAndChangedOnlyFromWhatWasRead() {
    AnnualRunStore store = AnnualRunStore.forThisInstance();
    assertTrue(store.lines() instanceof SharedMap.InMemory, "no data grid outside a cluster");
    String first = running().line();
    assertTrue(store.lines().putIfAbsent("2025", first));
    assertFalse(store.lines().putIfAbsent("2025", first), "a second start joins the first");
    String advanced = running().advanced(20, STARTED.plusSeconds(1)).line();
    assertTrue(store.lines().replace("2025", first, advanced));
    assertFalse(
        store.lines().replace("2025", first, running().line()), "a change from an old read fails");
    assertEquals(advanced, store.lines().get("2025"));
    store.files().put("run-1.pdf", new byte[] {1});
    store.files().remove("run-1.pdf");
    assertNull(store.files().get("run-1.pdf"));
  }
}
