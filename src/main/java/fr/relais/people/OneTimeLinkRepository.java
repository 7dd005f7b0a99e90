package fr.relais.people;

import fr.relais.kernel.NativeSql;
import fr.relais.kernel.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The links sent by e-mail that work once (password reset, e-mail change): found by the hash of
 * their token, only while unused and unexpired.
 */
@ApplicationScoped
public class OneTimeLinkRepository {

  /** A table of such links, with the columns a caller reads (the link's id first). */
  enum Links {
    PASSWORD_RESET("password_reset", "id, account_id"),
    EMAIL_CHANGE("email_change", "id, account_id, new_email");

    private final String table;
    private final String columns;

    Links(String table, String columns) {
      this.table = table;
      this.columns = columns;
    }
  }

  @PersistenceContext private EntityManager em;

  /** The open link's columns, locked for this transaction when asked; null when there is none. */
  Object[] open(Links links, String token, Instant now, boolean lock) {
    List<Object[]> rows =
        NativeSql.rows(
            em.createNativeQuery(
                """
                SELECT %s FROM %s
                WHERE token_hash = ? AND used_at IS NULL
                AND expires_at > CAST(? AS timestamptz)%s
                """
                    .formatted(links.columns, links.table, (lock ? " FOR UPDATE" : ""))),
            Tokens.hash(token),
            Timestamp.from(now));
    return rows.isEmpty() ? null : rows.get(0);
  }
}
