package fr.relais.people;

import fr.relais.kernel.i18n.Language;
import java.io.Serializable;

/**
 * What "Mon compte" lets a person change about themselves: the participant profile given at sign-up
 * (the same choices, {@link SignUpOptions}), the language of their mails, and which optional mails
 * they want. Checked by {@link AccountService}, every field at once.
 */
public class ProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ParticipantStatus status;
  private Profession profession;
  private WorkplaceType workplaceType;
  private Region region;
  private Language language;
  private boolean reminderMails;
  private boolean surveyMails;
  private String rpps;
  private String adeli;

  /** The form as the account is now. */
  public static ProfileForm of(Account account) {
    ProfileForm form = new ProfileForm();
    form.status = account.getStatus();
    form.profession = account.getProfession();
    form.workplaceType = account.getWorkplaceType();
    form.region = account.getRegion();
    form.language = account.getLanguage();
    form.reminderMails = account.isReminderMails();
    form.surveyMails = account.isSurveyMails();
    form.rpps = account.getRpps();
    form.adeli = account.getAdeli();
    return form;
  }

  public ParticipantStatus getStatus() {
    return status;
  }

  public void setStatus(ParticipantStatus status) {
    this.status = status;
  }

  public Profession getProfession() {
    return profession;
  }

  public void setProfession(Profession profession) {
    this.profession = profession;
  }

  public WorkplaceType getWorkplaceType() {
    return workplaceType;
  }

  public void setWorkplaceType(WorkplaceType workplaceType) {
    this.workplaceType = workplaceType;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public boolean isReminderMails() {
    return reminderMails;
  }

  public void setReminderMails(boolean reminderMails) {
    this.reminderMails = reminderMails;
  }

  public boolean isSurveyMails() {
    return surveyMails;
  }

  public void setSurveyMails(boolean surveyMails) {
    this.surveyMails = surveyMails;
  }

  public String getRpps() {
    return rpps;
  }

  public void setRpps(String rpps) {
    this.rpps = rpps;
  }

  public String getAdeli() {
    return adeli;
  }

  public void setAdeli(String adeli) {
    this.adeli = adeli;
  }
}
