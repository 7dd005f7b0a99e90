package fr.relais.quality;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The improvement form: what, why, who, when, the effect, and the sources. */
public class ImprovementForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String decision;
  private String reason;
  private Long ownerId;
  private LocalDate dueOn;
  private LocalDate doneOn;
  private String effect;
  private final List<Source> sources = new ArrayList<>();

  /** One source line of the form. */
  public static class Source implements Serializable {
    private static final long serialVersionUID = 1L;
    private SourceKind kind;
    private Long caseId;
    private Long campaignId;
    private String note;

    public Source() {}

    public Source(SourceKind kind, Long caseId, Long campaignId, String note) {
      this.kind = kind;
      this.caseId = caseId;
      this.campaignId = campaignId;
      this.note = note;
    }

    public SourceKind getKind() {
      return kind;
    }

    public void setKind(SourceKind kind) {
      this.kind = kind;
    }

    public Long getCaseId() {
      return caseId;
    }

    public void setCaseId(Long caseId) {
      this.caseId = caseId;
    }

    public Long getCampaignId() {
      return campaignId;
    }

    public void setCampaignId(Long campaignId) {
      this.campaignId = campaignId;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(LocalDate doneOn) {
    this.doneOn = doneOn;
  }

  public String getEffect() {
    return effect;
  }

  public void setEffect(String effect) {
    this.effect = effect;
  }

  public List<Source> getSources() {
    return sources;
  }
}
