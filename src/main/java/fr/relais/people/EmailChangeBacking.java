package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The page of the link mailed to a new address (people/email?t=): a button confirms it (a GET only
 * shows it, so a mail scanner opening links changes nothing). Open to everyone; the link is the
 * proof. Confirming signs out (the e-mail is the sign-in name).
 */
@Named
@ViewScoped
public class EmailChangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EmailChangeService changes;

  private String token;
  private String confirmedAddress;

  public boolean isUsable() {
    return changes.usable(token);
  }

  public void confirm() throws ServletException {
    try {
      confirmedAddress = changes.confirm(token);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "confirm");
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (request.getUserPrincipal() != null) {
      request.logout();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return confirmedAddress != null;
  }

  public String getDoneNotice() {
    return Feedback.text("account.email.confirm.done", confirmedAddress);
  }
}
