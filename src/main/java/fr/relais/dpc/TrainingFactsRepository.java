package fr.relais.dpc;

import fr.relais.kernel.NativeSql;
import fr.relais.kernel.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What DPC documents say about a session and its participants, read from the facts: the action
 * (objectives, format, ANDPC numbers), its dates and break, and per confirmed registration the
 * person, their profession and numbers and the half-days they were present.
 */
@ApplicationScoped
public class TrainingFactsRepository {

  @PersistenceContext private EntityManager em;

  public record Session(
      long id,
      long activityId,
      String title,
      String format,
      String objectives,
      String purpose,
      String andpcAction,
      String andpcSession,
      Instant startsAt,
      Instant endsAt,
      int breakMinutes,
      List<String> trainers)
      implements java.io.Serializable {

    public boolean isTraining() {
      return "TRAINING".equals(purpose);
    }

    public boolean isDpc() {
      return andpcAction != null;
    }
  }

  public record Participant(
      long registrationId,
      long accountId,
      String firstName,
      String lastName,
      String profession,
      String rpps,
      String adeli,
      Set<Integer> presentHalfDays) {

    public String name() {
      return firstName + " " + lastName;
    }

    public boolean isPresent() {
      return !presentHalfDays.isEmpty();
    }

    public boolean isIdentified() {
      return rpps != null || adeli != null;
    }
  }

  public Session session(long sessionId) {
    List<Object[]> found =
        rows(
            """
            SELECT s.id, a.id, a.title, a.format, a.objectives, a.purpose, a.andpc_action,
            s.andpc_session, s.starts_at, s.ends_at, s.break_minutes
            FROM session s JOIN activity a ON a.id = s.activity_id WHERE s.id = ?
            """,
            sessionId);
    if (found.isEmpty()) {
      throw new NotFoundException("session " + sessionId);
    }
    Object[] r = found.get(0);
    @SuppressWarnings("unchecked")
    List<String> trainers =
        em.createNativeQuery(
                """
                SELECT a.first_name || ' ' || a.last_name FROM session_trainer t
                JOIN account a ON a.id = t.account_id WHERE t.session_id = ?
                ORDER BY a.last_name, a.first_name
                """)
            .setParameter(1, sessionId)
            .getResultList();
    return new Session(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        ((Timestamp) r[8]).toInstant(),
        ((Timestamp) r[9]).toInstant(),
        ((Number) r[10]).intValue(),
        trainers);
  }

  /** The session a registration is for. */
  public long sessionOf(long registrationId) {
    List<?> found =
        em.createNativeQuery("SELECT session_id FROM registration WHERE id = ?")
            .setParameter(1, registrationId)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("registration " + registrationId);
    }
    return ((Number) found.get(0)).longValue();
  }

  /** The confirmed registrations of a session, by name. */
  public List<Participant> participants(long sessionId) {
    return read(" WHERE r.session_id = ? AND r.status = 'CONFIRMED'", sessionId);
  }

  public Participant participant(long registrationId) {
    List<Participant> found = read(" WHERE r.id = ? AND r.status = 'CONFIRMED'", registrationId);
    if (found.isEmpty()) {
      throw new NotFoundException("registration " + registrationId);
    }
    return found.get(0);
  }

  private List<Participant> read(String where, long id) {
    List<Participant> all = new ArrayList<>();
    for (Object[] r :
        rows(
            """
            SELECT r.id, a.id, a.first_name, a.last_name, a.profession, a.rpps, a.adeli,
            (SELECT string_agg(t.half_day::text, ',') FROM attendance t
              WHERE t.registration_id = r.id AND t.status IN ('PRESENT', 'LATE'))
            FROM registration r JOIN account a ON a.id = r.account_id%s
            ORDER BY a.last_name, a.first_name, r.id
            """
                .formatted(where),
            id)) {
      Set<Integer> halves = new HashSet<>();
      if (r[7] != null) {
        for (String h : ((String) r[7]).split(",")) {
          halves.add(Integer.parseInt(h));
        }
      }
      all.add(
          new Participant(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              halves));
    }
    return all;
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    return NativeSql.rows(em.createNativeQuery(sql), parameters);
  }
}
