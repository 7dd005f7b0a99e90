package fr.relais.site;

import fr.relais.people.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a coordinator types to describe a site. */
public class SiteForm implements java.io.Serializable {

  @NotBlank(message = "{relais.required}")
  @Size(max = 120, message = "{relais.tooLong}")
  private String name;

  @NotNull(message = "{relais.required}")
  private SiteKind kind;

  @Size(max = 200, message = "{relais.tooLong}")
  private String address;

  @Pattern(regexp = "^\\s*(\\d{5})?\\s*$", message = "{relais.postalCode.invalid}")
  private String postalCode;

  @Size(max = 80, message = "{relais.tooLong}")
  private String city;

  private Region region;

  /** Staff e-mail domain of a partner establishment ("chu-exemple.fr"), optional. */
  @Pattern(
      regexp = "^\\s*([a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+)?\\s*$",
      message = "{relais.domain.invalid}")
  @Size(max = 120, message = "{relais.tooLong}")
  private String emailDomain;

  private Sector sector;

  public static SiteForm of(Site site) {
    SiteForm form = new SiteForm();
    form.name = site.getName();
    form.kind = site.getKind();
    form.address = site.getAddress();
    form.postalCode = site.getPostalCode();
    form.city = site.getCity();
    form.region = site.getRegion();
    form.emailDomain = site.getEmailDomain();
    form.sector = site.getSector();
    return form;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SiteKind getKind() {
    return kind;
  }

  public void setKind(SiteKind kind) {
    this.kind = kind;
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

  public String getEmailDomain() {
    return emailDomain;
  }

  public void setEmailDomain(String emailDomain) {
    this.emailDomain = emailDomain;
  }

  /** Public or private employer (BPF income lines C-1 / C-3, trainee lines F-1 a / e). */
  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  /**
   * The sector stored: none for a place that is not an establishment; what was chosen, or for a
   * hospital or a university public and for a clinic private when nothing was. A nursing home may
   * be either: empty when not chosen.
   */
  public Sector effectiveSector() {
    if (kind == null || !kind.isEstablishment()) {
      return null;
    }
    if (sector != null) {
      return sector;
    }
    return switch (kind) {
      case HOSPITAL, UNIVERSITY -> Sector.PUBLIC;
      case CLINIC -> Sector.PRIVATE;
      default -> null;
    };
  }
}
