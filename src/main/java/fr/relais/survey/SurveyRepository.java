package fr.relais.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Questionnaires, campaigns, invitations and responses in the database. */
@ApplicationScoped
public class SurveyRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Questionnaire> questionnaire(long id) {
    return Optional.ofNullable(em.find(Questionnaire.class, id));
  }

  public Optional<Questionnaire> instrument(String code) {
    return em.createQuery("SELECT q FROM Questionnaire q WHERE q.code = :c", Questionnaire.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /** The latest version of every questionnaire family, built-in instruments first. */
  public List<Questionnaire> questionnaires() {
    return em.createQuery(
            """
            SELECT q FROM Questionnaire q WHERE q.archived = false AND NOT EXISTS (
            SELECT n FROM Questionnaire n WHERE n.familyId = COALESCE(q.familyId, q.id)
            AND n.version > q.version) ORDER BY q.builtin DESC, q.titleFr
            """,
            Questionnaire.class)
        .getResultList();
  }

  public boolean hasResponses(long questionnaireId) {
    return em.createQuery(
                "SELECT COUNT(r) FROM Response r WHERE r.questionnaire.id = :q", Long.class)
            .setParameter("q", questionnaireId)
            .getSingleResult()
        > 0;
  }

  public Optional<Campaign> campaign(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id));
  }

  public List<Campaign> campaigns() {
    return em.createQuery(
            """
            SELECT c FROM Campaign c JOIN FETCH c.questionnaire LEFT JOIN FETCH c.session
            ORDER BY c.active DESC, c.createdAt DESC
            """,
            Campaign.class)
        .getResultList();
  }

  /** Active campaigns of these phases (the caller keeps those whose scope covers a session). */
  public List<Campaign> activeCampaigns(List<Phase> phases) {
    return em.createQuery(
            "SELECT c FROM Campaign c WHERE c.active = true AND c.phase IN :p", Campaign.class)
        .setParameter("p", phases)
        .getResultList();
  }

  public Optional<Invitation> invitation(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  public boolean invited(long campaignId, long accountId, Long sessionId) {
    var query =
        em.createQuery(
                """
                SELECT COUNT(i) FROM Invitation i WHERE i.campaign.id = :c AND i.account.id = :a%s
                """
                    .formatted(
                        (sessionId == null ? " AND i.session IS NULL" : " AND i.session.id = :s")),
                Long.class)
            .setParameter("c", campaignId)
            .setParameter("a", accountId);
    if (sessionId != null) {
      query.setParameter("s", sessionId);
    }
    return query.getSingleResult() > 0;
  }

  public Optional<Invitation> byTokenHash(String hash) {
    return em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :h", Invitation.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Open, unanswered invitations whose first mail or a reminder is due: a first reminder when the
   * first mail went at or before firstReminder, a second when the first reminder went at or before
   * secondReminder (SurveyTiming.lastMailDueBy).
   */
  public List<Invitation> due(Instant now, Instant firstReminder, Instant secondReminder) {
    // Locked until the caller's transaction ends, skipped by any other server sweeping at the same
    // time: each invitation is mailed by one server only.
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                """
                SELECT i.id FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id
                JOIN account a ON a.id = i.account_id
                WHERE NOT i.answered AND i.opens_at <= CAST(? AS timestamptz) AND c.active
                AND a.survey_mails -- turned off in "Mon compte"
                AND (i.mails_sent = 0
                OR (i.mails_sent = 1 AND i.last_mail_at <= CAST(? AS timestamptz))
                OR (i.mails_sent = 2 AND i.last_mail_at <= CAST(? AS timestamptz)))
                ORDER BY i.id LIMIT 200 FOR UPDATE OF i SKIP LOCKED
                """)
            .setParameter(1, java.sql.Timestamp.from(now))
            .setParameter(2, java.sql.Timestamp.from(firstReminder))
            .setParameter(3, java.sql.Timestamp.from(secondReminder))
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            """
            SELECT i FROM Invitation i JOIN FETCH i.account JOIN FETCH i.campaign
            WHERE i.id IN :ids ORDER BY i.id
            """,
            Invitation.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }

  /** A participant's invitations that are open, newest first. */
  public List<Invitation> openInvitations(long accountId, Instant now) {
    return em.createQuery(
            """
            SELECT i FROM Invitation i JOIN FETCH i.campaign c JOIN FETCH c.questionnaire
            LEFT JOIN FETCH i.session s LEFT JOIN FETCH s.activity
            WHERE i.account.id = :a AND i.answered = false AND i.opensAt <= :now
            AND c.active = true ORDER BY i.opensAt DESC
            """,
            Invitation.class)
        .setParameter("a", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  public Optional<Response> response(long campaignId, Long sessionId, String pseudonym) {
    var query =
        em.createQuery(
                """
                SELECT r FROM Response r WHERE r.campaign.id = :c AND r.pseudonym = :p%s
                """
                    .formatted(
                        (sessionId == null ? " AND r.sessionId IS NULL" : " AND r.sessionId = :s")),
                Response.class)
            .setParameter("c", campaignId)
            .setParameter("p", pseudonym);
    if (sessionId != null) {
      query.setParameter("s", sessionId);
    }
    return query.getResultStream().findFirst();
  }

  /** Someone's submitted answers to the built-in instruments, oldest first. */
  public List<Response> wellbeingOf(String pseudonym) {
    return em.createQuery(
            """
            SELECT r FROM Response r JOIN FETCH r.questionnaire q WHERE r.pseudonym = :p
            AND r.submitted = true AND q.builtin = true ORDER BY r.submittedOn, r.id
            """,
            Response.class)
        .setParameter("p", pseudonym)
        .getResultList();
  }

  /** Submitted responses of a campaign, for one session or all of them (sessionId null). */
  public List<Response> submitted(long campaignId, Long sessionId) {
    var query =
        em.createQuery(
                """
                SELECT r FROM Response r WHERE r.campaign.id = :c AND r.submitted = true%s
                ORDER BY r.id
                """
                    .formatted((sessionId == null ? "" : " AND r.sessionId = :s")),
                Response.class)
            .setParameter("c", campaignId);
    if (sessionId != null) {
      query.setParameter("s", sessionId);
    }
    return query.getResultList();
  }

  /** Accounts present at least one half-day of a completed session (they hold a certificate). */
  public List<Long> attendees(long sessionId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                """
                SELECT r.account_id FROM certificate c JOIN registration r
                ON r.id = c.registration_id WHERE r.session_id = ? ORDER BY r.account_id
                """)
            .setParameter(1, sessionId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Published and completed sessions from three months before {@code now} to three months after,
   * for choosing a campaign's session.
   */
  public List<fr.relais.scheduling.Session> sessionsAround(Instant now) {
    Instant from = now.minus(java.time.Duration.ofDays(92));
    Instant to = now.plus(java.time.Duration.ofDays(92));
    return em.createQuery(
            """
            SELECT s FROM Session s JOIN FETCH s.activity WHERE s.startsAt BETWEEN :f AND :t
            AND s.status IN (fr.relais.scheduling.SessionStatus.PUBLISHED,
            fr.relais.scheduling.SessionStatus.COMPLETED) ORDER BY s.startsAt
            """,
            fr.relais.scheduling.Session.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  public <T> T find(Class<T> type, long id) {
    return em.find(type, id);
  }

  public void persist(Object entity) {
    em.persist(entity);
    em.flush();
  }
}
