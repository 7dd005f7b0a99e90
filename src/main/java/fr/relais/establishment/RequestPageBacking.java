package fr.relais.establishment;

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
import org.primefaces.PrimeFaces;

/**
 * One request's page, for its establishment's contacts (establishment/request) and the association
 * (establishment/manage/request): details, history, and the moves of the reader's side. Anyone else
 * gets 404 (Contacts.readable).
 */
@Named
@ViewScoped
public class RequestPageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AssociationDeskService desk;
  @Inject private EstablishmentRequestService requests;
  @Inject private CurrentUser currentUser;

  private String id;
  private long requestId;
  private RequestView view;
  private String note;
  private String reason;

  public void load() throws IOException {
    Long parsed = Ids.parse(id).orElse(null);
    if (parsed == null) {
      Pages.notFound();
      return;
    }
    requestId = parsed;
    try {
      view = desk.request(currentUser.caller(), requestId);
    } catch (NotFoundException gone) {
      Pages.notFound();
    }
  }

  public void withdraw() {
    act(
        () -> requests.withdraw(currentUser.caller(), requestId, note),
        "establishment.request.withdrawn");
  }

  /** From the dialog: a refusal (no reason) stays in the dialog, next to its field. */
  public void decline() {
    try {
      requests.decline(currentUser.caller(), requestId, reason);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "declineForm");
      PrimeFaces.current().ajax().addCallbackParam("failed", true);
      return;
    }
    Feedback.info("establishment.request.declined");
    reason = null;
    view = desk.request(currentUser.caller(), requestId);
  }

  public void markHeld() {
    act(
        () -> requests.markHeld(currentUser.caller(), requestId),
        "establishment.request.held.done");
  }

  public void close() {
    act(() -> requests.close(currentUser.caller(), requestId), "establishment.request.closed");
  }

  private void act(Runnable move, String done) {
    try {
      move.run();
      Feedback.info(done);
      reason = null;
      note = null;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "request");
    }
    view = desk.request(currentUser.caller(), requestId);
  }

  /** Whether the reader's side may move the request there now (the service checks again). */
  public boolean mayEstablishment(String next) {
    return view.may(RequestStatus.valueOf(next), RequestStatus.Side.ESTABLISHMENT);
  }

  public boolean mayAssociation(String next) {
    return view.may(RequestStatus.valueOf(next), RequestStatus.Side.ASSOCIATION);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public RequestView getView() {
    return view;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
