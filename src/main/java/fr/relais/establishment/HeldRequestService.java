package fr.relais.establishment;

import fr.relais.attendance.SessionCompleted;
import fr.relais.people.Caller;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relais moves a scheduled request to HELD itself ({@link HeldRule}): when the last of its sessions
 * is completed (in that completing transaction), and by an hourly sweep for days whose sessions
 * ended without anyone completing them. Through {@link RequestMoves}, as the RELAIS side: the
 * history says "system", both sides are mailed, the client's opinion is asked.
 */
@Stateless
public class HeldRequestService {

  @PersistenceContext private EntityManager em;
  @Inject private EstablishmentRepository repository;
  @Inject private RequestMoves moves;
  @Inject private Clock clock;

  /** A session was completed: its request may now be held. */
  public void onCompleted(@Observes SessionCompleted completed) {
    List<?> request =
        em.createNativeQuery(
                """
                SELECT r.id FROM session s JOIN establishment_request r
                ON r.id = s.establishment_request_id
                WHERE s.id = ? AND r.status = 'SCHEDULED'
                """)
            .setParameter(1, completed.sessionId())
            .getResultList();
    if (!request.isEmpty()) {
      em.flush(); // the completed session's status, for the query below
      sweep(((Number) request.get(0)).longValue(), clock.instant());
    }
  }

  /** Every scheduled request whose days are over becomes held; returns how many did. */
  public int sweep(Instant now) {
    return sweep(null, now);
  }

  private int sweep(Long onlyRequest, Instant now) {
    Map<Long, List<HeldRule.Day>> days = new LinkedHashMap<>();
    for (Object[] row : scheduledSessions(onlyRequest)) {
      days.computeIfAbsent(((Number) row[0]).longValue(), r -> new java.util.ArrayList<>())
          .add(new HeldRule.Day(SessionStatus.valueOf((String) row[1]), instant(row[2])));
    }
    int held = 0;
    for (Map.Entry<Long, List<HeldRule.Day>> request : days.entrySet()) {
      if (HeldRule.isHeld(request.getValue(), now)) {
        EstablishmentRequest r = repository.request(request.getKey()).orElseThrow();
        if (r.getStatus() == RequestStatus.SCHEDULED) {
          moves.move(r, RequestStatus.HELD, RequestStatus.Side.RELAIS, Caller.system(), null);
          held++;
        }
      }
    }
    return held;
  }

  /** The sessions of scheduled requests (of one, or all): request id, status, end. */
  @SuppressWarnings("unchecked")
  private List<Object[]> scheduledSessions(Long onlyRequest) {
    var query =
        em.createNativeQuery(
            """
            SELECT r.id, s.status, s.ends_at FROM establishment_request r
            JOIN session s ON s.establishment_request_id = r.id
            WHERE r.status = 'SCHEDULED'%s
            ORDER BY r.id
            """
                .formatted((onlyRequest == null ? "" : " AND r.id = ?")));
    if (onlyRequest != null) {
      query.setParameter(1, onlyRequest);
    }
    return query.getResultList();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }
}
