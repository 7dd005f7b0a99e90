package fr.relais.bpf;

import fr.relais.scheduling.Session;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An income of a session other than its accepted convention (which counts by itself): individual
 * fees, public funding, a partner organisation's payment. The BPF's frame C sums them by source;
 * one without a source is a data warning before filing.
 */
@Entity
@Table(name = "session_income")
public class SessionIncome {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private Session session;

  @Enumerated(EnumType.STRING)
  private IncomeSource source;

  private String funder;

  @Column(name = "amount_cents")
  private long amountCents;

  private String note;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private long version;

  protected SessionIncome() {}

  public SessionIncome(Session session, long amountCents, Instant createdAt, String createdBy) {
    this.session = session;
    this.amountCents = amountCents;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** Says where the money comes from and who paid it. */
  public void attribute(IncomeSource source, String funder, String note) {
    this.source = source;
    this.funder = funder;
    this.note = note;
  }

  public void setAmountCents(long amountCents) {
    this.amountCents = amountCents;
  }

  public Long getId() {
    return id;
  }

  public Session getSession() {
    return session;
  }

  public IncomeSource getSource() {
    return source;
  }

  public String getFunder() {
    return funder;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
