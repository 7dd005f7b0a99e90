package fr.relais.attendance;

import fr.relais.registration.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An attendance certificate: issued to those present at least one half-day, checkable by code. */
@Entity
@Table(name = "certificate")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id")
  private Registration registration;

  private String code;

  private int minutes;

  @Column(name = "issued_at")
  private Instant issuedAt;

  protected Certificate() {}

  public Certificate(Registration registration, String code, int minutes, Instant issuedAt) {
    this.registration = registration;
    this.code = code;
    this.minutes = minutes;
    this.issuedAt = issuedAt;
  }

  public Long getId() {
    return id;
  }

  public Registration getRegistration() {
    return registration;
  }

  public String getCode() {
    return code;
  }

  public int getMinutes() {
    return minutes;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  /** A coordinator's correction after completion changes the hours attended. */
  void setMinutes(int minutes) {
    this.minutes = minutes;
  }
}
