package fr.relais.people;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a participant types to sign up. Checked on the page and again by the service. */
public class SignUpForm implements java.io.Serializable {

  /** Letters of any alphabet, spaces, hyphens, apostrophes and dots: no markup, no digits. */
  public static final String PERSON_NAME = "^\\p{L}[\\p{L}\\p{M} '’.\\-]*$";

  /** A first or last name typed by staff (the same rules as the sign-up form's). */
  public static boolean isPersonName(String name) {
    return name != null
        && !name.isBlank()
        && name.strip().length() <= 80
        && name.strip().matches(PERSON_NAME);
  }

  @NotBlank(message = "{relais.required}")
  @Size(max = 80, message = "{relais.name.tooLong}")
  @Pattern(regexp = PERSON_NAME, message = "{relais.name.invalid}")
  private String firstName;

  @NotBlank(message = "{relais.required}")
  @Size(max = 80, message = "{relais.name.tooLong}")
  @Pattern(regexp = PERSON_NAME, message = "{relais.name.invalid}")
  private String lastName;

  @NotBlank(message = "{relais.required}")
  @Size(max = EmailAddress.MAX_LENGTH, message = "{relais.email.invalid}")
  @Pattern(regexp = EmailAddress.INPUT_PATTERN, message = "{relais.email.invalid}")
  private String email;

  @NotNull(message = "{relais.required}")
  private String password;

  @NotNull(message = "{relais.required}")
  private ParticipantStatus status;

  @NotNull(message = "{relais.required}")
  private Profession profession;

  @NotNull(message = "{relais.required}")
  private WorkplaceType workplaceType;

  @NotNull(message = "{relais.required}")
  private Region region;

  @AssertTrue(message = "{relais.consent.required}")
  private boolean privacyConsent;

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
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

  public boolean isPrivacyConsent() {
    return privacyConsent;
  }

  public void setPrivacyConsent(boolean privacyConsent) {
    this.privacyConsent = privacyConsent;
  }
}
