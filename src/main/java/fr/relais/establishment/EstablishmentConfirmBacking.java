package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page of the link mailed by the public form (establishment/confirm?t=): a button confirms the
 * address (a GET only shows it). Open to everyone; the link is the proof.
 */
@Named
@ViewScoped
public class EstablishmentConfirmBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactOnboardingService onboarding;

  private String token;
  private String siteName;

  public boolean isUsable() {
    return onboarding.usable(token);
  }

  public void confirm() {
    try {
      siteName = onboarding.confirm(token);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "confirm");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isDone() {
    return siteName != null;
  }

  public String getSiteName() {
    return siteName;
  }
}
