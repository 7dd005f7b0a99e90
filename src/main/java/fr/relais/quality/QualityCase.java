package fr.relais.quality;

import fr.relais.kernel.i18n.Language;
import fr.relais.people.Account;
import fr.relais.programme.Activity;
import fr.relais.scheduling.Session;
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
 * A complaint, difficulty or incident of the register (Qualiopi indicator 31). Its status moves
 * only through {@link CaseStatus}; every step is a {@link CaseEvent} line. Erasure empties the
 * submitter (account, name, address) and keeps the facts.
 */
@Entity
@Table(name = "quality_case")
public class QualityCase implements java.io.Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String reference;

  @Enumerated(EnumType.STRING)
  private CaseKind kind;

  @Enumerated(EnumType.STRING)
  private CaseStatus status = CaseStatus.RECEIVED;

  @Enumerated(EnumType.STRING)
  private Qualification qualification;

  @Enumerated(EnumType.STRING)
  private Severity severity;

  @ManyToOne
  @JoinColumn(name = "activity_id")
  private Activity activity;

  @ManyToOne
  @JoinColumn(name = "session_id")
  private Session session;

  private String text;

  @ManyToOne
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "submitter_name")
  private String submitterName;

  @Column(name = "submitter_email")
  private String submitterEmail;

  @Column(name = "recorded_by_staff")
  private boolean recordedByStaff;

  @Enumerated(EnumType.STRING)
  private Language language = Language.FR;

  @Column(name = "follow_hash")
  private String followHash;

  private String answer;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "qualified_at")
  private Instant qualifiedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  private boolean erased;

  @Version private long version;

  protected QualityCase() {}

  QualityCase(String reference, CaseKind kind, String text, Instant submittedAt) {
    this.reference = reference;
    this.kind = kind;
    this.text = text;
    this.submittedAt = submittedAt;
  }

  void concerns(Activity activity, Session session) {
    this.session = session;
    this.activity = session != null ? session.getActivity() : activity;
  }

  void submittedBy(Account account, String name, String email, Language language) {
    this.account = account;
    this.submitterName = name;
    this.submitterEmail = email;
    this.language = language;
  }

  void recordedByStaff(Account author) {
    this.account = author;
    this.recordedByStaff = true;
  }

  void follow(String hash) {
    this.followHash = hash;
  }

  /** Whether there is someone to acknowledge and answer: a submitter who is not staff. */
  public boolean isAnswerable() {
    return !recordedByStaff && !erased && recipient() != null;
  }

  /** The address mails go to: the account's, or the visitor's. */
  public String recipient() {
    return account != null ? account.getEmail() : submitterEmail;
  }

  void move(CaseStatus to) {
    this.status = to;
  }

  void qualify(Qualification qualification, Severity severity, Instant at) {
    this.qualification = qualification;
    this.severity = severity;
    if (qualifiedAt == null) {
      qualifiedAt = at;
    }
  }

  void rate(Severity severity) {
    this.severity = severity;
  }

  void answer(String answer, Instant at) {
    this.answer = this.answer == null ? answer : this.answer + "\n\n" + answer;
    this.answeredAt = at;
  }

  void close(Instant at) {
    this.closedAt = at;
  }

  /** Erasure: the submitter goes, the facts stay. */
  void erase() {
    if (!recordedByStaff) {
      this.account = null;
    }
    this.submitterName = null;
    this.submitterEmail = null;
    this.followHash = null;
    this.erased = !recordedByStaff;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public CaseKind getKind() {
    return kind;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public Severity getSeverity() {
    return severity;
  }

  public Activity getActivity() {
    return activity;
  }

  public Session getSession() {
    return session;
  }

  public String getText() {
    return text;
  }

  public Account getAccount() {
    return account;
  }

  /** Who submitted it, as shown to coordinators. */
  public String getSubmitter() {
    if (account != null) {
      return account.getDisplayName();
    }
    return submitterName;
  }

  public String getSubmitterEmail() {
    return recipient();
  }

  public boolean isRecordedByStaff() {
    return recordedByStaff;
  }

  public Language getLanguage() {
    return language;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getQualifiedAt() {
    return qualifiedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public boolean isErased() {
    return erased;
  }
}
