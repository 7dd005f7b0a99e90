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
public class Activity {

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
}
