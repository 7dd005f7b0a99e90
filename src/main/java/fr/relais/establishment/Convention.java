package fr.relais.establishment;

import fr.relais.people.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of a convention de formation. Proposed, it may still be replaced by a new version;
 * accepted, it is frozen: the PDF as the contact read it, the SHA-256 of those bytes, who and when
 * (the database refuses any change, see sql/V15).
 */
@Entity
@Table(name = "convention")
public class Convention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private EstablishmentRequest request;

  /** 1 for the first version, then 2, 3… */
  private int number;

  @Enumerated(EnumType.STRING)
  private ConventionStatus status = ConventionStatus.PROPOSED;

  @Column(name = "price_cents")
  private long priceCents;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_basis")
  private PriceBasis priceBasis;

  @Enumerated(EnumType.STRING)
  private VatStatus vat;

  private int trainees;

  @Column(name = "payment_terms")
  private String paymentTerms;

  private String objectives;

  private String content;

  private String means;

  private String evaluation;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  /** The PDF exactly as accepted (null while proposed: it is written from the terms). */
  private byte[] pdf;

  private String sha256;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @ManyToOne
  @JoinColumn(name = "accepted_by_id")
  private Account acceptedBy;

  @Column(name = "accepted_by_name")
  private String acceptedByName;

  @Version private long version;

  protected Convention() {}

  public Convention(
      EstablishmentRequest request,
      int number,
      ConventionTerms terms,
      String createdBy,
      Instant createdAt) {
    this.request = request;
    this.number = number;
    this.priceCents = terms.priceCents();
    this.priceBasis = terms.priceBasis();
    this.vat = terms.vat();
    this.trainees = terms.trainees();
    this.paymentTerms = terms.paymentTerms();
    this.objectives = terms.objectives();
    this.content = terms.content();
    this.means = terms.means();
    this.evaluation = terms.evaluation();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Freezes this version: the exact PDF accepted, its hash, who and when. */
  void accept(byte[] pdf, String sha256, Account by, Instant at) {
    this.status = ConventionStatus.ACCEPTED;
    this.pdf = pdf;
    this.sha256 = sha256;
    this.acceptedBy = by;
    this.acceptedByName = by.getFirstName() + " " + by.getLastName();
    this.acceptedAt = at;
  }

  /** A later version replaces this one (kept, as it was). */
  void supersede() {
    this.status =
        status == ConventionStatus.ACCEPTED
            ? ConventionStatus.SUPERSEDED
            : ConventionStatus.WITHDRAWN;
  }

  public boolean isAccepted() {
    return acceptedAt != null;
  }

  public ConventionTerms terms() {
    return new ConventionTerms(
        priceCents,
        priceBasis,
        vat,
        trainees,
        paymentTerms,
        objectives,
        content,
        means,
        evaluation);
  }

  /** The price including VAT, in cents, for the whole convention. */
  public long totalCents(int days) {
    long base = priceBasis == PriceBasis.PER_DAY ? priceCents * days : priceCents * trainees;
    return base + base * vat.ratePercent() / 100;
  }

  public Long getId() {
    return id;
  }

  public EstablishmentRequest getRequest() {
    return request;
  }

  public int getNumber() {
    return number;
  }

  public ConventionStatus getStatus() {
    return status;
  }

  public long getPriceCents() {
    return priceCents;
  }

  public PriceBasis getPriceBasis() {
    return priceBasis;
  }

  public VatStatus getVat() {
    return vat;
  }

  public int getTrainees() {
    return trainees;
  }

  public String getPaymentTerms() {
    return paymentTerms;
  }

  public String getObjectives() {
    return objectives;
  }

  public String getContent() {
    return content;
  }

  public String getMeans() {
    return means;
  }

  public String getEvaluation() {
    return evaluation;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public byte[] getPdf() {
    return pdf;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Account getAcceptedBy() {
    return acceptedBy;
  }

  public String getAcceptedByName() {
    return acceptedByName;
  }
}
