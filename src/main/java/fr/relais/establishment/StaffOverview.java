package fr.relais.establishment;

import fr.relais.attendance.AttendanceStatus;
import fr.relais.attendance.HalfDay;
import fr.relais.attendance.RosterView;
import fr.relais.attendance.Rosters;
import fr.relais.kernel.Disclosure;
import fr.relais.kernel.audit.Audit;
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
public class StaffOverview {

  @PersistenceContext private EntityManager em;
  @Inject private Contacts contacts;
  @Inject private StaffQueries queries;
  @Inject private StaffImport staffImport;
  @Inject private Rosters rosters;
  @Inject private Audit audit;
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
        satisfaction(requestId));
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
        s.getStatus().name(),
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
            "SELECT r FROM Registration r JOIN FETCH r.account a WHERE r.session.id = :s"
                + " AND r.status <> fr.relais.registration.RegistrationStatus.CANCELLED"
                + " ORDER BY r.status, a.lastName, a.firstName, r.rank",
            Registration.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /** The hot satisfaction of the request's days, aggregated in SQL; nothing per person. */
  StaffView.Satisfaction satisfaction(long requestId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(DISTINCT sr.id),"
                        + " avg(1 + 4.0 * (sa.number_value - ch.lo) / NULLIF(ch.hi - ch.lo, 0))"
                        + "   FILTER (WHERE qi.type = 'LIKERT' AND ch.hi > ch.lo),"
                        + " count(*) FILTER (WHERE qi.scale = 'objectives'"
                        + "   AND sa.number_value >= ch.lo + 0.75 * (ch.hi - ch.lo)),"
                        + " count(*) FILTER (WHERE qi.scale = 'objectives'),"
                        + " avg(sa.number_value) FILTER (WHERE qi.type = 'RATING')"
                        + " FROM survey_response sr"
                        + " JOIN campaign c ON c.id = sr.campaign_id AND c.phase = 'HOT'"
                        + " JOIN session s ON s.id = sr.session_id"
                        + "   AND s.establishment_request_id = ?"
                        + " JOIN survey_answer sa ON sa.response_id = sr.id"
                        + "   AND sa.number_value IS NOT NULL"
                        + " JOIN questionnaire_item qi ON qi.id = sa.item_id"
                        + " LEFT JOIN (SELECT item_id, min(value) AS lo, max(value) AS hi"
                        + "   FROM item_choice GROUP BY item_id) ch ON ch.item_id = qi.id"
                        + " WHERE sr.submitted")
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
