package fr.relais.kernel.ics;

import java.time.Instant;

/**
 * One event of an iCalendar file. Optional parts are null. The organizer and attendee are e-mail
 * addresses, for invitations (METHOD:REQUEST / CANCEL) sent to one participant.
 */
public record IcsEvent(
    String uid,
    Instant start,
    Instant end,
    String summary,
    String location,
    String description,
    String url,
    boolean cancelled,
    int sequence,
    String organizer,
    String attendee) {

  public static IcsEvent of(String uid, Instant start, Instant end, String summary) {
    return new IcsEvent(uid, start, end, summary, null, null, null, false, 0, null, null);
  }

  public IcsEvent located(String location) {
    return new IcsEvent(
        uid,
        start,
        end,
        summary,
        location,
        description,
        url,
        cancelled,
        sequence,
        organizer,
        attendee);
  }

  public IcsEvent described(String description, String url) {
    return new IcsEvent(
        uid,
        start,
        end,
        summary,
        location,
        description,
        url,
        cancelled,
        sequence,
        organizer,
        attendee);
  }

  public IcsEvent cancelled(boolean isCancelled) {
    return new IcsEvent(
        uid,
        start,
        end,
        summary,
        location,
        description,
        url,
        isCancelled,
        sequence,
        organizer,
        attendee);
  }

  public IcsEvent sequence(int number) {
    return new IcsEvent(
        uid,
        start,
        end,
        summary,
        location,
        description,
        url,
        cancelled,
        number,
        organizer,
        attendee);
  }

  public IcsEvent between(String organizerEmail, String attendeeEmail) {
    return new IcsEvent(
        uid,
        start,
        end,
        summary,
        location,
        description,
        url,
        cancelled,
        sequence,
        organizerEmail,
        attendeeEmail);
  }
}
