package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import fr.relais.programme.Format;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The survey campaigns, pausing them, and launching one. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyRepository surveys;
  @Inject private CurrentUser currentUser;
  @Inject private CampaignService campaigns;
  @Inject private java.time.Clock clock;

  private String title;
  private Long questionnaireId;
  private Phase phase = Phase.HOT;
  private Format format;
  private Long sessionId;
  private Integer weeks;

  private List<Campaign> all;
  private List<Questionnaire> questionnaires;
  private List<fr.relais.scheduling.Session> sessions;

  @PostConstruct
  void load() {
    all = surveys.campaigns();
    questionnaires = surveys.questionnaires();
    sessions = surveys.sessionsAround(clock.instant());
  }

  public List<Campaign> getAll() {
    return all;
  }

  public List<Questionnaire> getQuestionnaires() {
    return questionnaires;
  }

  public void launch() {
    try {
      campaigns.launch(
          currentUser.caller(), title, questionnaireId, phase, format, sessionId, weeks);
      Feedback.info("survey.campaign.launched");
      all = surveys.campaigns();
      title = null;
      weeks = null;
      sessionId = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "launch");
    }
  }

  public void toggle(long id, boolean active) {
    campaigns.setActive(currentUser.caller(), id, active);
    all = surveys.campaigns();
    Feedback.info(active ? "survey.campaign.resumed" : "survey.campaign.paused");
  }

  /** Sessions from three months ago to three months ahead. */
  public List<fr.relais.scheduling.Session> getSessions() {
    return sessions;
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public Format[] getFormats() {
    return Format.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getQuestionnaireId() {
    return questionnaireId;
  }

  public void setQuestionnaireId(Long questionnaireId) {
    this.questionnaireId = questionnaireId;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public Format getFormat() {
    return format;
  }

  public void setFormat(Format format) {
    this.format = format;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public Integer getWeeks() {
    return weeks;
  }

  public void setWeeks(Integer weeks) {
    this.weeks = weeks;
  }
}
