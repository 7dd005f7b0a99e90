package fr.relais.survey;

import fr.relais.programme.Format;
import fr.relais.scheduling.Session;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Sends a questionnaire at one phase to the people of the sessions in its scope: one session, the
 * sessions of a format, or every session.
 */
@Entity
@Table(name = "campaign")
public class Campaign implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id")
  private Questionnaire questionnaire;

  @Enumerated(EnumType.STRING)
  private Phase phase;

  @Enumerated(EnumType.STRING)
  private Format format;

  @ManyToOne
  @JoinColumn(name = "session_id")
  private Session session;

  @Column(name = "weeks_after")
  private int weeksAfter;

  private String title;

  private boolean active = true;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Campaign() {}

  public Campaign(
      Questionnaire questionnaire,
      Phase phase,
      Format format,
      Session session,
      int weeksAfter,
      String title,
      Instant createdAt,
      String createdBy) {
    this.questionnaire = questionnaire;
    this.phase = phase;
    this.format = format;
    this.session = session;
    this.weeksAfter = weeksAfter;
    this.title = title;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** Whether a session is in this campaign's scope. */
  public boolean covers(Session s) {
    if (session != null) {
      return session.getId().equals(s.getId());
    }
    return format == null || format == s.getActivity().getFormat();
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  public Phase getPhase() {
    return phase;
  }

  public Format getFormat() {
    return format;
  }

  public Session getSession() {
    return session;
  }

  public int getWeeksAfter() {
    return weeksAfter;
  }

  public String getTitle() {
    return title;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
