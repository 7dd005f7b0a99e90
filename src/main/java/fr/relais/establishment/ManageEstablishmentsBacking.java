package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The association's "Établissements": contacts to check (accept, refuse with a reason), requests by
 * state, newest first, the partner establishments, and inviting a contact. Roles: COORDINATOR,
 * ADMIN (web.xml /establishment/manage/*); the services check again.
 */
@Named
@ViewScoped
public class ManageEstablishmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactReviewService review;
  @Inject private AssociationDeskService desk;
  @Inject private CurrentUser currentUser;

  private String status;
  private List<EstablishmentContact> toCheck;
  private List<EstablishmentRequest> requests;
  private List<AssociationDeskService.EstablishmentLine> establishments;

  private Long refusing;
  private String reason;
  private Long inviteSite;
  private String inviteFirstName;
  private String inviteLastName;
  private String inviteEmail;
  private String inviteJobTitle;

  /** The view action: reads the lists with the status of the URL (?status=, ignored if unknown). */
  public void load() {
    RequestStatus filter = filter();
    toCheck = review.toCheck(currentUser.caller());
    requests = desk.requests(currentUser.caller(), filter);
    establishments = desk.establishments(currentUser.caller());
  }

  private RequestStatus filter() {
    for (RequestStatus s : RequestStatus.values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    return null;
  }

  public void accept(long accountId) {
    act(() -> review.accept(currentUser.caller(), accountId), "establishment.manage.accept.done");
  }

  public void startRefusing(long accountId) {
    refusing = accountId;
    reason = null;
  }

  public void refuse() {
    if (refusing == null) {
      return;
    }
    try {
      review.refuse(currentUser.caller(), refusing, reason);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "refuse");
      PrimeFaces.current().ajax().addCallbackParam("failed", true);
      return;
    }
    Feedback.info("establishment.manage.refuse.done");
    refusing = null;
    reason = null;
    load();
  }

  public void invite() {
    try {
      review.invite(
          currentUser.caller(),
          new ContactReviewService.Invitation(
              inviteSite, inviteFirstName, inviteLastName, inviteEmail, inviteJobTitle));
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "invite");
      return;
    }
    Feedback.info("establishment.manage.invite.done", inviteEmail.strip());
    inviteSite = null;
    inviteFirstName = null;
    inviteLastName = null;
    inviteEmail = null;
    inviteJobTitle = null;
    load();
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Feedback.info(done);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "checks");
    }
    load();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<EstablishmentContact> getToCheck() {
    return toCheck;
  }

  public List<EstablishmentRequest> getRequests() {
    return requests;
  }

  public List<AssociationDeskService.EstablishmentLine> getEstablishments() {
    return establishments;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getInviteSite() {
    return inviteSite;
  }

  public void setInviteSite(Long inviteSite) {
    this.inviteSite = inviteSite;
  }

  public String getInviteFirstName() {
    return inviteFirstName;
  }

  public void setInviteFirstName(String inviteFirstName) {
    this.inviteFirstName = inviteFirstName;
  }

  public String getInviteLastName() {
    return inviteLastName;
  }

  public void setInviteLastName(String inviteLastName) {
    this.inviteLastName = inviteLastName;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getInviteJobTitle() {
    return inviteJobTitle;
  }

  public void setInviteJobTitle(String inviteJobTitle) {
    this.inviteJobTitle = inviteJobTitle;
  }
}
