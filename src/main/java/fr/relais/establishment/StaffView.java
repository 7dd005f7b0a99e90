package fr.relais.establishment;

import fr.relais.attendance.AttendanceStatus;
import fr.relais.attendance.HalfDay;
import fr.relais.registration.RegistrationStatus;
import fr.relais.scheduling.SessionStatus;
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
  public long getRequestId() {
    return requestId;
  }

  public String getEstablishment() {
    return establishment;
  }

  public String getActivity() {
    return activity;
  }

  public List<Day> getDays() {
    return days;
  }

  public List<Invited> getNotRegistered() {
    return notRegistered;
  }

  public int getInvitedCount() {
    return invitedCount;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  /** One reserved session. */
  public record Day(
      long sessionId,
      Instant start,
      Instant end,
      SessionStatus status,
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
    public long getSessionId() {
      return sessionId;
    }

    public Instant getStart() {
      return start;
    }

    public Instant getEnd() {
      return end;
    }

    public int getCapacity() {
      return capacity;
    }

    public int getRoomCapacity() {
      return roomCapacity;
    }

    public int getConfirmed() {
      return confirmed;
    }

    public int getWaiting() {
      return waiting;
    }

    public String getCode() {
      return code;
    }

    public String getLink() {
      return link;
    }

    public boolean isOver() {
      return over;
    }

    public List<HalfDay> getHalfDays() {
      return halfDays;
    }

    public List<Person> getPeople() {
      return people;
    }

    public int getSeatsLeft() {
      return Math.max(0, capacity - confirmed);
    }

    public boolean isOpen() {
      return status == SessionStatus.PUBLISHED && !over;
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
    public long getRegistrationId() {
      return registrationId;
    }

    public String getName() {
      return name;
    }

    public String getProfession() {
      return profession;
    }

    public RegistrationStatus getStatus() {
      return status;
    }

    public boolean isListed() {
      return listed;
    }

    public List<AttendanceStatus> getMarks() {
      return marks;
    }

    public int getMinutesAttended() {
      return minutesAttended;
    }

    public boolean isConfirmed() {
      return status == RegistrationStatus.CONFIRMED;
    }

    public boolean isAttended() {
      return minutesAttended > 0;
    }

    /** "7 h 00" */
    public String getAttendedText() {
      return RealisationPdf.hours(minutesAttended);
    }
  }

  /** Someone of the list who has no registration yet. */
  public record Invited(String name, String email, String profession, Instant invitedAt)
      implements Serializable {
    public String getName() {
      return name;
    }

    public String getEmail() {
      return email;
    }

    public String getProfession() {
      return profession;
    }

    public Instant getInvitedAt() {
      return invitedAt;
    }
  }

  /**
   * The hot satisfaction of the request's days: shown only from five respondents on ({@code
   * kernel.Disclosure}); below, only that there are too few.
   */
  public record Satisfaction(
      long respondents, boolean shown, Double score, Integer objectivesPercent, Double recommend)
      implements Serializable {

    public String getScoreText() {
      return score == null ? "–" : DaySummaryPdf.decimal(score) + " / 5";
    }

    public String getObjectivesText() {
      return objectivesPercent == null ? "–" : objectivesPercent + "\u202F%";
    }

    public String getRecommendText() {
      return recommend == null ? "–" : DaySummaryPdf.decimal(recommend) + " / 10";
    }

    public long getRespondents() {
      return respondents;
    }

    public boolean isShown() {
      return shown;
    }

    public Double getScore() {
      return score;
    }

    public Integer getObjectivesPercent() {
      return objectivesPercent;
    }

    public Double getRecommend() {
      return recommend;
    }
  }
}
