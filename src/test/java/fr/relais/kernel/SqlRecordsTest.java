package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlRecordsTest {

  enum Status {
    CONFIRMED,
    WAITLISTED
  }

  record Row(String month, long heldSessions, double hours, Status status, Instant startsAt) {}

  @Test
  void eachComponentTakesTheColumnOfItsNameWhateverTheOrderAndTheCase() {
    Instant start = Instant.parse("2025-09-12T07:00:00Z");
    Map<String, Object> row = new HashMap<>();
    row.put("STARTS_AT", Timestamp.from(start));
    row.put("status", "WAITLISTED");
    row.put("hours", new BigDecimal("7.5"));
    row.put("held_sessions", 4L);
    row.put("month", "2025-09");
    assertEquals(
        new Row("2025-09", 4, 7.5, Status.WAITLISTED, start),
        SqlRecords.reader(Row.class).read(row));
  }

  @Test
  void oneReaderReadsEveryRowOfAQuery() {
    SqlRecords.Reader<Row> reader = SqlRecords.reader(Row.class);
    Instant start = Instant.parse("2025-10-03T12:00:00Z");
    Map<String, Object> september =
        Map.of("month", "2025-09", "held_sessions", 4L, "hours", 7.5, "status", "CONFIRMED");
    Map<String, Object> october =
        Map.of(
            "month",
            "2025-10",
            "held_sessions",
            2L,
            "hours",
            3.0,
            "status",
            "WAITLISTED",
            "starts_at",
            Timestamp.from(start));
    Map<String, Object> withoutStart = new HashMap<>(september);
    withoutStart.put("starts_at", null);
    assertEquals(
        List.of(
            new Row("2025-09", 4, 7.5, Status.CONFIRMED, null),
            new Row("2025-10", 2, 3.0, Status.WAITLISTED, start)),
        List.of(reader.read(withoutStart), reader.read(october)));
  }

  @Test
  void aNullNumberIsZeroAndANullTextStaysNull() {
    Map<String, Object> row = new HashMap<>();
    row.put("month", null);
    row.put("held_sessions", null);
    row.put("hours", null);
    row.put("status", null);
    row.put("starts_at", null);
    Row read = SqlRecords.reader(Row.class).read(row);
    assertNull(read.month(), "the total row of a GROUPING SETS has no month");
    assertEquals(0, read.heldSessions());
    assertEquals(0.0, read.hours());
  }

  @Test
  void aMissingColumnIsNamed() {
    Map<String, Object> row = Map.of("month", "2025-09", "held", 4L);
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> SqlRecords.reader(Row.class).read(row));
    assertTrue(missing.getMessage().contains("held_sessions"), missing.getMessage());
  }

  @Test
  void aColumnMayBeAnObjectThatPrintsItsQualifiedName() {
    record Field(String qualified) {
      @Override
      public String toString() {
        return qualified;
      }
    }
    Map<Object, Object> row = new HashMap<>();
    row.put(new Field("scope.month"), "2025-09");
    row.put(new Field("held_sessions"), 3);
    row.put(new Field("hours"), 2.0);
    row.put(new Field("status"), "CONFIRMED");
    row.put(new Field("starts_at"), null);
    assertEquals(
        new Row("2025-09", 3, 2.0, Status.CONFIRMED, null), SqlRecords.reader(Row.class).read(row));
  }

  @Test
  void componentNamesBecomeSnakeCase() {
    assertEquals("no_show", SqlRecords.column("noShow"));
    assertEquals("without_status", SqlRecords.column("withoutStatus"));
    assertEquals("cents", SqlRecords.column("cents"));
  }
}
