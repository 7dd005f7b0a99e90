package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.web.Feedback;
import fr.relais.people.EmailAddress;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Organiser une journée dans mon établissement": the public form. Open to everyone. */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContactOnboardingService onboarding;

  private final Application form = new Application();
  private String sentTo;

  public void apply() {
    try {
      onboarding.apply(
          form, Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "apply");
      return;
    }
    // The same answer whether or not the address had an account.
    sentTo = EmailAddress.normalize(form.getEmail());
    form.setPassword(null);
  }

  public Application getForm() {
    return form;
  }

  public boolean isDone() {
    return sentTo != null;
  }

  public String getSentTo() {
    return sentTo;
  }
}
