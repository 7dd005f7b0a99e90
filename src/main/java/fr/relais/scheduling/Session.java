package fr.relais.scheduling;

import fr.relais.people.Account;
import fr.relais.programme.Activity;
import fr.relais.site.Room;
import fr.relais.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One dated occurrence of an activity. */
@Entity
@Table(name = "session")
public class Session implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private SessionMode mode;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "room_id")
  private Room room;

  /** Shown to registered people only, never in the public catalogue or API. */
  @Column(name = "video_link")
  private String videoLink;

  private int capacity;

  @Column(name = "student_seats")
  private int studentSeats;

  /** How many may wait for a seat; null: as many as there are seats. */
  @Column(name = "waitlist_limit")
  private Integer waitlistLimit;

  @Enumerated(EnumType.STRING)
  private SessionStatus status = SessionStatus.DRAFT;

  @Column(name = "registration_opens_at")
  private Instant registrationOpensAt;

  @Column(name = "registration_closes_at")
  private Instant registrationClosesAt;

  @Column(name = "cancellation_deadline")
  private Instant cancellationDeadline;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "series_id")
  private Series series;

  @Column(name = "cancel_reason")
  private String cancelReason;

  /** A JADES day booked by a partner establishment for its own staff. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reserved_for_site_id")
  private Site reservedFor;

  /** Shared by the coordinator with the establishment; opens the session to its holders. */
  @Column(name = "invitation_code")
  private String invitationCode;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "break_minutes")
  private int breakMinutes;

  @Enumerated(EnumType.STRING)
  private Delivery delivery = Delivery.OWN;

  @Column(name = "partner_organisation")
  private String partnerOrganisation;

  /** The session's number within its activity's ANDPC action (DPC), else null. */
  @Column(name = "andpc_session")
  private String andpcSession;

  /** Seats taken, changed only by SQL in the registering transaction (never by JPA). */
  @Column(name = "confirmed_general", insertable = false, updatable = false)
  private int confirmedGeneral;

  @Column(name = "confirmed_students", insertable = false, updatable = false)
  private int confirmedStudents;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "session_trainer",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "account_id"))
  private Set<Account> trainers = new HashSet<>();

  @Version private long version;

  protected Session() {}

  public Session(Activity activity, Instant startsAt, Instant endsAt, SessionMode mode) {
    this.activity = activity;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.mode = mode;
  }

  public void placeIn(Site site, Room room) {
    this.site = site;
    this.room = room;
  }

  public void setVideoLink(String videoLink) {
    this.videoLink = videoLink;
  }

  public void setSeats(int capacity, int studentSeats) {
    this.capacity = capacity;
    this.studentSeats = studentSeats;
  }

  /** null: as many as there are seats. */
  public void setWaitlistLimit(Integer waitlistLimit) {
    this.waitlistLimit = waitlistLimit;
  }

  /** The limit as typed, null when the default (the capacity) applies. */
  public Integer getWaitlistLimitSet() {
    return waitlistLimit;
  }

  /** How many people may wait for a seat at most. */
  public int getWaitlistLimit() {
    return waitlistLimit == null ? capacity : waitlistLimit;
  }

  public void setRegistrationWindow(
      Instant opensAt, Instant closesAt, Instant cancellationDeadline) {
    this.registrationOpensAt = opensAt;
    this.registrationClosesAt = closesAt;
    this.cancellationDeadline = cancellationDeadline;
  }

  public void assign(Account trainer) {
    trainers.add(trainer);
  }

  public void replaceTrainers(Set<Account> newTrainers) {
    trainers.retainAll(newTrainers);
    trainers.addAll(newTrainers);
  }

  public void reschedule(Instant startsAt, Instant endsAt) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public void setMode(SessionMode mode) {
    this.mode = mode;
  }

  public void partOf(Series series) {
    this.series = series;
  }

  /** Reserves the session for a partner's staff, or opens it to all (site null). */
  public void reserveFor(Site site, String code) {
    this.reservedFor = site;
    this.invitationCode = site == null ? null : code;
  }

  public void publish() {
    this.status = SessionStatus.PUBLISHED;
  }

  public void cancel(String reason) {
    this.status = SessionStatus.CANCELLED;
    this.cancelReason = reason;
  }

  public void complete(String by, Instant at) {
    this.status = SessionStatus.COMPLETED;
    this.completedBy = by;
    this.completedAt = at;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  /** Participants may check in from half an hour before the start to half an hour after the end. */
  public static final Duration CHECK_IN_MARGIN = Duration.ofMinutes(30);

  public boolean isCheckInOpenAt(Instant now) {
    return status == SessionStatus.PUBLISHED
        && !now.isBefore(startsAt.minus(CHECK_IN_MARGIN))
        && !now.isAfter(endsAt.plus(CHECK_IN_MARGIN));
  }

  /** Drafts and published sessions may still change; cancelled and completed ones may not. */
  public boolean isOpenToChange() {
    return status == SessionStatus.DRAFT || status == SessionStatus.PUBLISHED;
  }

  public int getConfirmedGeneral() {
    return confirmedGeneral;
  }

  public int getConfirmedStudents() {
    return confirmedStudents;
  }

  public int getSeatsTaken() {
    return confirmedGeneral + confirmedStudents;
  }

  public Series getSeries() {
    return series;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public Site getReservedFor() {
    return reservedFor;
  }

  public String getInvitationCode() {
    return invitationCode;
  }

  public Long getId() {
    return id;
  }

  public Activity getActivity() {
    return activity;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public SessionMode getMode() {
    return mode;
  }

  public Site getSite() {
    return site;
  }

  public Room getRoom() {
    return room;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getStudentSeats() {
    return studentSeats;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public Instant getRegistrationOpensAt() {
    return registrationOpensAt;
  }

  public Instant getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public Instant getCancellationDeadline() {
    return cancellationDeadline;
  }

  public Set<Account> getTrainers() {
    return Set.copyOf(trainers);
  }

  /** Minutes of break inside the session (lunch), not trained: taken off the morning half-day. */
  public int getBreakMinutes() {
    return breakMinutes;
  }

  public void setBreakMinutes(int breakMinutes) {
    this.breakMinutes = breakMinutes;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public String getPartnerOrganisation() {
    return partnerOrganisation;
  }

  public String getAndpcSession() {
    return andpcSession;
  }

  public void setAndpcSession(String andpcSession) {
    this.andpcSession = andpcSession;
  }

  /** Run for ourselves (no partner) or with the training organisation it is entrusted to or by. */
  public void deliver(Delivery delivery, String partnerOrganisation) {
    this.delivery = delivery;
    this.partnerOrganisation = delivery == Delivery.OWN ? null : partnerOrganisation;
  }
}
