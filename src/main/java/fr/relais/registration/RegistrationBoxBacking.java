package fr.relais.registration;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.Ids;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.Account;
import fr.relais.people.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The register / cancel box of the session page, for signed-in people. Roles: shown to every
 * signed-in account; registering needs PARTICIPANT (checked by the service, which acts for the
 * signed-in caller only).
 */
@Named
@ViewScoped
public class RegistrationBoxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegistrationService registrations;
  @Inject private RegistrationBoxRepository views;
  @Inject private CurrentUser currentUser;
  @Inject private RegistrationQuestionsRepository questions;

  private long sessionId;
  private RegistrationBox box;
  private String invitationCode;
  private boolean asksCategory;
  private boolean asksArrangement;
  private TraineeCategory category;
  private boolean arrangement;
  private String arrangementNeed;

  @PostConstruct
  void init() {
    var parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    sessionId = Ids.parse(parameters.get("id")).orElse(0L);
    // The link an establishment hands its staff carries the invitation code (issue 16).
    String code = parameters.get("code");
    invitationCode = code == null || code.length() > 16 ? null : code.strip();
    Account me = currentUser.account().orElse(null);
    if (me != null && sessionId > 0) {
      box = views.box(sessionId, me).orElse(null);
      RegistrationQuestionsRepository.Asked asked =
          box == null
              ? new RegistrationQuestionsRepository.Asked(false, false)
              : questions.asked(sessionId, me);
      asksCategory = asked.category();
      asksArrangement = asked.arrangement();
    }
  }

  public void register() {
    try {
      RegistrationOutcome outcome =
          registrations.register(
              currentUser.caller(),
              sessionId,
              invitationCode,
              new RegistrationAnswers(
                  asksCategory ? category : null, asksArrangement && arrangement, arrangementNeed));
      if (outcome.registration().getStatus() == RegistrationStatus.CONFIRMED) {
        Feedback.info("registration.done");
      } else {
        Feedback.info("registration.waitlisted", outcome.waitlistPosition());
      }
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "registration");
    }
    reload();
  }

  public void cancel() {
    try {
      registrations.cancelOwn(currentUser.caller(), sessionId);
      Feedback.info("registration.cancelledDone");
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "registration");
    }
    reload();
  }

  private void reload() {
    currentUser.account().flatMap(me -> views.box(sessionId, me)).ifPresent(b -> box = b);
  }

  public boolean isAsksArrangement() {
    return asksArrangement;
  }

  public boolean isAsksCategory() {
    return asksCategory;
  }

  public TraineeCategory[] getCategories() {
    return TraineeCategory.values();
  }

  public TraineeCategory getCategory() {
    return category;
  }

  public void setCategory(TraineeCategory category) {
    this.category = category;
  }

  public boolean isArrangement() {
    return arrangement;
  }

  public void setArrangement(boolean arrangement) {
    this.arrangement = arrangement;
  }

  public String getArrangementNeed() {
    return arrangementNeed;
  }

  public void setArrangementNeed(String arrangementNeed) {
    this.arrangementNeed = arrangementNeed;
  }

  public RegistrationBox getBox() {
    return box;
  }

  public String getInvitationCode() {
    return invitationCode;
  }

  public void setInvitationCode(String invitationCode) {
    this.invitationCode = invitationCode;
  }
}
