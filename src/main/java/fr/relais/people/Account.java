package fr.relais.people;

import fr.relais.kernel.i18n.Language;
import fr.relais.notification.Recipient;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Someone who signs in: a participant, a trainer, a coordinator or an administrator. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Always stored trimmed and lower-cased: one address, one account. */
  private String email;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private ParticipantStatus status;

  @Enumerated(EnumType.STRING)
  private Profession profession;

  @Enumerated(EnumType.STRING)
  @Column(name = "workplace_type")
  private WorkplaceType workplaceType;

  @Enumerated(EnumType.STRING)
  private Region region;

  @Enumerated(EnumType.STRING)
  private Language language = Language.FR;

  @Column(name = "privacy_consent_at")
  private Instant privacyConsentAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "reminder_mails")
  private boolean reminderMails = true;

  @Column(name = "survey_mails")
  private boolean surveyMails = true;

  @Column(name = "credentials_version")
  private long credentialsVersion;

  /** DPC: the health professional's RPPS or ADELI number, checked by the service (HealthIds). */
  private String rpps;

  private String adeli;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** Set by privacy.ErasureService in SQL; read here so that lists leave erased accounts out. */
  @Column(name = "erased_at", insertable = false, updatable = false)
  private Instant erasedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected Account() {}

  public Account(String email, String firstName, String lastName, Instant createdAt) {
    this.email = EmailAddress.normalize(email);
    this.firstName = firstName.strip();
    this.lastName = lastName.strip();
    this.createdAt = createdAt;
  }

  /** Records the participant profile given at sign-up. */
  public void describeAsParticipant(
      ParticipantStatus status, Profession profession, WorkplaceType workplace, Region region) {
    this.status = status;
    this.profession = profession;
    this.workplaceType = workplace;
    this.region = region;
    roles.add(Role.PARTICIPANT);
  }

  /** Changes the participant profile ("Mon compte"), without touching the roles. */
  public void redescribe(
      ParticipantStatus status, Profession profession, WorkplaceType workplace, Region region) {
    this.status = status;
    this.profession = profession;
    this.workplaceType = workplace;
    this.region = region;
  }

  /** Sets the RPPS and ADELI numbers (already checked), null for none. */
  public void identifyAsProfessional(String rpps, String adeli) {
    this.rpps = rpps;
    this.adeli = adeli;
  }

  public String getRpps() {
    return rpps;
  }

  public String getAdeli() {
    return adeli;
  }

  public void consentToPrivacyNotice(Instant when) {
    this.privacyConsentAt = when;
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void revoke(Role role) {
    roles.remove(role);
  }

  /** The person can no longer sign in; their registrations, attendance and answers stay. */
  public void deactivate(Instant when) {
    this.deactivatedAt = when;
  }

  public void reactivate() {
    this.deactivatedAt = null;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  public boolean isActive() {
    return deactivatedAt == null && erasedAt == null;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  /** Reminders and survey invitations; legal and transactional mails always go. */
  public void chooseMails(boolean reminders, boolean surveys) {
    this.reminderMails = reminders;
    this.surveyMails = surveys;
  }

  /** A new password: sessions signed in with the old one end (CredentialVersions). */
  public void changePassword(String hash) {
    this.passwordHash = hash;
    credentialsVersion++;
  }

  /** A confirmed new address: it is the sign-in name, so every session ends. */
  public void changeEmail(String newEmail) {
    this.email = EmailAddress.normalize(newEmail);
    credentialsVersion++;
  }

  public boolean isStudent() {
    return status == ParticipantStatus.STUDENT;
  }

  public String getDisplayName() {
    return firstName + " " + lastName;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public ParticipantStatus getStatus() {
    return status;
  }

  public Profession getProfession() {
    return profession;
  }

  public WorkplaceType getWorkplaceType() {
    return workplaceType;
  }

  public Region getRegion() {
    return region;
  }

  /** Where and in which language this person's mails go. */
  public Recipient recipient() {
    return new Recipient(email, language);
  }

  public Language getLanguage() {
    return language;
  }

  public Instant getPrivacyConsentAt() {
    return privacyConsentAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public boolean isReminderMails() {
    return reminderMails;
  }

  public boolean isSurveyMails() {
    return surveyMails;
  }

  public long getCredentialsVersion() {
    return credentialsVersion;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }
}
