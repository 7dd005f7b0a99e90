package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.reporting.WellbeingReport.ChangeRow;
import fr.relais.reporting.WellbeingReport.StatsRow;
import org.junit.jupiter.api.Test;

/** The rows of the wellbeing queries grouped by GROUPING SETS, read the same way for both. */
class ScaleRowTest {

  private static StatsRow stats(String format, String status, long withoutFormat, long without) {
    return new StatsRow("CBI", "work", format, status, withoutFormat, without, 12, 41.5, 3);
  }

  @Test
  void theOverallRowOfAScaleIsKeyedByItsCodeAndScale() {
    StatsRow overall = stats(null, null, 1, 1);
    assertEquals("CBI/work", overall.key());
    assertFalse(overall.byFormat());
    assertFalse(overall.byAudience());
  }

  @Test
  void aRowByFormatOrByAudienceSaysWhichValueItHolds() {
    assertEquals("CBI/work/f:JADES", stats("JADES", null, 0, 1).key());
    assertEquals("CBI/work/a:STUDENT", stats(null, "STUDENT", 1, 0).key());
    assertTrue(stats(null, "STUDENT", 1, 0).byAudience());
  }

  @Test
  void aRowWithoutAFormatValueIsStillOneOfTheFormats() {
    // GROUPING(format) = 0 on a row whose format is null: sessions without a format.
    assertEquals("CBI/work/f:null", stats(null, null, 0, 1).key());
  }

  @Test
  void aChangeRowIsGroupedAsAStatsRow() {
    ChangeRow change =
        new ChangeRow("WHO5", "percent", "EJADES", null, 0, 1, 8, 52.0, 60.0, 8.0, 4.0, 6);
    assertEquals("WHO5/percent/f:EJADES", change.key());
    assertTrue(change.scaleOf().isWho5());
    assertFalse(change.scaleOf().isPss10());
  }
}
