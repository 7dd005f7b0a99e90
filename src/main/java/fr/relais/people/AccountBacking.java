package fr.relais.people;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** "Mon compte" (people/account): every signed-in person, on their own account only. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private EmailChangeService emailChanges;
  @Inject private CredentialVersions credentials;
  @Inject private CurrentUser currentUser;

  private Caller caller;
  private String email;
  private boolean participant;
  private ProfileForm profile;
  private String currentPassword;
  private String newPassword;
  private String confirmation;
  private String newEmail;
  private String emailPassword;
  private String emailSentTo;
  private boolean passwordChanged;

  @PostConstruct
  void load() {
    caller = currentUser.caller();
    Account me = accounts.mine(caller, caller.accountId());
    email = me.getEmail();
    participant = me.getRoles().contains(Role.PARTICIPANT);
    profile = ProfileForm.of(me);
  }

  public void saveProfile() throws IOException {
    try {
      accounts.updateProfile(caller, caller.accountId(), profile);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "profile");
      return;
    }
    Feedback.info("account.profile.saved");
    Feedback.keepForNextPage();
    // The pages follow the chosen language too (its cookie), then come back here.
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String back = external.getRequestContextPath() + "/people/account";
    Language language = profile.getLanguage();
    external.redirect(
        external.getRequestContextPath()
            + "/language?to="
            + language.code()
            + "&next="
            + URLEncoder.encode(back, StandardCharsets.UTF_8));
  }

  public void changePassword() {
    try {
      accounts.changePassword(
          caller, caller.accountId(), currentPassword, newPassword, confirmation);
    } catch (BusinessException refusal) {
      passwordChanged = false;
      Feedback.refusal(refusal, "password");
      return;
    } finally {
      currentPassword = null;
      newPassword = null;
      confirmation = null;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    request.changeSessionId();
    credentials.remember(request.getSession(), email); // this session stays signed in
    passwordChanged = true; // said next to the form: the top of the page is far on a phone
  }

  public boolean isPasswordChanged() {
    return passwordChanged;
  }

  public void changeEmail() {
    try {
      emailChanges.request(caller, caller.accountId(), newEmail, emailPassword);
    } catch (BusinessException refusal) {
      Feedback.refusal(refusal, "email");
      return;
    } finally {
      emailPassword = null;
    }
    emailSentTo = newEmail.strip();
    newEmail = null;
  }

  /** The same words whether or not another account has the address (EmailChangeService). */
  public String getEmailSentNotice() {
    return Feedback.text("account.email.sent", emailSentTo);
  }

  public String getEmail() {
    return email;
  }

  public boolean isParticipant() {
    return participant;
  }

  public ProfileForm getProfile() {
    return profile;
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }

  public String getEmailSentTo() {
    return emailSentTo;
  }
}
