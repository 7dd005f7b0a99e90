package fr.relais.survey;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One questionnaire: its wording, sections and items; editable until it has answers, then only a
 * new version. Built-in instruments are shown read-only. Roles: COORDINATOR, ADMIN.
 */
@Named
@ViewScoped
public class QuestionnaireBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyRepository surveys;
  @Inject private CurrentUser currentUser;
  @Inject private QuestionnaireService service;

  private String id;
  private long questionnaireId;
  private Questionnaire questionnaire;
  private boolean editable;
  private String titleFr;
  private String titleEn;
  private String introFr;
  private String introEn;
  private String sectionFr;
  private String sectionEn;
  private Long sectionId;
  private ItemType type = ItemType.LIKERT;
  private String textFr;
  private String textEn;
  private boolean required = true;
  private boolean objectives;
  private Integer min;
  private Integer max;
  private String choices;

  public void load() throws IOException {
    questionnaireId = Ids.parse(id).orElse(0L);
    if (surveys.questionnaire(questionnaireId).isEmpty()) {
      Pages.notFound();
      return;
    }
    reload();
    titleFr = questionnaire.getTitleFr();
    titleEn = questionnaire.getTitleEn();
    introFr = questionnaire.getIntroFr();
    introEn = questionnaire.getIntroEn();
  }

  private void reload() {
    questionnaire = surveys.questionnaire(questionnaireId).orElseThrow();
    questionnaire.items().forEach(i -> i.getChoices().size());
    editable = service.isEditable(questionnaireId);
    if (sectionId == null && !questionnaire.getSections().isEmpty()) {
      sectionId = questionnaire.getSections().get(questionnaire.getSections().size() - 1).getId();
    }
  }

  public void describe() {
    act(
        () ->
            service.describe(
                currentUser.caller(), questionnaireId, titleFr, titleEn, introFr, introEn),
        "meta");
  }

  public void addSection() {
    if (act(
        () -> service.addSection(currentUser.caller(), questionnaireId, sectionFr, sectionEn),
        "section")) {
      sectionFr = null;
      sectionEn = null;
      sectionId = null;
    }
    reload();
  }

  public void addItem() {
    boolean added =
        act(
            () ->
                service.addItem(
                    currentUser.caller(),
                    questionnaireId,
                    sectionId == null ? 0 : sectionId,
                    new QuestionnaireService.ItemDraft(
                        type, textFr, textEn, required, min, max, choices, objectives)),
            "item");
    if (added) {
      textFr = null;
      textEn = null;
      choices = null;
      min = null;
      max = null;
      objectives = false;
    }
  }

  public void removeItem(long itemId) {
    act(() -> service.removeItem(currentUser.caller(), questionnaireId, itemId), "items");
  }

  public void move(long itemId, int delta) {
    act(() -> service.moveItem(currentUser.caller(), questionnaireId, itemId, delta), "items");
  }

  public void removeSection(long section) {
    sectionId = null;
    act(() -> service.removeSection(currentUser.caller(), questionnaireId, section), "items");
  }

  public String newVersion() {
    try {
      long next = service.newVersion(currentUser.caller(), questionnaireId);
      Feedback.info("survey.questionnaire.versioned");
      Feedback.keepForNextPage();
      return "/survey/questionnaire?faces-redirect=true&id=" + next;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "meta");
      return null;
    }
  }

  /** Runs one change and reloads; false (with the messages shown) when it was refused. */
  private boolean act(Runnable change, String form) {
    boolean done = false;
    try {
      change.run();
      Feedback.info("survey.questionnaire.saved");
      done = true;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, form);
    }
    reload();
    return done;
  }

  public ItemType[] getTypes() {
    return ItemType.values();
  }

  public Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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

  public String getIntroFr() {
    return introFr;
  }

  public void setIntroFr(String introFr) {
    this.introFr = introFr;
  }

  public String getIntroEn() {
    return introEn;
  }

  public void setIntroEn(String introEn) {
    this.introEn = introEn;
  }

  public String getSectionFr() {
    return sectionFr;
  }

  public void setSectionFr(String sectionFr) {
    this.sectionFr = sectionFr;
  }

  public String getSectionEn() {
    return sectionEn;
  }

  public void setSectionEn(String sectionEn) {
    this.sectionEn = sectionEn;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public void setSectionId(Long sectionId) {
    this.sectionId = sectionId;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public String getTextFr() {
    return textFr;
  }

  public void setTextFr(String textFr) {
    this.textFr = textFr;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public boolean isObjectives() {
    return objectives;
  }

  public void setObjectives(boolean objectives) {
    this.objectives = objectives;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public Integer getMin() {
    return min;
  }

  public void setMin(Integer min) {
    this.min = min;
  }

  public Integer getMax() {
    return max;
  }

  public void setMax(Integer max) {
    this.max = max;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }
}
