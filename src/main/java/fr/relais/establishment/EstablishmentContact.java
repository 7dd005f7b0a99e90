package fr.relais.establishment;

import fr.relais.people.Account;
import fr.relais.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who acts for one establishment: asks for days, accepts conventions, sends staff. */
@Entity
@Table(name = "establishment_contact")
public class EstablishmentContact implements java.io.Serializable {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @MapsId
  @OneToOne
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @Enumerated(EnumType.STRING)
  private ContactStatus status;

  @Column(name = "job_title")
  private String jobTitle;

  private String phone;

  /** Hash of the mailed confirmation link's token, while the address is unconfirmed. */
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "token_expires_at")
  private Instant tokenExpiresAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  /** The public form created the site for this contact: it opens when they are accepted. */
  @Column(name = "created_site")
  private boolean createdSite;

  @Version private long version;

  protected EstablishmentContact() {}

  public EstablishmentContact(
      Account account, Site site, ContactStatus status, String jobTitle, Instant createdAt) {
    this.account = account;
    this.site = site;
    this.status = status;
    this.jobTitle = jobTitle;
    this.createdAt = createdAt;
  }

  /** Waits for the mailed link: only the token's hash is kept. */
  public void awaitConfirmation(String tokenHash, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.tokenExpiresAt = expiresAt;
  }

  /** The address is confirmed: a coordinator checks the contact next. */
  public void confirmAddress() {
    this.status = ContactStatus.REVIEW_PENDING;
    this.tokenHash = null;
    this.tokenExpiresAt = null;
  }

  /** A coordinator's decision. */
  public void review(boolean accepted, String by, Instant at) {
    this.status = accepted ? ContactStatus.ACTIVE : ContactStatus.REFUSED;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  public boolean isActive() {
    return status == ContactStatus.ACTIVE;
  }

  /** The site was created by this contact's application (archived until they are accepted). */
  public void markSiteCreated() {
    this.createdSite = true;
  }

  public boolean isCreatedSite() {
    return createdSite;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Account getAccount() {
    return account;
  }

  public Site getSite() {
    return site;
  }

  public ContactStatus getStatus() {
    return status;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public String getPhone() {
    return phone;
  }

  public Instant getTokenExpiresAt() {
    return tokenExpiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }
}
