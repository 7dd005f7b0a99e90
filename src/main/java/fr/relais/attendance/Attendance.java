package fr.relais.attendance;

import fr.relais.registration.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One participant's line on one half-day's sign-in sheet. */
@Entity
@Table(name = "attendance")
public class Attendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id")
  private Registration registration;

  @Column(name = "half_day")
  private int halfDay;

  @Enumerated(EnumType.STRING)
  private AttendanceStatus status;

  @Enumerated(EnumType.STRING)
  private CheckInMethod method;

  private byte[] signature;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Attendance() {}

  public Attendance(Registration registration, int halfDay) {
    this.registration = registration;
    this.halfDay = halfDay;
  }

  public void record(
      AttendanceStatus status, CheckInMethod method, byte[] signature, Instant at, String by) {
    this.status = status;
    this.method = method;
    this.signature = signature;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Registration getRegistration() {
    return registration;
  }

  public int getHalfDay() {
    return halfDay;
  }

  public AttendanceStatus getStatus() {
    return status;
  }

  public CheckInMethod getMethod() {
    return method;
  }

  public byte[] getSignature() {
    return signature;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
