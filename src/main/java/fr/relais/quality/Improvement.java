package fr.relais.quality;

import fr.relais.people.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the improvement log (Qualiopi indicator 32): what was decided and why, the sources it
 * comes from, who carries it, by when, when it was done and the effect observed.
 */
@Entity
@Table(name = "improvement")
public class Improvement implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String decision;

  private String reason;

  @ManyToOne
  @JoinColumn(name = "owner_id")
  private Account owner;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "done_on")
  private LocalDate doneOn;

  private String effect;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "improvement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ImprovementSource> sources = new ArrayList<>();

  @Version private long version;

  protected Improvement() {}

  Improvement(Instant createdAt, String createdBy) {
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void describe(
      String decision,
      String reason,
      Account owner,
      LocalDate dueOn,
      LocalDate doneOn,
      String effect) {
    this.decision = decision;
    this.reason = reason;
    this.owner = owner;
    this.dueOn = dueOn;
    this.doneOn = doneOn;
    this.effect = effect;
  }

  void add(ImprovementSource source) {
    source.attach(this);
    sources.add(source);
  }

  void removeSource(ImprovementSource source) {
    sources.remove(source);
  }

  public boolean isDone() {
    return doneOn != null;
  }

  public Long getId() {
    return id;
  }

  public String getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public Account getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public String getEffect() {
    return effect;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<ImprovementSource> getSources() {
    return sources;
  }
}
