package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Caller;
import fr.relais.registration.SeatKeeper;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/**
 * The seat quota of an establishment's reserved session: its capacity. Coordinators change it; a
 * contact of the establishment too, up to the trainees of the accepted convention. Never below the
 * people already holding a seat, never above the room (the database's trigger guards it too); a
 * raise serves the waitlist at once, as any capacity change does.
 */
@Stateless
public class StaffQuotaService {

  @PersistenceContext private EntityManager em;
  @Inject private Contacts contacts;
  @Inject private StaffRepository queries;
  @Inject private EstablishmentRepository requests;
  @Inject private SeatKeeper seats;
  @Inject private AuditService audit;

  public Session change(Caller caller, long requestId, long sessionId, int capacity) {
    EstablishmentRequest request = contacts.readable(caller, requestId);
    Long owner = queries.requestOf(sessionId);
    if (owner == null || owner != requestId) {
      throw new NotFoundException("session " + sessionId);
    }
    Session session = em.find(Session.class, sessionId);
    if (session.getStatus() == SessionStatus.CANCELLED || session.getCompletedAt() != null) {
      throw new BusinessException("session.closed");
    }
    if (capacity < 1) {
      throw invalid("establishment.staff.quota.atLeastOne");
    }
    if (session.getRoom() != null && capacity > session.getRoom().getCapacity()) {
      throw invalid("establishment.staff.quota.aboveRoom", session.getRoom().getCapacity());
    }
    if (!caller.isCoordinator()) {
      int agreed = agreedTrainees(request);
      if (capacity > agreed) {
        throw invalid("establishment.staff.quota.aboveConvention", agreed);
      }
    }
    int studentSeats = Math.min(session.getStudentSeats(), capacity);
    seats.seatsChanging(session, capacity, studentSeats);
    int before = session.getCapacity();
    session.setSeats(capacity, studentSeats);
    em.flush();
    seats.seatsChanged(session);
    audit.record("session", sessionId, "QUOTA_CHANGED", before + " → " + capacity);
    return session;
  }

  /** The trainees of the latest accepted convention; none accepted, no change by the contact. */
  private int agreedTrainees(EstablishmentRequest request) {
    List<Convention> conventions = requests.conventions(request.getId());
    return conventions.stream()
        .filter(Convention::isAccepted)
        .max(Comparator.comparingInt(Convention::getNumber))
        .map(Convention::getTrainees)
        .orElseThrow(() -> BusinessException.forbidden("establishment.staff.quota.noConvention"));
  }

  private static InvalidInput invalid(String key, Object... arguments) {
    return new InvalidInput(List.of(new FieldError("capacity", key, arguments)));
  }
}
