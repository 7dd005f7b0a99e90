package fr.relais.arrangement;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Qualiopi indicator 26: a participant said at registration that they need an arrangement
 * (disability), with their own words if they wished. Only coordinators and the referent read the
 * words; trainers learn that an arrangement is planned, nothing more.
 */
@Entity
@Table(name = "arrangement_request")
public class ArrangementRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id")
  private Registration registration;

  private String need;

  @Enumerated(EnumType.STRING)
  private ArrangementStatus status = ArrangementStatus.OPEN;

  @Column(name = "handled_note")
  private String handledNote;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Column(name = "handled_by")
  private String handledBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Version private long version;

  protected ArrangementRequest() {}

  public ArrangementRequest(Registration registration, String need, Instant createdAt) {
    this.registration = registration;
    this.need = need;
    this.createdAt = createdAt;
  }

  public void handle(String note, String by, Instant at) {
    this.status = ArrangementStatus.HANDLED;
    this.handledNote = note;
    this.handledBy = by;
    this.handledAt = at;
  }

  public void reopen() {
    this.status = ArrangementStatus.OPEN;
  }

  /** The participant no longer needs it: their words go. */
  public void withdraw(Instant at) {
    this.status = ArrangementStatus.WITHDRAWN;
    this.need = null;
    this.withdrawnAt = at;
  }

  public boolean isPlanned() {
    return status != ArrangementStatus.WITHDRAWN;
  }

  public Long getId() {
    return id;
  }

  public Registration getRegistration() {
    return registration;
  }

  public String getNeed() {
    return need;
  }

  public ArrangementStatus getStatus() {
    return status;
  }

  public String getHandledNote() {
    return handledNote;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
