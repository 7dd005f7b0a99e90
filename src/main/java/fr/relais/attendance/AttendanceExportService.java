package fr.relais.attendance;

import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Texts;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.registration.Registration;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Attendance as a spreadsheet, per session or per period (Paris dates, both days included), for
 * coordinators and administrators only; each export is audited.
 */
@Stateless
public class AttendanceExportService {

  /** A period export covers at most a year and a day (a whole BPF year, whatever its start). */
  public static final int MAX_DAYS = 366;

  @PersistenceContext private EntityManager em;
  @Inject private AttendanceRepository attendance;
  @Inject private AuditService audit;

  public byte[] session(Caller by, long sessionId, Locale locale) {
    by.mustCoordinate();
    Session session =
        sessions("s.id = :id", Map.of("id", sessionId)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("session " + sessionId));
    audit.exported("session", sessionId, "attendance-xlsx");
    return AttendanceWorkbook.of(lines(session, locale), locale);
  }

  public byte[] period(Caller by, LocalDate from, LocalDate to, Locale locale) {
    by.mustCoordinate();
    checkPeriod(from, to);
    List<Session> found =
        sessions(
            """
            s.startsAt >= :from AND s.startsAt < :to
            AND s.status IN (fr.relais.scheduling.SessionStatus.PUBLISHED,
            fr.relais.scheduling.SessionStatus.COMPLETED)
            """,
            Map.of(
                "from", from.atStartOfDay(ClockProducer.PARIS).toInstant(),
                "to", to.plusDays(1).atStartOfDay(ClockProducer.PARIS).toInstant()));
    List<AttendanceWorkbook.Line> lines = new ArrayList<>();
    for (Session s : found) {
      lines.addAll(lines(s, locale));
    }
    audit.exported("attendance", null, "attendance-xlsx " + from + ".." + to);
    return AttendanceWorkbook.of(lines, locale);
  }

  /** Both dates given, in order, at most {@link #MAX_DAYS} apart. */
  public static void checkPeriod(LocalDate from, LocalDate to) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new InvalidInput.FieldError("from", "attendanceExport.from.required"));
    }
    if (to == null) {
      errors.add(new InvalidInput.FieldError("to", "attendanceExport.to.required"));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        errors.add(new InvalidInput.FieldError("to", "attendanceExport.to.beforeFrom"));
      } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
        errors.add(new InvalidInput.FieldError("to", "attendanceExport.tooLong", MAX_DAYS));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private List<Session> sessions(String where, Map<String, Object> parameters) {
    var query =
        em.createQuery(
            """
            SELECT s FROM Session s JOIN FETCH s.activity LEFT JOIN FETCH s.site
            LEFT JOIN FETCH s.room WHERE %s
            ORDER BY s.startsAt, s.id
            """
                .formatted(where),
            Session.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  private List<AttendanceWorkbook.Line> lines(Session s, Locale locale) {
    Texts texts = Texts.in(locale);
    DateFormats formats = new DateFormats(locale);
    String place =
        s.getSite() == null
            ? texts.get("attendanceExport.online")
            : s.getSite().getName() + (s.getRoom() == null ? "" : " – " + s.getRoom().getName());
    Map<String, Attendance> marks = attendance.lines(s.getId());
    Map<Long, String> certificates =
        attendance.certificates(s.getId()).stream()
            .collect(Collectors.toMap(c -> c.getRegistration().getId(), Certificate::getCode));
    List<HalfDay> halves = HalfDay.of(s.getStartsAt(), s.getEndsAt());
    List<AttendanceWorkbook.Line> lines = new ArrayList<>();
    for (Registration r : attendance.confirmed(s.getId())) {
      Account a = r.getAccount();
      for (HalfDay h : halves) {
        Attendance mark = marks.get(AttendanceRepository.key(r.getId(), h.index()));
        lines.add(
            new AttendanceWorkbook.Line(
                s.getId(),
                s.getActivity().getTitle(),
                h.start().atZone(ClockProducer.PARIS).toLocalDate(),
                h.isMorning(),
                formats.time(h.start()) + " – " + formats.time(h.end()),
                place,
                a.getLastName(),
                a.getFirstName(),
                a.getStatus() == null ? "" : texts.get("enum.ParticipantStatus." + a.getStatus()),
                a.getProfession() == null ? "" : texts.get("enum.Profession." + a.getProfession()),
                mark == null ? null : mark.getStatus(),
                h.minutes(),
                certificates.get(r.getId())));
      }
    }
    return lines;
  }
}
