package fr.relais.people;

import fr.relais.kernel.api.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * A person's API token (issue 18): its name, scopes and dates. The token itself is shown once, at
 * its creation; only its SHA-256 is kept.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.ofAccount",
    query = "SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.createdAt DESC, t.id")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  private String name;

  private String scopes;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(
      long accountId,
      String name,
      Set<Scope> scopes,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    this.accountId = accountId;
    this.name = name;
    this.scopes = ApiTokenRules.format(scopes);
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = when;
    }
  }

  /** Not revoked and not expired at this instant. */
  public boolean usableAt(Instant now) {
    return ApiTokenRules.usableAt(now, expiresAt, revokedAt);
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public Set<Scope> getScopes() {
    return ApiTokenRules.parse(scopes);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
