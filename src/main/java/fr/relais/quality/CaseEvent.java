package fr.relais.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a case: what, when, who, and the text. Never changed (a trigger refuses it). */
@Entity
@Table(name = "quality_case_event")
public class CaseEvent implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private long caseId;

  @Enumerated(EnumType.STRING)
  private CaseStep step;

  private Instant at;

  @Column(name = "account_id")
  private Long accountId;

  private String actor;

  @Column(name = "by_submitter")
  private boolean bySubmitter;

  private String note;

  @Column(name = "improvement_id")
  private Long improvementId;

  protected CaseEvent() {}

  CaseEvent(
      long caseId,
      CaseStep step,
      Instant at,
      Long accountId,
      String actor,
      boolean bySubmitter,
      String note,
      Long improvementId) {
    this.caseId = caseId;
    this.step = step;
    this.at = at;
    this.accountId = accountId;
    this.actor = actor;
    this.bySubmitter = bySubmitter;
    this.note = note;
    this.improvementId = improvementId;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public CaseStep getStep() {
    return step;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public boolean isBySubmitter() {
    return bySubmitter;
  }

  public String getNote() {
    return note;
  }

  public Long getImprovementId() {
    return improvementId;
  }
}
