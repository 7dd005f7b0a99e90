package fr.relais.establishment;

import fr.relais.people.Account;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a convention de formation. Its PDF is written once, when it is proposed, with the
 * SHA-256 of those bytes: the contact downloads and accepts exactly that file. Proposed, it may be
 * withdrawn for a new version; accepted, it also says who accepted and when, and may only be
 * superseded by a later accepted version. The database refuses any other change (sql/V17).
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

  /** Where, as written in the convention (room and address, or "à distance"). */
  private String place;

  /** The trainers' names, as written in the convention. */
  private String trainers;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "convention_day", joinColumns = @JoinColumn(name = "convention_id"))
  @OrderColumn(name = "position")
  private List<ConventionDay> days = new ArrayList<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  /** The PDF as proposed, the very bytes the contact reads and accepts. */
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
      Written written,
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
    this.place = written.place();
    this.trainers = written.trainers();
    this.days = new ArrayList<>(written.days());
    this.pdf = written.pdf();
    this.sha256 = written.sha256();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** What a version holds beyond its terms: days, place, trainers, and its PDF with its hash. */
  public record Written(
      List<ConventionDay> days, String place, String trainers, byte[] pdf, String sha256) {}

  /** The contact accepts this version (its PDF and hash are those it was proposed with). */
  void accept(Account by, Instant at) {
    this.status = ConventionStatus.ACCEPTED;
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
    return Prices.of(priceCents, priceBasis, vat, days, trainees).includingVat();
  }

  /** The price of this version, over its own days. */
  public Prices.Price price() {
    return Prices.of(priceCents, priceBasis, vat, days.size(), trainees);
  }

  /** Its length in minutes, every day added up. */
  public long minutes() {
    return days.stream().mapToLong(ConventionDay::minutes).sum();
  }

  public String getPlace() {
    return place;
  }

  public String getTrainers() {
    return trainers;
  }

  public List<ConventionDay> getDays() {
    return List.copyOf(days);
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
