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
    return table.build();
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
    assertEquals("62\u00a0%", Figure.share(62, 100).text(Locale.FRENCH));
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
}
