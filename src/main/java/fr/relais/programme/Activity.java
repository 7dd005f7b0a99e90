package fr.relais.programme;

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

/** An offer of the programme, held as one or more dated sessions. */
@Entity
@Table(name = "activity")
public class Activity implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @Enumerated(EnumType.STRING)
  private Format format;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_id")
  private Theme theme;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  private String description;

  private String objectives;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "default_capacity")
  private int defaultCapacity;

  private boolean archived;

  @Enumerated(EnumType.STRING)
  private Purpose purpose = Purpose.PREVENTION;

  @Enumerated(EnumType.STRING)
  @Column(name = "bpf_objective")
  private BpfObjective bpfObjective;

  @Column(name = "nsf_code")
  private String nsfCode;

  /** The ANDPC's reference of the action when it is a DPC action (11 digits), else null. */
  @Column(name = "andpc_action")
  private String andpcAction;

  private String prerequisites;

  private String methods;

  private String evaluation;

  /** Null: free of charge. */
  @Column(name = "price_cents")
  private Long priceCents;

  @Column(name = "price_note")
  private String priceNote;

  @Column(name = "access_delay")
  private String accessDelay;

  private String accessibility;

  @Version private long version;

  protected Activity() {}

  public Activity(String title, Format format, Theme theme, Audience audience) {
    this.title = title;
    this.format = format;
    this.theme = theme;
    this.audience = audience;
  }

  /** Changes what the activity is; its sessions keep their own dates, places and seats. */
  public void redefine(String title, Format format, Theme theme, Audience audience) {
    this.title = title;
    this.format = format;
    this.theme = theme;
    this.audience = audience;
  }

  public void archive() {
    this.archived = true;
  }

  public void reopen() {
    this.archived = false;
  }

  public void describe(String description, String objectives) {
    this.description = description;
    this.objectives = objectives;
  }

  public void setDefaults(int durationMinutes, int defaultCapacity) {
    this.durationMinutes = durationMinutes;
    this.defaultCapacity = defaultCapacity;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Format getFormat() {
    return format;
  }

  public Theme getTheme() {
    return theme;
  }

  public Audience getAudience() {
    return audience;
  }

  public String getDescription() {
    return description;
  }

  public String getObjectives() {
    return objectives;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public int getDefaultCapacity() {
    return defaultCapacity;
  }

  public boolean isArchived() {
    return archived;
  }

  /**
   * Makes the activity a training action with the BPF's objective and NSF speciality, or prevention
   * and support (which has neither: it is never counted).
   */
  public void classify(Purpose purpose, BpfObjective objective, String nsfCode) {
    this.purpose = purpose;
    boolean training = purpose == Purpose.TRAINING;
    this.bpfObjective = training ? objective : null;
    this.nsfCode = training ? nsfCode : null;
    if (!training) {
      this.andpcAction = null;
    }
  }

  public String getAndpcAction() {
    return andpcAction;
  }

  /** A DPC action has the ANDPC's reference; only a training action can be one. */
  public void setAndpcAction(String andpcAction) {
    this.andpcAction = isTrainingAction() ? andpcAction : null;
  }

  public boolean isDpcAction() {
    return andpcAction != null;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public boolean isTrainingAction() {
    return purpose == Purpose.TRAINING;
  }

  public BpfObjective getBpfObjective() {
    return bpfObjective;
  }

  public String getNsfCode() {
    return nsfCode;
  }

  /** What Qualiopi's indicator 1 asks the public information of a training action to say. */
  public void catalogue(Catalogue catalogue) {
    this.prerequisites = catalogue.prerequisites();
    this.methods = catalogue.methods();
    this.evaluation = catalogue.evaluation();
    this.priceCents = catalogue.priceCents();
    this.priceNote = catalogue.priceNote();
    this.accessDelay = catalogue.accessDelay();
    this.accessibility = catalogue.accessibility();
  }

  public Catalogue getCatalogue() {
    return new Catalogue(
        prerequisites, methods, evaluation, priceCents, priceNote, accessDelay, accessibility);
  }

  /**
   * Indicator 1's items beyond objectives and duration; a null price is free of charge.
   *
   * @param priceCents per trainee, in cents of euro
   */
  public record Catalogue(
      String prerequisites,
      String methods,
      String evaluation,
      Long priceCents,
      String priceNote,
      String accessDelay,
      String accessibility)
      implements java.io.Serializable {

    public String getPrerequisites() {
      return prerequisites;
    }

    public String getMethods() {
      return methods;
    }

    public String getEvaluation() {
      return evaluation;
    }

    public Long getPriceCents() {
      return priceCents;
    }

    public String getPriceNote() {
      return priceNote;
    }

    public String getAccessDelay() {
      return accessDelay;
    }

    public String getAccessibility() {
      return accessibility;
    }

    public boolean isFree() {
      return priceCents == null;
    }

    /** The price as French text, e.g. "120,50 €". */
    public String getPriceText() {
      return priceCents == null ? null : Euros.text(priceCents);
    }
  }
}
