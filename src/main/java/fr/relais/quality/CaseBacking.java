package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One case of the register, its history and its steps. Roles: COORDINATOR, ADMIN. */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Register register;
  @Inject private Improvements improvements;
  @Inject private CurrentUser currentUser;

  private String id;
  private long caseId;
  private Register.CaseView view;
  private List<Improvement> allImprovements;

  private Qualification qualification;
  private Severity severity;
  private String qualifyNote;
  private String answer;
  private String action;
  private Long improvementId;
  private String closeNote;

  public void load() throws IOException {
    Long parsed = Ids.parse(id).orElse(null);
    if (parsed == null) {
      Pages.notFound();
      return;
    }
    caseId = parsed;
    try {
      refresh();
    } catch (NotFoundException gone) {
      Pages.notFound();
    }
  }

  private void refresh() {
    view = register.open(currentUser.caller(), caseId);
    allImprovements = improvements.list(currentUser.caller());
    QualityCase c = view.qualityCase();
    qualification = c.getQualification();
    severity = c.getSeverity();
  }

  public void qualify() {
    act(
        () -> register.qualify(currentUser.caller(), caseId, qualification, severity, qualifyNote),
        "quality.case.qualified",
        "qualify");
  }

  public void sendAnswer() {
    act(
        () -> register.answer(currentUser.caller(), caseId, answer),
        "quality.case.answered",
        "answer");
  }

  public void recordAction() {
    act(
        () -> register.act(currentUser.caller(), caseId, action, improvementId),
        "quality.case.acted",
        "act");
  }

  public void close() {
    act(
        () -> register.close(currentUser.caller(), caseId, closeNote),
        "quality.case.closed",
        "close");
  }

  private void act(Runnable step, String done, String form) {
    try {
      step.run();
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, form);
      return;
    }
    qualifyNote = null;
    answer = null;
    action = null;
    improvementId = null;
    closeNote = null;
    Feedback.info(done);
    refresh();
  }

  public boolean allows(String step) {
    QualityCase c = view.qualityCase();
    return c.getStatus().allows(CaseStep.valueOf(step), c.isAnswerable());
  }

  public Qualification[] getQualifications() {
    return Qualification.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Register.CaseView getView() {
    return view;
  }

  public List<Improvement> getAllImprovements() {
    return allImprovements;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public void setQualification(Qualification qualification) {
    this.qualification = qualification;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public String getQualifyNote() {
    return qualifyNote;
  }

  public void setQualifyNote(String qualifyNote) {
    this.qualifyNote = qualifyNote;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Long getImprovementId() {
    return improvementId;
  }

  public void setImprovementId(Long improvementId) {
    this.improvementId = improvementId;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public void setCloseNote(String closeNote) {
    this.closeNote = closeNote;
  }
}
