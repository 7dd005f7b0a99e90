package fr.relais.attendance;

import fr.relais.people.Account;
import fr.relais.scheduling.Session;
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

/**
 * The trainer's signature at the foot of a half-day's sheet; once there, the half-day is locked.
 */
@Entity
@Table(name = "half_day_signature")
public class HalfDaySignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private Session session;

  @Column(name = "half_day")
  private int halfDay;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainer_id")
  private Account trainer;

  private byte[] signature;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected HalfDaySignature() {}

  public HalfDaySignature(
      Session session, int halfDay, Account trainer, byte[] signature, Instant signedAt) {
    this.session = session;
    this.halfDay = halfDay;
    this.trainer = trainer;
    this.signature = signature;
    this.signedAt = signedAt;
  }

  public int getHalfDay() {
    return halfDay;
  }

  public Account getTrainer() {
    return trainer;
  }

  public byte[] getSignature() {
    return signature;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
