package fr.relais.quiz;

import fr.relais.kernel.NativeSql;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the quiz page lists: coordinators see every training action (with or without a quiz, a DPC
 * action number) and the training sessions of the last year and next three months; trainers see
 * only the training sessions they lead.
 */
@Stateless
public class QuizHubService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public record ActivityRow(long id, String title, boolean quiz, String andpcAction)
      implements java.io.Serializable {}

  public record SessionRow(
      long id, String activity, Instant startsAt, String status, boolean dpc, long attempts)
      implements java.io.Serializable {}

  public List<ActivityRow> activities(Caller caller) {
    caller.mustCoordinate();
    List<ActivityRow> all = new ArrayList<>();
    for (Object[] r :
        rows(
            """
            SELECT a.id, a.title, EXISTS (SELECT 1 FROM quiz q WHERE q.activity_id = a.id),
            a.andpc_action FROM activity a WHERE a.purpose = 'TRAINING' AND NOT a.archived
            ORDER BY a.title
            """,
            List.of())) {
      all.add(
          new ActivityRow(
              ((Number) r[0]).longValue(),
              (String) r[1],
              Boolean.TRUE.equals(r[2]),
              (String) r[3]));
    }
    return all;
  }

  public List<SessionRow> sessions(Caller caller) {
    if (!caller.isCoordinator() && !caller.has(Role.TRAINER)) {
      caller.mustCoordinate();
    }
    Instant now = clock.instant();
    List<Object> parameters = new ArrayList<>();
    parameters.add(Timestamp.from(now.minus(Duration.ofDays(400))));
    parameters.add(Timestamp.from(now.plus(Duration.ofDays(92))));
    String mine = "";
    if (!caller.isCoordinator()) {
      mine =
          " AND EXISTS (SELECT 1 FROM session_trainer t WHERE t.session_id = s.id AND t.account_id = ?)";
      parameters.add(caller.accountId());
    }
    List<SessionRow> all = new ArrayList<>();
    for (Object[] r :
        rows(
            """
            SELECT s.id, a.title, s.starts_at, s.status, a.andpc_action IS NOT NULL,
            (SELECT count(*) FROM quiz_attempt q WHERE q.session_id = s.id)
            FROM session s JOIN activity a ON a.id = s.activity_id
            WHERE a.purpose = 'TRAINING' AND s.status IN ('PUBLISHED', 'COMPLETED')
            AND s.starts_at >= ? AND s.starts_at < ?%s
            ORDER BY s.starts_at DESC LIMIT 200
            """
                .formatted(mine),
            parameters)) {
      all.add(
          new SessionRow(
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Timestamp) r[2]).toInstant(),
              (String) r[3],
              Boolean.TRUE.equals(r[4]),
              ((Number) r[5]).longValue()));
    }
    return all;
  }

  private List<Object[]> rows(String sql, List<Object> parameters) {
    return NativeSql.rows(em.createNativeQuery(sql), parameters.toArray());
  }
}
