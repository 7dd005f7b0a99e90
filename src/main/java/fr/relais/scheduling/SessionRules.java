package fr.relais.scheduling;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a session plan must keep, field by field, before any conflict is looked for. Pure:
 * given the plan, the chosen room's capacity and the time, it lists what is wrong.
 */
public final class SessionRules {

  public static final int MAX_CAPACITY = 1000;
  public static final Duration MAX_LENGTH = Duration.ofHours(12);

  private SessionRules() {}

  /**
   * @param roomCapacity the chosen room's capacity, null when no room is chosen
   * @param startMayBePast true when the start is unchanged on an existing session
   */
  public static List<FieldError> check(
      SessionPlan plan, Integer roomCapacity, Instant now, boolean startMayBePast) {
    List<FieldError> errors = new ArrayList<>();
    if (plan.activityId() == null) {
      errors.add(new FieldError("activity", "relais.required.text"));
    }
    if (plan.start() == null) {
      errors.add(new FieldError("start", "relais.required.text"));
    } else if (!startMayBePast && !plan.start().isAfter(now)) {
      errors.add(new FieldError("start", "session.inThePast"));
    }
    if (plan.end() == null) {
      errors.add(new FieldError("end", "relais.required.text"));
    } else if (plan.start() != null && !plan.end().isAfter(plan.start())) {
      errors.add(new FieldError("end", "session.endBeforeStart"));
    } else if (plan.start() != null
        && Duration.between(plan.start(), plan.end()).compareTo(MAX_LENGTH) > 0) {
      errors.add(new FieldError("end", "session.tooLong"));
    }
    if (plan.mode() == null) {
      errors.add(new FieldError("mode", "relais.required.text"));
    } else {
      if (plan.mode().needsRoom() && plan.roomId() == null) {
        errors.add(new FieldError("room", "session.room.required"));
      }
      if (plan.mode().needsLink() && (plan.videoLink() == null || plan.videoLink().isBlank())) {
        errors.add(new FieldError("videoLink", "session.link.required"));
      }
    }
    if (plan.videoLink() != null && !plan.videoLink().isBlank() && !isHttps(plan.videoLink())) {
      errors.add(new FieldError("videoLink", "session.link.https"));
    }
    if (plan.capacity() <= 0 || plan.capacity() > MAX_CAPACITY) {
      errors.add(new FieldError("capacity", "session.capacity.range", MAX_CAPACITY));
    } else if (roomCapacity != null && plan.capacity() > roomCapacity) {
      errors.add(new FieldError("capacity", "session.capacity.aboveRoom", roomCapacity));
    }
    if (plan.studentSeats() < 0 || plan.studentSeats() > Math.max(plan.capacity(), 0)) {
      errors.add(new FieldError("studentSeats", "session.studentSeats.range"));
    }
    if (plan.waitlistLimit() != null
        && (plan.waitlistLimit() < 0 || plan.waitlistLimit() > MAX_CAPACITY)) {
      errors.add(new FieldError("waitlistLimit", "session.waitlistLimit.range", MAX_CAPACITY));
    }
    if (plan.trainerIds().isEmpty()) {
      errors.add(new FieldError("trainers", "session.trainers.required"));
    }
    checkWindow(plan, errors);
    return errors;
  }

  /**
   * Unless the coordinator sets another, participants cancel until the day before at the same time
   * in Paris (not 24 hours before: on a change of summer time that would be 17:00 or 19:00 for an
   * 18:00 session).
   */
  public static Instant defaultCancellationDeadline(Instant start) {
    return start.atZone(ClockProducer.PARIS).minusDays(1).toInstant();
  }

  private static void checkWindow(SessionPlan plan, List<FieldError> errors) {
    Instant opens = plan.registrationOpensAt();
    Instant closes = plan.registrationClosesAt();
    Instant deadline = plan.cancellationDeadline();
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      errors.add(new FieldError("registrationClosesAt", "session.window.closesBeforeOpening"));
    }
    if (closes != null && plan.end() != null && closes.isAfter(plan.end())) {
      errors.add(new FieldError("registrationClosesAt", "session.window.closesAfterEnd"));
    }
    if (deadline != null && plan.start() != null && deadline.isAfter(plan.start())) {
      errors.add(new FieldError("cancellationDeadline", "session.window.deadlineAfterStart"));
    }
  }

  /** A videoconference link: an absolute https URL with a host. */
  static boolean isHttps(String link) {
    try {
      URI uri = new URI(link.strip());
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && link.length() <= 500;
    } catch (URISyntaxException notAUrl) {
      return false;
    }
  }
}
