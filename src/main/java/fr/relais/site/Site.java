package fr.relais.site;

import fr.relais.people.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Maison des soignants, a partner establishment, or the online "place". */
@Entity
@Table(name = "site")
public class Site implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private SiteKind kind;

  private String address;

  @Column(name = "postal_code")
  private String postalCode;

  private String city;

  @Enumerated(EnumType.STRING)
  private Region region;

  /** A partner's staff e-mail domain, e.g. "chu-exemple.fr"; null for the association's sites. */
  @Column(name = "email_domain")
  private String emailDomain;

  private boolean archived;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Version private long version;

  protected Site() {}

  public Site(String name, SiteKind kind, String city, Region region) {
    this.name = name;
    this.kind = kind;
    this.city = city;
    this.region = region;
  }

  public void locate(String address, String postalCode) {
    this.address = address;
    this.postalCode = postalCode;
  }

  public void rename(String name, SiteKind kind, String city, Region region) {
    this.name = name;
    this.kind = kind;
    this.city = city;
    this.region = region;
  }

  public void setArchived(boolean archived) {
    this.archived = archived;
  }

  public boolean isArchived() {
    return archived;
  }

  /**
   * A partner establishment whose staff a JADES day can be reserved for: one of the kinds that book
   * days, or any site with a staff e-mail domain.
   */
  public boolean isPartner() {
    return emailDomain != null || kind.isEstablishment();
  }

  public void setEmailDomain(String emailDomain) {
    this.emailDomain = emailDomain;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public SiteKind getKind() {
    return kind;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public Region getRegion() {
    return region;
  }

  public String getEmailDomain() {
    return emailDomain;
  }

  /** Public or private employer; null while unknown (a BPF data warning for its conventions). */
  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }
}
