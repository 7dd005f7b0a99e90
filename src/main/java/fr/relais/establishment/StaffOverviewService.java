package fr.relais.establishment;

import fr.relais.attendance.AttendanceStatus;
import fr.relais.attendance.HalfDay;
import fr.relais.attendance.RosterView;
import fr.relais.attendance.Rosters;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.registration.Registration;
import fr.relais.registration.RegistrationStatus;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds what an establishment sees of its staff ({@link StaffView}), for its active contacts and
 * coordinators. Viewing other people's registrations is audited.
 */
@Stateless
public class StaffOverviewService {

  @PersistenceContext private EntityManager em;
  @Inject private Contacts contacts;
  @Inject private StaffRepository queries;
  @Inject private StaffImport staffImport;
  @Inject private Rosters rosters;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  public StaffView view(Caller caller, long requestId) {
    EstablishmentRequest request = contacts.readable(caller, requestId);
    Instant now = clock.instant();
    List<StaffInvitation> invitations = queries.invitations(requestId);
    Set<String> listed = new HashSet<>();
    invitations.forEach(i -> listed.add(i.getEmail()));
    Set<String> registered = new HashSet<>();
    List<StaffView.Day> days = new ArrayList<>();
    for (Session s : queries.sessions(requestId)) {
      days.add(day(s, listed, registered, now));
    }
    List<StaffView.Invited> waiting =
        invitations.stream()
            .filter(i -> !registered.contains(i.getEmail()))
            .map(
                i ->
                    new StaffView.Invited(
                        i.getLastName().toUpperCase(Locale.ROOT) + " " + i.getFirstName(),
                        i.getEmail(),
                        i.getProfession() == null ? null : i.getProfession().name(),
                        i.getInvitedAt()))
            .toList();
    audit.viewed("establishment_request", requestId, "staff");
    return new StaffView(
        requestId,
        request.getSite().getName(),
        request.getActivity().getTitle(),
        days,
        waiting,
        invitations.size(),
        queries.satisfaction(requestId));
  }

  private StaffView.Day day(Session s, Set<String> listed, Set<String> registered, Instant now) {
    boolean over = s.getCompletedAt() != null || !now.isBefore(s.getEndsAt());
    List<HalfDay> halves = HalfDay.of(s.getStartsAt(), s.getEndsAt());
    Map<Long, RosterView.Line> lines = new HashMap<>();
    if (over) {
      rosters.forEstablishment(s.getId()).lines().forEach(l -> lines.put(l.registrationId(), l));
    }
    List<StaffView.Person> people = new ArrayList<>();
    int confirmed = 0;
    int waiting = 0;
    for (Registration r : live(s.getId())) {
      Account a = r.getAccount();
      registered.add(a.getEmail().toLowerCase(Locale.ROOT));
      List<AttendanceStatus> marks = new ArrayList<>();
      int minutes = 0;
      RosterView.Line line = lines.get(r.getId());
      if (line != null) {
        for (RosterView.Cell cell : line.cells()) {
          marks.add(cell.getStatus());
          if (cell.getStatus() != null && cell.getStatus().attended()) {
            minutes += (int) halves.get(cell.getHalfDay()).minutes();
          }
        }
      }
      if (r.getStatus() == RegistrationStatus.CONFIRMED) {
        confirmed++;
      } else {
        waiting++;
      }
      people.add(
          new StaffView.Person(
              r.getId(),
              a.getLastName().toUpperCase(Locale.ROOT) + " " + a.getFirstName(),
              a.getProfession() == null ? null : a.getProfession().name(),
              r.getStatus(),
              listed.contains(a.getEmail().toLowerCase(Locale.ROOT)),
              marks,
              minutes));
    }
    return new StaffView.Day(
        s.getId(),
        s.getStartsAt(),
        s.getEndsAt(),
        s.getStatus(),
        s.getCapacity(),
        s.getRoom() == null ? 0 : s.getRoom().getCapacity(),
        confirmed,
        waiting,
        s.getInvitationCode(),
        staffImport.link(s),
        over,
        halves,
        people);
  }

  /** Seats held first (by name), then the waitlist in its order. */
  private List<Registration> live(long sessionId) {
    return em.createQuery(
            """
            SELECT r FROM Registration r JOIN FETCH r.account a WHERE r.session.id = :s
            AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED
            ORDER BY r.status, a.lastName, a.firstName, r.rank
            """,
            Registration.class)
        .setParameter("s", sessionId)
        .getResultList();
  }
}
