package fr.relais.kernel.ics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) files: calendar feeds (METHOD:PUBLISH) and invitations
 * (METHOD:REQUEST, METHOD:CANCEL). Times are written in UTC, text is escaped, lines are folded at
 * 75 octets without cutting a UTF-8 character, lines end with CRLF.
 */
public final class IcsCalendar {

  public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String method;
  private final String name;
  private final Instant stamp;
  private final List<IcsEvent> events = new ArrayList<>();

  private IcsCalendar(String method, String name, Instant stamp) {
    this.method = method;
    this.name = name;
    this.stamp = stamp;
  }

  /** A feed of events (a subscribed calendar). */
  public static IcsCalendar feed(String name, Instant stamp) {
    return new IcsCalendar("PUBLISH", name, stamp);
  }

  /** An invitation to one event, or its cancellation when the event is cancelled. */
  public static IcsCalendar invitation(IcsEvent event, Instant stamp) {
    IcsCalendar calendar = new IcsCalendar(event.cancelled() ? "CANCEL" : "REQUEST", null, stamp);
    calendar.add(event);
    return calendar;
  }

  public IcsCalendar add(IcsEvent event) {
    events.add(event);
    return this;
  }

  public String method() {
    return method;
  }

  public String write() {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Relais//Relais//FR");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:" + method);
    if (name != null) {
      line(out, "X-WR-CALNAME:" + escape(name));
      line(out, "X-WR-TIMEZONE:Europe/Paris");
    }
    for (IcsEvent e : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + e.uid());
      line(out, "DTSTAMP:" + UTC.format(stamp));
      line(out, "DTSTART:" + UTC.format(e.start()));
      line(out, "DTEND:" + UTC.format(e.end()));
      line(out, "SEQUENCE:" + e.sequence());
      line(out, "SUMMARY:" + escape(e.summary()));
      if (e.location() != null) {
        line(out, "LOCATION:" + escape(e.location()));
      }
      if (e.description() != null) {
        line(out, "DESCRIPTION:" + escape(e.description()));
      }
      if (e.url() != null) {
        line(out, "URL:" + e.url());
      }
      if (e.organizer() != null) {
        line(out, "ORGANIZER:mailto:" + e.organizer());
      }
      if (e.attendee() != null) {
        line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + e.attendee());
      }
      line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line, folded at 75 octets (RFC 5545 3.1). */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
