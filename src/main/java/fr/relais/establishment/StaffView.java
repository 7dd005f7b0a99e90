package fr.relais.establishment;

import fr.relais.attendance.AttendanceStatus;
import fr.relais.attendance.HalfDay;
import fr.relais.registration.RegistrationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What an establishment sees of its staff for one request: each reserved day with its quota, link
 * and code, who holds a seat and who waits, and once the day is over who attended each half-day;
 * the people invited who have not registered yet; satisfaction as an aggregate of at least five
 * answers or not at all. Never anyone's answers.
 */
public record StaffView(
    long requestId,
    String establishment,
    String activity,
    List<Day> days,
    List<Invited> notRegistered,
    int invitedCount,
    Satisfaction satisfaction)
    implements Serializable {

  /** One reserved session. */
  public record Day(
      long sessionId,
      Instant start,
      Instant end,
      String status,
      int capacity,
      int roomCapacity,
      int confirmed,
      int waiting,
      String code,
      String link,
      boolean over,
      List<HalfDay> halfDays,
      List<Person> people)
      implements Serializable {

    public int getSeatsLeft() {
      return Math.max(0, capacity - confirmed);
    }

    public boolean isOpen() {
      return "PUBLISHED".equals(status) && !over;
    }
  }

  /** One person holding or waiting for a seat; marks only once the day is over. */
  public record Person(
      long registrationId,
      String name,
      String profession,
      RegistrationStatus status,
      boolean listed,
      List<AttendanceStatus> marks,
      int minutesAttended)
      implements Serializable {

    public boolean isConfirmed() {
      return status == RegistrationStatus.CONFIRMED;
    }

    public boolean isAttended() {
      return minutesAttended > 0;
    }
  }

  /** Someone of the list who has no registration yet. */
  public record Invited(String name, String email, String profession, Instant invitedAt)
      implements Serializable {}

  /**
   * The hot satisfaction of the request's days: shown only from five respondents on ({@code
   * kernel.Disclosure}); below, only that there are too few.
   */
  public record Satisfaction(
      long respondents, boolean shown, Double score, Integer objectivesPercent, Double recommend)
      implements Serializable {}
}
