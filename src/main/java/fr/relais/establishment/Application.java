package fr.relais.establishment;

import fr.relais.people.Region;
import fr.relais.site.SiteKind;
import java.io.Serializable;

/**
 * What a visitor types on "Organiser une journée dans mon établissement": their establishment (a
 * listed one, or a new one described), themselves, and their first request. Checked by {@link
 * ApplicationRules}, then by {@link ContactOnboardingService} for what needs the database.
 */
public class Application implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long siteId;
  private boolean unlisted;
  private String siteName;
  private SiteKind siteKind;
  private String address;
  private String postalCode;
  private String city;
  private Region region;

  private String firstName;
  private String lastName;
  private String email;
  private String jobTitle;
  private String phone;
  private String password;
  private boolean privacyConsent;

  private final RequestDraft request = new RequestDraft();

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public boolean isUnlisted() {
    return unlisted;
  }

  public void setUnlisted(boolean unlisted) {
    this.unlisted = unlisted;
  }

  public String getSiteName() {
    return siteName;
  }

  public void setSiteName(String siteName) {
    this.siteName = siteName;
  }

  public SiteKind getSiteKind() {
    return siteKind;
  }

  public void setSiteKind(SiteKind siteKind) {
    this.siteKind = siteKind;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

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

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isPrivacyConsent() {
    return privacyConsent;
  }

  public void setPrivacyConsent(boolean privacyConsent) {
    this.privacyConsent = privacyConsent;
  }

  public RequestDraft getRequest() {
    return request;
  }
}
