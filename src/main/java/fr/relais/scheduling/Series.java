package fr.relais.scheduling;

import fr.relais.programme.Activity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Recurring sessions created in one go, e.g. eJADES every Tuesday and Thursday evening. */
@Entity
@Table(name = "series")
public class Series implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  /** "TUESDAY,THURSDAY". */
  private String weekdays;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Series() {}

  public Series(Activity activity, SeriesPlan plan, Instant createdAt, String createdBy) {
    this.activity = activity;
    this.weekdays =
        plan.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    this.startTime = plan.startTime();
    this.endTime = plan.endTime();
    this.firstDay = plan.firstDay();
    this.lastDay = plan.lastDay();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Set<DayOfWeek> weekdays() {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
    return days;
  }

  public Long getId() {
    return id;
  }

  public Activity getActivity() {
    return activity;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }
}
