package fr.relais.people;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fr.relais.kernel.web.Feedback;
import fr.relais.kernel.web.LocalPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in page. Public. */
@Named
@RequestScoped
public class SignInBacking {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  private String email;
  private String password;
  private String next;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email.strip(), new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        request.changeSessionId(); // no session fixation
        Feedback.keepForNextPage();
        external.redirect(LocalPath.of(next).orElse(request.getContextPath() + "/"));
      }
      default ->
          Feedback.error(
              request.getAttribute(RelaisAuthenticationMechanism.THROTTLED) != null
                  ? "signin.throttled"
                  : "signin.failed");
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
