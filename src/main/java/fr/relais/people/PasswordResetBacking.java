package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The pages "Mot de passe oublié" (ask for a link) and "Nouveau mot de passe" (use it). Open to
 * everyone; the link is the proof.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PasswordResetService resets;

  private String email;
  private String token;
  private String password;
  private String confirmation;
  private boolean sent;
  private boolean done;

  public void ask() {
    resets.request(email == null ? "" : email.strip());
    sent = true; // the same answer whether or not an account has the address
  }

  public boolean isUsable() {
    return resets.usable(token);
  }

  public boolean isInvitation() {
    return resets.isInvitation(token);
  }

  public void reset() {
    try {
      resets.reset(token, password, confirmation);
      done = true;
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "reset");
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public boolean isSent() {
    return sent;
  }

  public boolean isDone() {
    return done;
  }
}
