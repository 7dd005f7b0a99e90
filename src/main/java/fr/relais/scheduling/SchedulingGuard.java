package fr.relais.scheduling;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.TimeRange;
import fr.relais.people.Account;
import fr.relais.site.Room;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * No room and no trainer in two sessions at once. Looks for the conflict before writing (to name
 * the other session), then lets the database's exclusion constraints settle races: when a
 * concurrent save wins, the loser's flush fails and the conflict is looked up again, in a
 * transaction of its own, to name the winner.
 */
@Stateless
public class SchedulingGuard {

  private static final String EXCLUSION_VIOLATION = "23P01";
  private static final String CHECK_VIOLATION = "23514";
  // Two saves in one room and with one trainer can each wait on the other's exclusion check:
  // PostgreSQL
  // then aborts one of them, which lost the race as surely as with an exclusion violation.
  private static final String DEADLOCK_DETECTED = "40P01";

  @Inject private SessionRepository sessions;
  @Resource private SessionContext context;

  public void refuseConflicts(SessionPlan plan, Room room, Long except) {
    Optional<FieldError> conflict = conflict(plan, room, except);
    if (conflict.isPresent()) {
      throw new InvalidInput(List.of(conflict.get()));
    }
  }

  /** Writes pending changes; a constraint the database enforced becomes a clear refusal. */
  public void flush(SessionPlan plan, Long except) {
    try {
      sessions.flush();
    } catch (PersistenceException e) {
      String state = sqlState(e);
      if (EXCLUSION_VIOLATION.equals(state)
          || CHECK_VIOLATION.equals(state)
          || DEADLOCK_DETECTED.equals(state)) {
        FieldError error =
            context
                .getBusinessObject(SchedulingGuard.class)
                .conflictNow(plan, except)
                .orElse(new FieldError("start", "session.conflict.concurrent"));
        throw new InvalidInput(List.of(error));
      }
      throw e;
    }
  }

  /** Looks again, outside the failed transaction, once the concurrent save has committed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<FieldError> conflictNow(SessionPlan plan, Long except) {
    Room room = plan.roomId() == null ? null : sessions.room(plan.roomId());
    Optional<FieldError> conflict = conflict(plan, room, except);
    if (conflict.isEmpty() && room != null && plan.capacity() > room.getCapacity()) {
      return Optional.of(
          new FieldError("capacity", "session.capacity.aboveRoom", room.getCapacity()));
    }
    return conflict;
  }

  private Optional<FieldError> conflict(SessionPlan plan, Room room, Long except) {
    if (room != null) {
      Optional<Session> taken = sessions.roomTaken(room.getId(), plan.start(), plan.end(), except);
      if (taken.isPresent()) {
        Session other = taken.get();
        return Optional.of(
            new FieldError(
                "room",
                "session.conflict.room",
                room.getName(),
                other.getActivity().getTitle(),
                new TimeRange(other.getStartsAt(), other.getEndsAt())));
      }
    }
    return sessions
        .trainerTaken(plan.trainerIds(), plan.start(), plan.end(), except)
        .map(
            busy -> {
              Session other = busy.session();
              Account trainer = busy.trainer();
              return new FieldError(
                  "trainers",
                  "session.conflict.trainer",
                  trainer.getDisplayName(),
                  other.getActivity().getTitle(),
                  new TimeRange(other.getStartsAt(), other.getEndsAt()));
            });
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
