package fr.relais.registration;

import fr.relais.people.Account;
import fr.relais.scheduling.Session;
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
import jakarta.persistence.Version;
import java.time.Instant;

/** A participant's place in a session: confirmed (with a seat), waitlisted, or cancelled. */
@Entity
@Table(name = "registration")
public class Registration implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private Session session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  private RegistrationStatus status;

  @Enumerated(EnumType.STRING)
  private Seat seat;

  /** Order of registration, from a database sequence: the waitlist's order. */
  @Column(insertable = false, updatable = false)
  private Long rank;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "by_invitation")
  private boolean byInvitation;

  @Enumerated(EnumType.STRING)
  @Column(name = "trainee_category")
  private TraineeCategory traineeCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "category_source")
  private CategorySource categorySource;

  @Version private long version;

  protected Registration() {}

  /** A new registration: confirmed on the seat given, or waitlisted when there is none. */
  public Registration(
      Session session, Account account, Seat seat, boolean byInvitation, Instant now) {
    this.session = session;
    this.account = account;
    this.registeredAt = now;
    this.byInvitation = byInvitation;
    if (seat == null) {
      this.status = RegistrationStatus.WAITLISTED;
    } else {
      confirm(seat, now);
    }
  }

  /**
   * The id and rank the database gave the row that {@link RegistrationRepository} inserted in SQL:
   * this object then holds what a find would read, without a second statement under the lock. It is
   * not managed by the persistence context; {@link RegistrationRepository#managed} gives the one
   * that is.
   */
  void inserted(long id, long rank) {
    this.id = id;
    this.rank = rank;
  }

  public void confirm(Seat seat, Instant now) {
    this.status = RegistrationStatus.CONFIRMED;
    this.seat = seat;
    this.confirmedAt = now;
  }

  /** Cancels; returns the seat it freed, if it held one. */
  public Seat cancel(String by, String reason, Instant now) {
    Seat freed = seat;
    this.status = RegistrationStatus.CANCELLED;
    this.seat = null;
    this.cancelledAt = now;
    this.cancelledBy = by;
    this.cancelReason = reason;
    return freed;
  }

  public boolean isLive() {
    return status != RegistrationStatus.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public Session getSession() {
    return session;
  }

  public Account getAccount() {
    return account;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public Seat getSeat() {
    return seat;
  }

  public Long getRank() {
    return rank;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public boolean isByInvitation() {
    return byInvitation;
  }

  /** The BPF's trainee category (frame F-1), or null while unknown. */
  public TraineeCategory getTraineeCategory() {
    return traineeCategory;
  }

  public CategorySource getCategorySource() {
    return categorySource;
  }

  public void categorise(TraineeCategory category, CategorySource source) {
    this.traineeCategory = category;
    this.categorySource = category == null ? null : source;
  }
}
