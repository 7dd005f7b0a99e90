package fr.relais.establishment;

import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.programme.Audience;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as typed on a page: up to five wished days as the date inputs send them ("2027-03-15"),
 * the headcount as text. {@link #problems(LocalDate)} says every mistake at once, the typing ones
 * and {@link RequestRules}' alike, one per field.
 */
public class RequestDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long activityId;
  private final List<String> days = new ArrayList<>(List.of("", "", "", "", ""));
  private String headcount;
  private Audience audience;
  private String rooms;
  private String notes;

  /** The details, leaving out what cannot be read (the problems say it). */
  public RequestDetails details() {
    List<LocalDate> wished = new ArrayList<>();
    for (String day : days) {
      LocalDate read = day(day);
      if (read != null) {
        wished.add(read);
      }
    }
    return new RequestDetails(
        activityId, wished, number(headcount), audience, blankToNull(rooms), blankToNull(notes));
  }

  /** Every problem, one per field, the typing ones first. */
  public List<FieldError> problems(LocalDate today) {
    Map<String, FieldError> byField = new LinkedHashMap<>();
    for (String day : days) {
      if (day != null && !day.isBlank() && day(day) == null) {
        byField.putIfAbsent("days", new FieldError("days", "establishment.request.days.invalid"));
      }
    }
    if (headcount != null && !headcount.isBlank() && number(headcount) == null) {
      byField.putIfAbsent(
          "headcount",
          new FieldError(
              "headcount", "establishment.request.headcount.range", RequestRules.MAX_HEADCOUNT));
    }
    for (FieldError error : RequestRules.problems(details(), today)) {
      byField.putIfAbsent(error.field(), error);
    }
    return new ArrayList<>(byField.values());
  }

  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADay) {
      return null;
    }
  }

  private static Integer number(String text) {
    if (text == null || text.isBlank() || text.strip().length() > 6) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  /** Five slots, bound one by one to the page's date inputs. */
  public List<String> getDays() {
    return days;
  }

  public String getHeadcount() {
    return headcount;
  }

  public void setHeadcount(String headcount) {
    this.headcount = headcount;
  }

  public Audience getAudience() {
    return audience;
  }

  public void setAudience(Audience audience) {
    this.audience = audience;
  }

  public String getRooms() {
    return rooms;
  }

  public void setRooms(String rooms) {
    this.rooms = rooms;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
