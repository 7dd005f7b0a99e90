package fr.relais.kernel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which record, and when. */
@Entity
@Table(name = "audit_log")
public class AuditEntry implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant at;

  private String actor;

  private String entity;

  @Column(name = "entity_id")
  private Long entityId;

  private String action;

  private String details;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at, String actor, String entity, Long entityId, String action, String details) {
    this.at = at;
    this.actor = actor;
    this.entity = entity;
    this.entityId = entityId;
    this.action = action;
    this.details =
        details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getEntity() {
    return entity;
  }

  public Long getEntityId() {
    return entityId;
  }

  public String getAction() {
    return action;
  }

  public String getDetails() {
    return details;
  }
}
