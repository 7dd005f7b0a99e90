package fr.relais.people;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.FormChecks;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/** The sign-up page: opens the account, then signs the new participant in. Public. */
@Named
@ViewScoped
public class SignUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SignUpService signUps;
  @Inject private SecurityContext security;

  private final SignUpForm form = new SignUpForm();

  /** A staff invitation's link carries the address it was mailed to (issue 16): filled in. */
  @jakarta.annotation.PostConstruct
  void prefill() {
    String email =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("email");
    if (email != null && EmailAddress.isValid(email)) {
      form.setEmail(EmailAddress.normalize(email));
    }
  }

  public void signUp() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      signUps.signUp(form, Language.of(faces.getViewRoot().getLocale()));
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "signup");
      return;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    security.authenticate(
        request,
        (HttpServletResponse) external.getResponse(),
        withParams()
            .newAuthentication(true)
            .credential(
                new UsernamePasswordCredential(
                    form.getEmail().strip(), new Password(form.getPassword()))));
    request.changeSessionId();
    Feedback.info("signup.welcome", form.getFirstName().strip());
    Feedback.keepForNextPage();
    external.redirect(request.getContextPath() + "/");
  }

  /**
   * The form's postValidate event: the password policy and the address in use are checked with the
   * fields' own rules, so one submit lists every mistake.
   */
  public void checkTogether(ComponentSystemEvent event) {
    UIComponent signUp = event.getComponent();
    SignUpForm typed = new SignUpForm();
    typed.setEmail((String) FormChecks.value(signUp, "email"));
    typed.setPassword((String) FormChecks.value(signUp, "password"));
    if (typed.getPassword() == null) {
      return;
    }
    FormChecks.fail(signUp, signUps.problems(typed));
  }

  public SignUpForm getForm() {
    return form;
  }
}
