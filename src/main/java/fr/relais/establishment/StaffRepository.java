package fr.relais.establishment;

import fr.relais.kernel.Disclosure;
import fr.relais.scheduling.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The queries behind an establishment's staff: the sessions a request became, who was invited, who
 * registered. Parameters only. The session's link to its request is read in SQL
 * (session.establishment_request_id), so this area needs nothing of the session entity.
 */
@ApplicationScoped
public class StaffRepository {

  @PersistenceContext private EntityManager em;

  /** The request's sessions, cancelled ones left out, earliest first. */
  public List<Session> sessions(long requestId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                """
                SELECT id FROM session WHERE establishment_request_id = ?
                AND status <> 'CANCELLED' ORDER BY starts_at, id
                """)
            .setParameter(1, requestId)
            .getResultList();
    return ids.stream().map(id -> em.find(Session.class, id.longValue())).toList();
  }

  /** The request the session was made for, if any. */
  public Long requestOf(long sessionId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT establishment_request_id FROM session WHERE id = ?")
            .setParameter(1, sessionId)
            .getResultList();
    return ids.isEmpty() || ids.get(0) == null ? null : ids.get(0).longValue();
  }

  /** Staff imports of one request queue here, so two at once never overrun the seats. */
  public void lock(long requestId) {
    em.createNativeQuery("SELECT id FROM establishment_request WHERE id = ? FOR UPDATE")
        .setParameter(1, requestId)
        .getResultList();
  }

  public List<StaffInvitation> invitations(long requestId) {
    return em.createQuery(
            """
            SELECT i FROM StaffInvitation i WHERE i.request.id = :request
            ORDER BY i.lastName, i.firstName, i.email
            """,
            StaffInvitation.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  public Set<String> invitedEmails(long requestId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT i.email FROM StaffInvitation i WHERE i.request.id = :request", String.class)
            .setParameter("request", requestId)
            .getResultList());
  }

  /** The e-mails of people holding or waiting for a seat in the request's sessions. */
  public Set<String> registeredEmails(long requestId) {
    @SuppressWarnings("unchecked")
    List<String> emails =
        em.createNativeQuery(
                """
                SELECT DISTINCT lower(a.email) FROM registration r
                JOIN account a ON a.id = r.account_id
                JOIN session s ON s.id = r.session_id
                WHERE s.establishment_request_id = ? AND r.status <> 'CANCELLED'
                """)
            .setParameter(1, requestId)
            .getResultList();
    return new HashSet<>(emails);
  }

  /** Stores one invitation unless the e-mail already is; true when it was stored now. */
  public boolean invite(
      long requestId, StaffList.Row row, Long accountId, String invitedBy, Instant invitedAt) {
    return em.createNativeQuery(
                """
                INSERT INTO staff_invitation (request_id, email, first_name, last_name, profession,
                account_id, invited_at, invited_by) VALUES (?, ?, ?, ?, ?, CAST(? AS bigint), ?, ?)
                ON CONFLICT (request_id, email) DO NOTHING
                """)
            .setParameter(1, requestId)
            .setParameter(2, row.email())
            .setParameter(3, row.firstName())
            .setParameter(4, row.lastName())
            .setParameter(5, row.profession() == null ? null : row.profession().name())
            .setParameter(6, accountId)
            .setParameter(7, Timestamp.from(invitedAt))
            .setParameter(8, invitedBy)
            .executeUpdate()
        == 1;
  }

  /** Links the invitations of that address to the account that now holds a seat. */
  public void link(long sessionId, long accountId) {
    em.createNativeQuery(
            """
            UPDATE staff_invitation i SET account_id = a.id FROM account a, session s
            WHERE a.id = ? AND s.id = ? AND i.request_id = s.establishment_request_id
            AND i.email = lower(a.email) AND i.account_id IS NULL
            """)
        .setParameter(1, accountId)
        .setParameter(2, sessionId)
        .executeUpdate();
  }

  /** The hot satisfaction of the request's days, aggregated in SQL; nothing per person. */
  public StaffView.Satisfaction satisfaction(long requestId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    """
                    SELECT count(DISTINCT sr.id),
                    avg(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0))
                    FILTER (WHERE qi.type = 'LIKERT' AND ch.hi > ch.lo),
                    count(*) FILTER (WHERE qi.scale = 'objectives'
                    AND sa.number_value >= ch.lo + 0.75 * (ch.hi - ch.lo)),
                    count(*) FILTER (WHERE qi.scale = 'objectives'),
                    avg(sa.number_value) FILTER (WHERE qi.type = 'RATING')
                    FROM survey_response sr
                    JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'HOT'
                    JOIN session s ON s.id = sr.session_id
                    AND s.establishment_request_id = ?
                    JOIN survey_answer sa ON sa.response_id = sr.id
                    AND sa.number_value IS NOT NULL
                    JOIN questionnaire_item qi ON qi.id = sa.item_id
                    LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi
                    FROM item_choice GROUP BY item_id) ch ON ch.item_id = qi.id
                    WHERE sr.submitted
                    """)
                .setParameter(1, requestId)
                .getSingleResult();
    long n = ((Number) r[0]).longValue();
    if (!Disclosure.showable(n)) {
      return new StaffView.Satisfaction(0, false, null, null, null);
    }
    long objectives = ((Number) r[3]).longValue();
    return new StaffView.Satisfaction(
        n,
        true,
        r[1] == null ? null : round(((Number) r[1]).doubleValue()),
        objectives == 0 ? null : (int) Math.round(100.0 * ((Number) r[2]).longValue() / objectives),
        r[4] == null ? null : round(((Number) r[4]).doubleValue()));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
