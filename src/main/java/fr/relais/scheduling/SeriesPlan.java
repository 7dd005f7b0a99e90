package fr.relais.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a series meets: on some weekdays, at the same hours, between two dates (both included).
 * Lists its occurrences, public holidays marked so the preview can leave them out.
 */
public record SeriesPlan(
    Set<DayOfWeek> weekdays,
    LocalTime startTime,
    LocalTime endTime,
    LocalDate firstDay,
    LocalDate lastDay) {

  /** No series runs longer than a year: a typo in a date should not create 500 sessions. */
  public static final int MAX_DAYS = 366;

  /** One day the series could meet; holiday is the public holiday's name, or null. */
  public record Occurrence(LocalDate day, String holiday) implements Serializable {

    public boolean isHoliday() {
      return holiday != null;
    }

    // Getters for EL.
    public LocalDate getDay() {
      return day;
    }

    public String getHolidayName() {
      return holiday;
    }
  }

  public List<Occurrence> occurrences() {
    List<Occurrence> days = new ArrayList<>();
    if (firstDay == null || lastDay == null || weekdays == null || lastDay.isBefore(firstDay)) {
      return days;
    }
    LocalDate last =
        lastDay.isAfter(firstDay.plusDays(MAX_DAYS)) ? firstDay.plusDays(MAX_DAYS) : lastDay;
    for (LocalDate day = firstDay; !day.isAfter(last); day = day.plusDays(1)) {
      if (weekdays.contains(day.getDayOfWeek())) {
        days.add(new Occurrence(day, FrenchHolidays.of(day).orElse(null)));
      }
    }
    return days;
  }
}
