package fr.relais.establishment;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.programme.Activity;
import fr.relais.programme.Format;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What a request must say before it is stored: every problem at once, each on its field. */
public final class RequestRules {

  public static final int MAX_DAYS = 5;
  public static final int MAX_HEADCOUNT = 500;

  private RequestRules() {}

  /** What an establishment may ask for: a JADES day or a training still in the programme. */
  public static boolean requestable(Activity activity) {
    return activity != null
        && !activity.isArchived()
        && (activity.getFormat() == Format.JADES || activity.getFormat() == Format.TRAINING);
  }

  /** The problems of these details, asked on {@code today} (Europe/Paris). */
  public static List<FieldError> problems(RequestDetails details, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (details.activityId() == null) {
      errors.add(new FieldError("activity", "establishment.request.activity.required"));
    }
    List<LocalDate> days = details.wishedDays();
    if (days.isEmpty()) {
      errors.add(new FieldError("days", "establishment.request.days.required"));
    } else if (days.size() > MAX_DAYS) {
      errors.add(new FieldError("days", "establishment.request.days.tooMany", MAX_DAYS));
    } else if (days.stream().anyMatch(d -> !d.isAfter(today))) {
      errors.add(new FieldError("days", "establishment.request.days.past"));
    } else if (new HashSet<>(days).size() < days.size()) {
      errors.add(new FieldError("days", "establishment.request.days.twice"));
    }
    if (details.headcount() == null
        || details.headcount() < 1
        || details.headcount() > MAX_HEADCOUNT) {
      errors.add(
          new FieldError("headcount", "establishment.request.headcount.range", MAX_HEADCOUNT));
    }
    if (details.audience() == null) {
      errors.add(new FieldError("audience", "establishment.request.audience.required"));
    }
    if (details.rooms() != null && details.rooms().length() > 1000) {
      errors.add(new FieldError("rooms", "establishment.tooLong", 1000));
    }
    if (details.notes() != null && details.notes().length() > 2000) {
      errors.add(new FieldError("notes", "establishment.tooLong", 2000));
    }
    return errors;
  }
}
