package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The questionnaires, and a form to start a new one. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class QuestionnairesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyRepository surveys;
  @Inject private CurrentUser currentUser;
  @Inject private QuestionnaireService questionnaires;

  private SurveyKind kind = SurveyKind.SATISFACTION;
  private String titleFr;
  private String titleEn;

  public List<Questionnaire> getAll() {
    return surveys.questionnaires();
  }

  public String create() {
    try {
      long id = questionnaires.create(currentUser.caller(), kind, titleFr, titleEn);
      return "/survey/questionnaire?faces-redirect=true&id=" + id;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "create");
      return null;
    }
  }

  public SurveyKind[] getKinds() {
    return SurveyKind.values();
  }

  public SurveyKind getKind() {
    return kind;
  }

  public void setKind(SurveyKind kind) {
    this.kind = kind;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String titleFr) {
    this.titleFr = titleFr;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }
}
