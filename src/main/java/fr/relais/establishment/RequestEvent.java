package fr.relais.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a request's history: who moved it, when, from what to what, and why. */
@Entity
@Table(name = "establishment_request_event")
public class RequestEvent implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id")
  private long requestId;

  private Instant at;

  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private RequestStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private RequestStatus to;

  private String note;

  protected RequestEvent() {}

  public RequestEvent(
      long requestId, Instant at, String actor, RequestStatus from, RequestStatus to, String note) {
    this.requestId = requestId;
    this.at = at;
    this.actor = actor;
    this.from = from;
    this.to = to;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public RequestStatus getFrom() {
    return from;
  }

  public RequestStatus getTo() {
    return to;
  }

  public String getNote() {
    return note;
  }
}
