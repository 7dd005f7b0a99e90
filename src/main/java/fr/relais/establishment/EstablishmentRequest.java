package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.people.Account;
import fr.relais.programme.Activity;
import fr.relais.programme.Audience;
import fr.relais.site.Site;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What an establishment asks for: a JADES day or a training for its staff, and where it stands. */
@Entity
@Table(name = "establishment_request")
public class EstablishmentRequest implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(optional = false)
  @JoinColumn(name = "contact_id")
  private Account contact;

  @ManyToOne(optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  /** The days the establishment would like, first choice first. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "establishment_request_day",
      joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  @Column(name = "day")
  private List<LocalDate> wishedDays = new ArrayList<>();

  private int headcount;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  /** The rooms the establishment offers on site, in its words. */
  private String rooms;

  private String notes;

  @Enumerated(EnumType.STRING)
  private RequestStatus status = RequestStatus.REQUESTED;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** Made on the public form: unseen by the association until its contact is checked. */
  @Column(name = "awaiting_contact_check")
  private boolean awaitingContactCheck;

  @Version private long version;

  protected EstablishmentRequest() {}

  public EstablishmentRequest(
      Site site, Account contact, Activity activity, RequestDetails details, Instant now) {
    this.site = site;
    this.contact = contact;
    this.activity = activity;
    this.wishedDays = new ArrayList<>(details.wishedDays());
    this.headcount = details.headcount();
    this.audience = details.audience();
    this.rooms = details.rooms();
    this.notes = details.notes();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Moves the request, or refuses a move its state does not allow for that side
   * ("establishment.request.cannotMove"). Returns the state it left.
   */
  RequestStatus moveTo(RequestStatus next, RequestStatus.Side side, Instant now) {
    if (!status.mayBecome(next, side)) {
      throw new BusinessException("establishment.request.cannotMove");
    }
    RequestStatus before = status;
    status = next;
    updatedAt = now;
    return before;
  }

  void decline(String reason) {
    this.declineReason = reason;
  }

  /** Kept from the association until a coordinator has checked the contact who made it. */
  void holdUntilContactChecked() {
    this.awaitingContactCheck = true;
  }

  /** The contact was accepted: the request reaches the association. */
  void release() {
    this.awaitingContactCheck = false;
  }

  public boolean isAwaitingContactCheck() {
    return awaitingContactCheck;
  }

  public Long getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public Account getContact() {
    return contact;
  }

  public Activity getActivity() {
    return activity;
  }

  public List<LocalDate> getWishedDays() {
    return List.copyOf(wishedDays);
  }

  public int getHeadcount() {
    return headcount;
  }

  public Audience getAudience() {
    return audience;
  }

  public String getRooms() {
    return rooms;
  }

  public String getNotes() {
    return notes;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
