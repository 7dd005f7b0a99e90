package fr.relais.people;

import fr.relais.kernel.NativeSql;
import fr.relais.kernel.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The links sent by e-mail that work once (password reset, e-mail change): found by the hash of
 * their token, only while unused and unexpired.
 */
@ApplicationScoped
public class OneTimeLinkRepository {

  /** A table of such links, with the columns of an {@link OpenLink}. */
  enum Links {
    PASSWORD_RESET("password_reset", "id, account_id, NULL::text AS new_email"),
    EMAIL_CHANGE("email_change", "id, account_id, new_email");

    private final String table;
    private final String columns;

    Links(String table, String columns) {
      this.table = table;
      this.columns = columns;
    }
  }

  @PersistenceContext private EntityManager em;

  /** A link still open: whose it is, and for an e-mail change the new address. */
  record OpenLink(long id, long accountId, String newEmail) {}

  /** The open link, locked for this transaction when asked. */
  Optional<OpenLink> open(Links links, String token, Instant now, boolean lock) {
    return NativeSql.records(
            em.createNativeQuery(
                """
                SELECT %s FROM %s
                WHERE token_hash = ? AND used_at IS NULL
                AND expires_at > CAST(? AS timestamptz)%s
                """
                    .formatted(links.columns, links.table, (lock ? " FOR UPDATE" : ""))),
            OpenLink.class,
            Tokens.hash(token),
            Timestamp.from(now))
        .stream()
        .findFirst();
  }
}
