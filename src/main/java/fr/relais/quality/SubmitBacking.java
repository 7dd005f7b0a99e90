package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import fr.relais.programme.Activity;
import fr.relais.scheduling.Session;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Réclamation ou incident": the public form of the register. Open to everyone. */
@Named
@ViewScoped
public class SubmitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Complaints complaints;
  @Inject private QualityChoicesRepository lookups;
  @Inject private CurrentUser currentUser;

  private final CaseForm form = new CaseForm();
  private List<Activity> activities;
  private List<Session> sessions;
  private String sentTo;

  @PostConstruct
  void init() {
    activities = lookups.activities();
    sessions =
        currentUser.account().map(a -> lookups.registeredSessions(a.getId())).orElse(List.of());
  }

  public void submit() {
    try {
      sentTo =
          complaints.submit(
              currentUser.isSignedIn()
                  ? java.util.Optional.of(currentUser.caller())
                  : java.util.Optional.empty(),
              form,
              Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "submit");
    }
  }

  public CaseForm getForm() {
    return form;
  }

  public CaseKind[] getKinds() {
    return CaseKind.values();
  }

  public List<Activity> getActivities() {
    return activities;
  }

  public List<Session> getSessions() {
    return sessions;
  }

  public boolean isSignedIn() {
    return currentUser.isSignedIn();
  }

  public boolean isDone() {
    return sentTo != null;
  }

  public String getSentTo() {
    return sentTo;
  }
}
