package fr.relais.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.ics.IcsCalendar;
import fr.relais.kernel.ics.IcsEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

  private static final Instant START = Instant.parse("2026-12-01T17:00:00Z");
  private static final Instant END = Instant.parse("2026-12-01T18:30:00Z");
  private static final Instant STAMP = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void writesAFeedInUtcWithCrlfLines() {
    String ics =
        IcsCalendar.feed("Relais", STAMP)
            .add(
                IcsEvent.of("session-1@relais", START, END, "eJADES – stress")
                    .located("Visioconférence"))
            .write();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assertTrue(ics.contains("METHOD:PUBLISH\r\n"));
    assertTrue(ics.contains("DTSTART:20261201T170000Z\r\n"));
    assertTrue(ics.contains("DTEND:20261201T183000Z\r\n"));
    assertTrue(ics.contains("DTSTAMP:20261124T080000Z\r\n"));
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    assertEquals(0, ics.replace("\r\n", "").indexOf('\n') + 1, "no bare line feed");
  }

  @Test
  void escapesText() {
    String ics =
        IcsCalendar.feed("Relais", STAMP)
            .add(IcsEvent.of("u@relais", START, END, "Stress; sommeil, et\\ repos\nsuite"))
            .write();
    assertTrue(ics.contains("SUMMARY:Stress\\; sommeil\\, et\\\\ repos\\nsuite\r\n"), ics);
  }

  @Test
  void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
    String title =
        "Repérage et prise en charge des soignants vulnérables – journée de formation à Paris";
    String ics =
        IcsCalendar.feed("Relais", STAMP).add(IcsEvent.of("u@relais", START, END, title)).write();
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("SUMMARY:" + title + "\r\n"));
  }

  @Test
  void anInvitationIsARequestAndACancellationACancel() {
    IcsEvent event =
        IcsEvent.of("s@relais", START, END, "Atelier").between("relais@asso.test", "lea@chu.test");
    String request = IcsCalendar.invitation(event, STAMP).write();
    assertTrue(request.contains("METHOD:REQUEST\r\n"));
    assertTrue(
        request.contains(
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea@chu.test\r\n"));
    assertTrue(request.contains("STATUS:CONFIRMED"));
    String cancel = IcsCalendar.invitation(event.cancelled(true).sequence(1), STAMP).write();
    assertTrue(cancel.contains("METHOD:CANCEL\r\n"));
    assertTrue(cancel.contains("STATUS:CANCELLED\r\n"));
    assertTrue(cancel.contains("SEQUENCE:1\r\n"));
  }
}
