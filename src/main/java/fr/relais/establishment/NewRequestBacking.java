package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.Pages;
import fr.relais.people.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** A contact's "Nouvelle demande". Roles: CONTACT; the service checks the contact is active. */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactDesk desk;
  @Inject private CurrentUser currentUser;

  private final RequestDraft draft = new RequestDraft();

  public void submit() throws IOException {
    EstablishmentRequest made;
    try {
      made = desk.submit(currentUser.caller(), draft);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "newRequest");
      return;
    }
    Feedback.info("establishment.new.done");
    Pages.redirect("/establishment/request?id=" + made.getId());
  }

  public RequestDraft getDraft() {
    return draft;
  }
}
