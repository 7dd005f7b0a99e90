package fr.relais.establishment;

import fr.relais.attendance.AttendanceStatus;
import fr.relais.attendance.Certificates;
import fr.relais.attendance.HalfDay;
import fr.relais.attendance.RosterView;
import fr.relais.attendance.Rosters;
import fr.relais.attendance.SheetArchiveService;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Organisation;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The documents an establishment takes for itself and its funder: the signed sign-in sheets (the
 * kept file of each locked half-day), its staff's certificates as a ZIP, a certificat de
 * réalisation per participant, and a one-page summary of the day(s). For the establishment's active
 * contacts and coordinators; anyone else is told the request does not exist. Exports of personal
 * data are audited.
 */
@Stateless
public class EstablishmentDocumentService {

  @PersistenceContext private EntityManager em;
  @Inject private Contacts contacts;
  @Inject private StaffRepository queries;
  @Inject private EstablishmentRepository requests;
  @Inject private Rosters rosters;
  @Inject private SheetArchiveService sheets;
  @Inject private Certificates certificates;
  @Inject private Organisation organisation;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** A half-day's sign-in sheet, once its trainer signed it: the kept file, the same each time. */
  public byte[] sheet(Caller caller, long requestId, long sessionId, int halfDay) {
    sessionOf(caller, requestId, sessionId);
    RosterView roster = rosters.forEstablishment(sessionId);
    if (halfDay < 0 || halfDay >= roster.halfDays().size() || !roster.isLocked(halfDay)) {
      throw new NotFoundException("sheet " + sessionId + "/" + halfDay);
    }
    audit.exported("session", sessionId, "sign-in-sheet-pdf for establishment " + requestId);
    return sheets.pdf(roster, halfDay, false);
  }

  /** The certificates of one of the request's sessions, as a ZIP. */
  public byte[] certificates(Caller caller, long requestId, long sessionId) {
    sessionOf(caller, requestId, sessionId);
    audit.exported("session", sessionId, "certificates-zip for establishment " + requestId);
    return certificates.zip(sessionId);
  }

  /** The certificat de réalisation of a participant who attended at least one half-day. */
  public byte[] realisation(Caller caller, long requestId, long registrationId) {
    EstablishmentRequest request = contacts.readable(caller, requestId);
    Registration registration = em.find(Registration.class, registrationId);
    if (registration == null
        || registration.getStatus() != RegistrationStatus.CONFIRMED
        || !Long.valueOf(requestId).equals(queries.requestOf(registration.getSession().getId()))) {
      throw new NotFoundException("registration " + registrationId);
    }
    Session s = registration.getSession();
    RosterView roster = rosters.forEstablishment(s.getId());
    RosterView.Line line =
        roster.lines().stream()
            .filter(l -> l.registrationId() == registrationId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("registration " + registrationId));
    Texts t = Texts.in(Language.FR);
    DateFormats dates = new DateFormats(Language.FR.locale());
    List<RealisationPdf.Half> halves = new ArrayList<>();
    int minutes = 0;
    for (RosterView.Cell cell : line.cells()) {
      HalfDay half = roster.halfDays().get(cell.getHalfDay());
      boolean attended = cell.getStatus() != null && cell.getStatus().attended();
      minutes += attended ? (int) half.minutes() : 0;
      halves.add(
          new RealisationPdf.Half(
              dates.range(half.start(), half.end()),
              cell.getStatus() == null
                  ? t.get("establishment.staff.unmarked")
                  : t.get("enum.AttendanceStatus." + cell.getStatus().name()),
              RealisationPdf.hours(attended ? (int) half.minutes() : 0)));
    }
    if (minutes == 0) {
      throw new NotFoundException("attendance of registration " + registrationId);
    }
    Account person = registration.getAccount();
    audit.exported(
        "registration", registrationId, "realisation-pdf for establishment " + requestId);
    return RealisationPdf.of(
        new RealisationPdf.Realisation(
            person.getDisplayName(),
            person.getProfession() == null
                ? null
                : t.get("enum.Profession." + person.getProfession().name()),
            request.getSite().getName() + ", " + request.getSite().getCity(),
            s.getActivity().getTitle(),
            s.getStartsAt(),
            s.getEndsAt(),
            halves,
            minutes,
            reference(request),
            clock.instant()),
        organisation.identity());
  }

  /** One page on the request's days: attendance counts, satisfaction from five answers on. */
  public byte[] summary(Caller caller, long requestId) {
    EstablishmentRequest request = contacts.readable(caller, requestId);
    List<Session> sessions = queries.sessions(requestId);
    if (sessions.isEmpty()) {
      throw new NotFoundException("sessions of request " + requestId);
    }
    Texts t = Texts.in(Language.FR);
    DateFormats dates = new DateFormats(Language.FR.locale());
    List<DaySummaryPdf.DayLine> days = new ArrayList<>();
    for (Session s : sessions) {
      RosterView roster = rosters.forEstablishment(s.getId());
      List<DaySummaryPdf.HalfLine> halves = new ArrayList<>();
      for (HalfDay h : roster.halfDays()) {
        halves.add(
            new DaySummaryPdf.HalfLine(
                t.get(
                        h.isMorning()
                            ? "establishment.staff.morning"
                            : "establishment.staff.afternoon")
                    + " – "
                    + dates.range(h.start(), h.end()),
                roster.count(h.index(), AttendanceStatus.PRESENT),
                roster.count(h.index(), AttendanceStatus.LATE),
                roster.count(h.index(), AttendanceStatus.ABSENT),
                roster.count(h.index(), AttendanceStatus.EXCUSED)));
      }
      days.add(
          new DaySummaryPdf.DayLine(
              dates.range(s.getStartsAt(), s.getEndsAt()),
              roster.place(),
              String.join(", ", roster.trainers()),
              s.getCapacity(),
              roster.lines().size(),
              halves));
    }
    return DaySummaryPdf.of(
        new DaySummaryPdf.Summary(
            request.getSite().getName(),
            request.getActivity().getTitle(),
            reference(request),
            queries.invitations(requestId).size(),
            days,
            queries.satisfaction(requestId),
            clock.instant()),
        organisation.identity());
  }

  /** The request's session, or 404 when it is another request's (or the caller may not read it). */
  private Session sessionOf(Caller caller, long requestId, long sessionId) {
    contacts.readable(caller, requestId);
    Long owner = queries.requestOf(sessionId);
    if (owner == null || owner != requestId) {
      throw new NotFoundException("session " + sessionId);
    }
    return em.find(Session.class, sessionId);
  }

  /** "Demande n° 12, convention n° 2 acceptée le …" — the accepted convention the day follows. */
  private String reference(EstablishmentRequest request) {
    DateFormats dates = new DateFormats(Language.FR.locale());
    Texts t = Texts.in(Language.FR);
    return requests.conventions(request.getId()).stream()
        .filter(Convention::isAccepted)
        .max(Comparator.comparingInt(Convention::getNumber))
        .map(
            c ->
                t.get(
                    "establishment.realisation.convention",
                    String.valueOf(request.getId()),
                    String.valueOf(c.getNumber()),
                    dates.day(c.getAcceptedAt()),
                    c.getSha256() == null ? "" : c.getSha256().substring(0, 12)))
        .orElse(t.get("establishment.realisation.request", String.valueOf(request.getId())));
  }
}
