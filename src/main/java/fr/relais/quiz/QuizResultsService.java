package fr.relais.quiz;

import fr.relais.kernel.NativeSql;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's quiz results (indicator 11's evidence): the mean score before and after, the share of
 * right answers per objective before and after, and each participant's two scores. For the
 * session's own trainers and coordinators. Only confirmed registrations count; attempts of an
 * erased person count in the figures but name nobody.
 */
@Stateless
public class QuizResultsService {

  @PersistenceContext private EntityManager em;

  /** Mean as a percentage of the total, null when nobody answered. */
  public record Phase(int respondents, Double meanPercent) implements java.io.Serializable {}

  public record Objective(String text, Double beforePercent, Double afterPercent)
      implements java.io.Serializable {}

  public record Participant(
      long registrationId, String name, Integer before, Integer after, int total)
      implements java.io.Serializable {}

  public record Session(
      long sessionId,
      String activity,
      java.time.Instant startsAt,
      boolean planned,
      Phase before,
      Phase after,
      List<Objective> objectives,
      List<Participant> participants)
      implements java.io.Serializable {}

  public Session of(Caller caller, long sessionId) {
    Object[] s =
        one(
            """
            SELECT a.title, s.starts_at, a.id FROM session s JOIN activity a ON a.id = s.activity_id
            WHERE s.id = ?
            """,
            sessionId);
    caller.mustCoordinateOrBe(leads(caller.accountId(), sessionId));
    boolean planned =
        !em.createNativeQuery("SELECT 1 FROM quiz WHERE activity_id = ?")
            .setParameter(1, ((Number) s[2]).longValue())
            .getResultList()
            .isEmpty();
    return new Session(
        sessionId,
        (String) s[0],
        ((java.sql.Timestamp) s[1]).toInstant(),
        planned,
        phase(sessionId, QuizPhase.BEFORE),
        phase(sessionId, QuizPhase.AFTER),
        objectives(sessionId),
        participants(sessionId));
  }

  private Phase phase(long sessionId, QuizPhase phase) {
    Object[] r =
        one(
            """
            SELECT count(*), avg(100.0 * score / total) FROM quiz_attempt WHERE session_id = ?
            AND phase = ?
            """,
            sessionId,
            phase.name());
    int n = ((Number) r[0]).intValue();
    return new Phase(n, n == 0 ? null : ((Number) r[1]).doubleValue());
  }

  private List<Objective> objectives(long sessionId) {
    Map<String, Double[]> by = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            """
            SELECT qa.objective, t.phase, avg(CASE WHEN qa.correct THEN 100.0 ELSE 0 END),
            min(qa.id) FROM quiz_answer qa JOIN quiz_attempt t ON t.id = qa.attempt_id
            WHERE t.session_id = ? GROUP BY qa.objective, t.phase ORDER BY min(qa.id)
            """,
            sessionId)) {
      Double[] pair = by.computeIfAbsent((String) r[0], k -> new Double[2]);
      pair["BEFORE".equals(r[1]) ? 0 : 1] = ((Number) r[2]).doubleValue();
    }
    List<Objective> all = new ArrayList<>();
    by.forEach((text, p) -> all.add(new Objective(text, p[0], p[1])));
    return all;
  }

  private List<Participant> participants(long sessionId) {
    List<Participant> all = new ArrayList<>();
    for (Object[] r :
        rows(
            """
            SELECT r.id, a.last_name || ' ' || a.first_name,
            (SELECT score FROM quiz_attempt WHERE registration_id = r.id AND phase = 'BEFORE'),
            (SELECT score FROM quiz_attempt WHERE registration_id = r.id AND phase = 'AFTER'),
            (SELECT max(total) FROM quiz_attempt WHERE registration_id = r.id)
            FROM registration r JOIN account a ON a.id = r.account_id
            WHERE r.session_id = ? AND r.status = 'CONFIRMED'
            ORDER BY a.last_name, a.first_name, r.id
            """,
            sessionId)) {
      all.add(
          new Participant(
              ((Number) r[0]).longValue(),
              (String) r[1],
              r[2] == null ? null : ((Number) r[2]).intValue(),
              r[3] == null ? null : ((Number) r[3]).intValue(),
              r[4] == null ? 0 : ((Number) r[4]).intValue()));
    }
    return all;
  }

  /** Training sessions held in [from, to) whose action has a quiz, in order: the binder's list. */
  public List<Long> sessionsWithQuiz(java.time.Instant from, java.time.Instant to) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                """
                SELECT s.id FROM session s JOIN activity a ON a.id = s.activity_id
                WHERE s.status = 'COMPLETED' AND a.purpose = 'TRAINING'
                AND s.starts_at >= ? AND s.starts_at < ?
                AND EXISTS (SELECT 1 FROM quiz q WHERE q.activity_id = a.id)
                ORDER BY s.starts_at, s.id
                """)
            .setParameter(1, java.sql.Timestamp.from(from))
            .setParameter(2, java.sql.Timestamp.from(to))
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private boolean leads(long accountId, long sessionId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM session_trainer WHERE session_id = ? AND account_id = ?")
        .setParameter(1, sessionId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }

  private Object[] one(String sql, Object... parameters) {
    List<Object[]> found = rows(sql, parameters);
    if (found.isEmpty()) {
      throw new NotFoundException("session");
    }
    return found.get(0);
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    return NativeSql.rows(em.createNativeQuery(sql), parameters);
  }
}
