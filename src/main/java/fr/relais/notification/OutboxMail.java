package fr.relais.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail waiting to be sent, or sent: what participants receive, kept for the outbox page. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kind;

  @Column(name = "dedup_key")
  private String dedupKey;

  private String recipient;

  private String subject;

  private String body;

  private String ics;

  @Column(name = "ics_method")
  private String icsMethod;

  private String status = "PENDING";

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {}

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getIcs() {
    return ics;
  }

  public String getIcsMethod() {
    return icsMethod;
  }

  public String getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getLastError() {
    return lastError;
  }
}
