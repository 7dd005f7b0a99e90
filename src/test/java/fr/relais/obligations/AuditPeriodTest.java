package fr.relais.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.relais.kernel.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditPeriodTest {

  @Test
  void theDefaultIsTheLastClosedCalendarYear() {
    AuditPeriod p = AuditPeriod.lastClosedYear(LocalDate.of(2026, 1, 1));
    assertEquals(LocalDate.of(2025, 1, 1), p.from());
    assertEquals(LocalDate.of(2025, 12, 31), p.to());
    assertEquals("2024-12-31T23:00:00Z", p.start().toString(), "midnight in Paris, winter time");
    assertEquals("2025-12-31T23:00:00Z", p.end().toString(), "the first instant after the 31st");
  }

  @Test
  void everyProblemIsNamedNextToItsField() {
    InvalidInput both = assertThrows(InvalidInput.class, () -> AuditPeriod.of(null, null));
    assertEquals(
        List.of("from", "to"),
        both.getErrors().stream().map(InvalidInput.FieldError::field).toList());
    InvalidInput reversed =
        assertThrows(
            InvalidInput.class,
            () -> AuditPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)));
    assertEquals("binder.to.beforeFrom", reversed.getErrors().get(0).key());
  }

  @Test
  void aPeriodIsAtMostThreeYears() {
    LocalDate from = LocalDate.of(2023, 1, 1);
    assertEquals(
        from.plusDays(AuditPeriod.MAX_DAYS),
        AuditPeriod.of(from, from.plusDays(AuditPeriod.MAX_DAYS)).to());
    InvalidInput tooLong =
        assertThrows(
            InvalidInput.class,
            () -> AuditPeriod.of(from, from.plusDays(AuditPeriod.MAX_DAYS + 1)));
    assertEquals("binder.to.tooLong", tooLong.getErrors().get(0).key());
    assertEquals(LocalDate.of(2023, 1, 1), AuditPeriod.of(from, from).to(), "one day is a period");
  }
}
