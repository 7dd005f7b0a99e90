package fr.relais.survey;

import fr.relais.people.Account;
import fr.relais.scheduling.Session;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone asked to answer a campaign (for one session, or once for a wellbeing programme): when it
 * opens, the mails sent, whether they have answered, the hash of the mail link's token. What they
 * answered is elsewhere, under a pseudonym.
 */
@Entity
@Table(name = "survey_invitation")
public class Invitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne
  @JoinColumn(name = "session_id")
  private Session session;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "mails_sent")
  private int mailsSent;

  @Column(name = "last_mail_at")
  private Instant lastMailAt;

  private boolean answered;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "token_expires_at")
  private Instant tokenExpiresAt;

  @Column(name = "token_used")
  private boolean tokenUsed;

  protected Invitation() {}

  public Invitation(Campaign campaign, Account account, Session session, Instant opensAt) {
    this.campaign = campaign;
    this.account = account;
    this.session = session;
    this.opensAt = opensAt;
  }

  /** A new mail goes out with a new link; the previous link stops working. */
  void mailed(String tokenHash, Instant at, Instant expires) {
    this.tokenHash = tokenHash;
    this.tokenExpiresAt = expires;
    this.tokenUsed = false;
    this.lastMailAt = at;
    this.mailsSent++;
  }

  void useToken() {
    this.tokenUsed = true;
  }

  void markAnswered() {
    this.answered = true;
  }

  public boolean isOpenAt(Instant now) {
    return !opensAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public Campaign getCampaign() {
    return campaign;
  }

  public Account getAccount() {
    return account;
  }

  public Session getSession() {
    return session;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public int getMailsSent() {
    return mailsSent;
  }

  public Instant getLastMailAt() {
    return lastMailAt;
  }

  public boolean isAnswered() {
    return answered;
  }

  public Instant getTokenExpiresAt() {
    return tokenExpiresAt;
  }

  public boolean isTokenUsed() {
    return tokenUsed;
  }
}
