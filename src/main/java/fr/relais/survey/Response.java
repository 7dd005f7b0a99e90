package fr.relais.survey;

import fr.relais.people.ParticipantStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone's answers to a campaign, under their pseudonym only: no account, no e-mail, no address,
 * only the day it was submitted. Saved section by section until submitted.
 */
@Entity
@Table(name = "survey_response")
public class Response {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id")
  private Questionnaire questionnaire;

  @Column(name = "session_id")
  private Long sessionId;

  private String pseudonym;

  private boolean submitted;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  private int progress;

  /** Professional or student only: enough to report by audience, too coarse to name anyone. */
  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_status")
  private ParticipantStatus respondentStatus;

  @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Answer> answers = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "survey_score", joinColumns = @JoinColumn(name = "response_id"))
  @MapKeyColumn(name = "scale")
  @Column(name = "score")
  private Map<String, Double> scores = new HashMap<>();

  protected Response() {}

  Response(
      Campaign campaign, Long sessionId, String pseudonym, ParticipantStatus respondentStatus) {
    this.campaign = campaign;
    this.respondentStatus = respondentStatus;
    this.questionnaire = campaign.getQuestionnaire();
    this.sessionId = sessionId;
    this.pseudonym = pseudonym;
  }

  /** Replaces the answers to these items (a section saved again). */
  void answer(Item item, List<Integer> numbers, String text) {
    answers.removeIf(a -> a.getItemId() == item.getId());
    for (Integer n : numbers) {
      answers.add(new Answer(this, item.getId(), n, null));
    }
    if (text != null && !text.isBlank()) {
      answers.add(new Answer(this, item.getId(), null, text.strip()));
    }
  }

  void progressTo(int sections) {
    this.progress = Math.max(progress, sections);
  }

  void submit(LocalDate on, Map<String, Double> scores) {
    this.submitted = true;
    this.submittedOn = on;
    this.scores.clear();
    this.scores.putAll(scores);
  }

  public List<Integer> numbers(long itemId) {
    return answers.stream()
        .filter(a -> a.getItemId() == itemId && a.getNumberValue() != null)
        .map(Answer::getNumberValue)
        .toList();
  }

  public String text(long itemId) {
    return answers.stream()
        .filter(a -> a.getItemId() == itemId && a.getTextValue() != null)
        .map(Answer::getTextValue)
        .findFirst()
        .orElse(null);
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public int getProgress() {
    return progress;
  }

  public Map<String, Double> getScores() {
    return scores;
  }
}
