package fr.relais.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTableTest {

  private static ReportTable professions(long nurses, long doctors, long midwives) {
    return professionsTable(nurses, doctors, midwives).build();
  }

  private static ReportTable.Builder professionsTable(long nurses, long doctors, long midwives) {
    ReportTable.Builder table =
        ReportTable.builder("t", "Participants", "Profession")
            .column("Séances")
            .column("Participants", 0);
    table.row("Infirmières", new long[] {nurses}, List.of(Figure.count(2), Figure.count(nurses)));
    table.row("Médecins", new long[] {doctors}, List.of(Figure.count(2), Figure.count(doctors)));
    table.row(
        "Sages-femmes", new long[] {midwives}, List.of(Figure.count(1), Figure.count(midwives)));
    long all = nurses + doctors + midwives;
    table.total("Total", new long[] {all}, List.of(Figure.count(2), Figure.count(all)));
    return table;
  }

  /** Site A's table, after all sites' (nurses, physicians, midwives) was built. */
  private static ReportTable siteA(long[] allSites, long[] siteA) {
    Clearance all = Clearance.alone();
    professionsTable(allSites[0], allSites[1], allSites[2]).build(all);
    return professionsTable(siteA[0], siteA[1], siteA[2])
        .build(new Clearance(List.of(all.census())));
  }

  @Test
  void smallGroupsAndTheirComplementAreHiddenButSessionFiguresStay() {
    ReportTable table = professions(12, 3, 6);
    assertEquals("< 5", table.rows().get(1).figure(1).text(Locale.FRENCH));
    assertTrue(table.rows().get(2).figure(1).hidden(), "6 goes too: 21 − 12 would give the 3");
    assertFalse(table.rows().get(0).figure(1).hidden());
    assertFalse(table.rows().get(1).figure(0).hidden(), "a count of sessions names nobody");
    assertEquals("21", table.total().figure(1).text(Locale.FRENCH));
    assertTrue(table.suppressed());
    assertEquals(null, table.rows().get(1).figure(1).number(), "exports get no number either");
  }

  @Test
  void largeGroupsShowEverything() {
    ReportTable table = professions(12, 5, 6);
    assertFalse(table.suppressed());
  }

  @Test
  void figuresReadTheFrenchWayOrTheEnglishWay() {
    assertEquals("62\u202f%", Figure.share(62, 100).text(Locale.FRENCH));
    assertEquals("62%", Figure.share(62, 100).text(Locale.ENGLISH));
    assertEquals("4,1", Figure.decimal(4.125).text(Locale.FRENCH));
    assertEquals("+12,0", Figure.change(12.0).text(Locale.FRENCH));
    assertEquals("–", Figure.share(0, 0).text(Locale.FRENCH), "no base, no rate");
  }

  @Test
  void theFilterFormReportsEachBadValueAgainstItsField() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    ReportFilterForm backwards =
        ReportFilterForm.read(Map.of("from", "2026-05-01", "to", "2026-04-01")::get, today);
    assertEquals(Map.of("to", "report.error.endBeforeStart"), backwards.errors());
    ReportFilterForm junk =
        ReportFilterForm.read(Map.of("from", "1er mai", "format", "YOGA")::get, today);
    assertEquals("report.error.date", junk.errors().get("from"));
    assertEquals("report.error.choice", junk.errors().get("format"));
    ReportFilterForm year = ReportFilterForm.read(Map.of("year", "2025")::get, today);
    assertTrue(year.valid());
    assertEquals(LocalDate.of(2025, 12, 31), year.filter().to());
    ReportFilterForm none = ReportFilterForm.read(Map.<String, String>of()::get, today);
    assertEquals(LocalDate.of(2026, 1, 1), none.filter().from(), "the current year");
  }

  @Test
  void aCellThatABroaderReportWouldGiveBackByDifferenceIsHidden() {
    ReportTable site = siteA(new long[] {12, 6, 9}, new long[] {10, 6, 9});
    assertTrue(site.rows().get(0).figure(1).hidden(), "12 − 10: the other sites' 2 nurses");
    assertTrue(site.total().figure(1).hidden(), "27 − 25 likewise");
    assertFalse(site.rows().get(1).figure(1).hidden(), "the same 6 physicians: nothing to learn");
    assertFalse(site.rows().get(0).figure(0).hidden(), "sessions stay");
    assertFalse(professions(10, 6, 9).suppressed(), "seen alone, 10 nurses are shown");
    assertFalse(siteA(new long[] {15, 6, 9}, new long[] {10, 6, 9}).suppressed(), "5 elsewhere");
  }

  @Test
  void whatTheShownTotalLetsRecomputeDoesNotDifferFromTheBroaderReportByASmallGroup() {
    ReportTable site = siteA(new long[] {12, 6, 14}, new long[] {10, 6, 9});
    assertEquals("25", site.total().figure(1).text(Locale.FRENCH), "32 − 25 = 7: shown");
    long recomputed = 25;
    long allSitesSame = 0;
    long[] allSites = {12, 6, 14};
    for (int r = 0; r < 3; r++) {
      Figure figure = site.rows().get(r).figure(1);
      if (figure.hidden()) {
        allSitesSame += allSites[r];
      } else {
        recomputed -= Math.round(figure.number());
      }
    }
    assertTrue(site.rows().get(0).figure(1).hidden());
    long rest = allSitesSame - recomputed;
    assertTrue(rest == 0 || rest >= 5, "the hidden cells together differ by " + rest);
  }

  @Test
  void rowsThatAddUpToAnotherRowAreProtectedAgainstItAsAgainstATotal() {
    // Before/after pairs: 12 overall, 9 in training, 3 in talk groups.
    ReportTable.Builder table = ReportTable.builder("c", "Changes", "Scale").column("Pairs", 0);
    table.row("WHO-5", new long[] {12}, List.of(Figure.count(12)));
    int training = table.rowCount();
    table.row("WHO-5 – training", new long[] {9}, List.of(Figure.count(9)));
    table.row("WHO-5 – talk group", new long[] {3}, List.of(Figure.count(3)));
    ReportTable alone = table.build();
    assertTrue(alone.rows().get(2).figure(0).hidden());
    assertFalse(alone.rows().get(1).figure(0).hidden(), "12 − 9 gives the 3 back");
    ReportTable parts = table.parts(0, List.of(training, training + 1)).build();
    assertTrue(parts.rows().get(1).figure(0).hidden(), "the 9 goes too");
    assertEquals("12", parts.rows().get(0).figure(0).text(Locale.FRENCH));
  }
}
