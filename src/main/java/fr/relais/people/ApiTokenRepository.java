package fr.relais.people;

import fr.relais.kernel.api.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** API tokens in the database; the lookup of a token call and the record of its use. */
@ApplicationScoped
public class ApiTokenRepository {

  @PersistenceContext private EntityManager em;

  /** What a token call needs to know, read in one statement through the unique index. */
  public record Holder(
      long tokenId,
      String email,
      Set<Role> roles,
      Set<Scope> scopes,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt) {}

  /** The active account holding the token with this hash, with its roles; empty if none. */
  public Optional<Holder> holderOf(String tokenHash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT t.id, a.email, t.scopes, t.expires_at, t.revoked_at, t.last_used_at,
                (SELECT string_agg(r.role, ',') FROM account_role r
                WHERE r.account_id = a.id)
                FROM api_token t JOIN account a ON a.id = t.account_id
                WHERE t.token_hash = ? AND a.deactivated_at IS NULL
                AND a.erased_at IS NULL
                """)
            .setParameter(1, tokenHash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (row[6] != null) {
      Arrays.stream(((String) row[6]).split(",")).map(Role::valueOf).forEach(roles::add);
    }
    return Optional.of(
        new Holder(
            ((Number) row[0]).longValue(),
            (String) row[1],
            roles,
            ApiTokenRules.parse((String) row[2]),
            instant(row[3]),
            instant(row[4]),
            instant(row[5])));
  }

  /** Writes a token's last use, unless another instance wrote it less than a minute ago. */
  @Transactional
  public void writeUse(long tokenId, Instant now) {
    em.createNativeQuery(
            """
            UPDATE api_token SET last_used_at = ? WHERE id = ?
            AND (last_used_at IS NULL OR last_used_at <= ?)
            """)
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, tokenId)
        .setParameter(3, Timestamp.from(now.minus(ApiTokenRules.USE_RECORDED_EVERY)))
        .executeUpdate();
  }

  public void persist(ApiToken token) {
    em.persist(token);
    em.flush();
  }

  public Optional<ApiToken> find(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  public List<ApiToken> ofAccount(long accountId) {
    return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
