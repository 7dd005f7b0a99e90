package fr.relais.quality;

import fr.relais.survey.Campaign;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One source of an improvement: a case of the register, a survey's results, an opinion… */
@Entity
@Table(name = "improvement_source")
public class ImprovementSource implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "improvement_id")
  private Improvement improvement;

  @Enumerated(EnumType.STRING)
  private SourceKind kind;

  @ManyToOne
  @JoinColumn(name = "case_id")
  private QualityCase qualityCase;

  @ManyToOne
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  private String note;

  protected ImprovementSource() {}

  ImprovementSource(SourceKind kind, QualityCase qualityCase, Campaign campaign, String note) {
    this.kind = kind;
    this.qualityCase = qualityCase;
    this.campaign = campaign;
    this.note = note;
  }

  void attach(Improvement improvement) {
    this.improvement = improvement;
  }

  public Long getId() {
    return id;
  }

  public Improvement getImprovement() {
    return improvement;
  }

  public SourceKind getKind() {
    return kind;
  }

  public QualityCase getQualityCase() {
    return qualityCase;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public String getNote() {
    return note;
  }
}
