package fr.relais.privacy;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.CurrentUser;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * "Supprimer mon compte" on the privacy page: the participant confirms with their password, the
 * account is erased, they are signed out. Roles: PARTICIPANT (staff accounts are closed by an
 * administrator).
 */
@Named
@ViewScoped
public class ErasureBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ErasureService erasure;
  @Inject private CurrentUser currentUser;

  private String password;

  /** Only participants erase their own account here. */
  public boolean isOffered() {
    return currentUser.isSignedIn() && ErasureService.mayEraseThemselves(currentUser.caller());
  }

  public void erase() throws IOException, ServletException {
    try {
      erasure.eraseOwn(currentUser.caller(), password);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "erase");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/privacy/?erased=true");
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
