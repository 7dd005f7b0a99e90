package fr.relais.attendance;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.registration.Registration;
import fr.relais.registration.RegistrationRepository;
import fr.relais.registration.RegistrationStatus;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionRepository;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who came: trainers mark or have participants sign, participants check themselves in with the
 * session's code, trainers sign each half-day (which locks it), and completing the session turns
 * the unmarked into no-shows and issues certificates to those who came.
 */
@Stateless
public class AttendanceService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  @Inject private AttendanceRepository attendance;
  @Inject private SessionRepository sessions;
  @Inject private RegistrationRepository registrations;
  @Inject private AuditService audit;
  @Inject private Event<SessionCompleted> completed;
  @Inject private Clock clock;

  /** The code to show (QR) or read out now; for the session's trainers and coordinators. */
  public String currentCode(Caller by, long sessionId) {
    Session session = open(sessionId);
    checkRuns(by, session);
    return CheckInCodes.code(attendance.checkinSecret(sessionId), sessionId, clock.instant());
  }

  /**
   * A trainer (or coordinator) records a participant for a half-day: a status, and for a present
   * participant optionally the signature they drew. A half-day opens to its trainers with its
   * check-in window (AttendanceWindow); a locked half-day changes only by a coordinator. A
   * coordinator may mark at any time, and a mark before the window or after the lock is audited.
   */
  public void mark(
      Caller by,
      long sessionId,
      long registrationId,
      int halfDay,
      AttendanceStatus status,
      String signature) {
    Session session = correctable(by, sessionId);
    checkRuns(by, session);
    Registration registration = confirmedIn(session, registrationId);
    Marking marking = marking(by, session, halfDay);
    byte[] png = signature == null || signature.isBlank() ? null : Signatures.png(signature);
    Attendance line =
        attendance
            .line(registrationId, halfDay)
            .orElseGet(() -> new Attendance(registration, halfDay));
    CheckInMethod method = png != null ? CheckInMethod.SIGNATURE : CheckInMethod.HAND;
    record(by, marking, line, status, method, png);
    if (marking.completed()) {
      certify(session);
    }
  }

  /**
   * "Tous présents": every confirmed participant not yet marked for that half-day is marked
   * present, under the rules of a single mark (who, the window, the lock, the same audit of
   * exceptions), and the batch itself is on the record. Lines already marked keep their status.
   *
   * @return how many people were marked
   */
  public int markAllPresent(Caller by, long sessionId, int halfDay) {
    Session session = correctable(by, sessionId);
    checkRuns(by, session);
    Marking marking = marking(by, session, halfDay);
    Map<String, Attendance> lines = attendance.lines(sessionId);
    int marked = 0;
    for (Registration r : attendance.confirmed(sessionId)) {
      if (!lines.containsKey(AttendanceRepository.key(r.getId(), halfDay))) {
        Attendance line = new Attendance(r, halfDay);
        record(by, marking, line, AttendanceStatus.PRESENT, CheckInMethod.HAND, null);
        marked++;
      }
    }
    if (marked > 0) {
      audit.record("session", sessionId, "MARKED_ALL_PRESENT", halfDay + ": " + marked);
      if (marking.completed()) {
        certify(session);
      }
    }
    return marked;
  }

  /** What a mark on that half-day is: refused, ordinary, or an exception to put on the record. */
  private record Marking(int halfDay, boolean completed, boolean locked, boolean early) {}

  private Marking marking(Caller by, Session session, int halfDay) {
    HalfDay half = halfDay(session, halfDay);
    boolean completed = session.getStatus() == SessionStatus.COMPLETED;
    boolean locked = completed || attendance.locked(session.getId(), halfDay);
    if (locked && !by.isCoordinator()) {
      throw new BusinessException("attendance.locked");
    }
    boolean early = !AttendanceWindow.isOpen(half, clock.instant());
    if (early && !by.isCoordinator()) {
      throw new BusinessException("attendance.notOpenYet", AttendanceWindow.opensAt(half));
    }
    return new Marking(halfDay, completed, locked, early);
  }

  private void record(
      Caller by,
      Marking marking,
      Attendance line,
      AttendanceStatus status,
      CheckInMethod method,
      byte[] png) {
    line.record(status, method, png, clock.instant(), by.email());
    if (line.getId() == null) {
      attendance.persist(line);
    }
    String what = marking.halfDay() + ": " + status;
    if (marking.locked()) {
      audit.record("attendance", line.getId(), "CORRECTED_AFTER_LOCK", what);
    }
    if (marking.early()) {
      audit.record("attendance", line.getId(), "MARKED_AHEAD_OF_TIME", what);
    }
  }

  /** What the projector page shows: the session, its code while open, who has checked in. */
  public record Projection(String title, String code, long checkedIn, long confirmed)
      implements java.io.Serializable {}

  /**
   * The projector's view for the session's trainers and coordinators: the code (null once the
   * session is closed) and how many confirmed participants are in on the half-day under way.
   */
  public Projection projection(Caller by, long sessionId) {
    Session session =
        sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    checkRuns(by, session);
    Instant now = clock.instant();
    int half = HalfDay.at(HalfDay.of(session.getStartsAt(), session.getEndsAt()), now).index();
    Map<String, Attendance> lines = attendance.lines(sessionId);
    List<Registration> confirmed = attendance.confirmed(sessionId);
    long in =
        confirmed.stream()
            .map(r -> lines.get(AttendanceRepository.key(r.getId(), half)))
            .filter(line -> line != null && line.getStatus().attended())
            .count();
    String code =
        session.getStatus() == SessionStatus.PUBLISHED
            ? CheckInCodes.code(attendance.checkinSecret(sessionId), sessionId, now)
            : null;
    return new Projection(session.getActivity().getTitle(), code, in, confirmed.size());
  }

  /** A participant checks in with the session's current code (scanned or typed). */
  public AttendanceStatus checkIn(Caller by, long sessionId, String code, CheckInMethod method) {
    Session session =
        sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    Instant now = clock.instant();
    CheckInCodes.Refusal refusal =
        CheckInCodes.check(
            attendance.checkinSecret(sessionId),
            sessionId,
            code,
            session.getStartsAt(),
            session.getEndsAt(),
            now);
    if (refusal == CheckInCodes.Refusal.OUTSIDE_WINDOW) {
      throw new BusinessException("attendance.outsideWindow");
    }
    if (refusal == CheckInCodes.Refusal.WRONG_OR_EXPIRED) {
      throw BusinessException.onField("code", "attendance.wrongCode");
    }
    if (session.getStatus() != SessionStatus.PUBLISHED) {
      throw new BusinessException("attendance.sessionClosed");
    }
    Registration registration =
        registrations
            .live(sessionId, by.accountId())
            .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
            .orElseThrow(() -> BusinessException.forbidden("attendance.notRegistered"));
    HalfDay half = HalfDay.at(HalfDay.of(session.getStartsAt(), session.getEndsAt()), now);
    if (attendance.locked(sessionId, half.index())) {
      throw new BusinessException("attendance.locked");
    }
    var existing = attendance.line(registration.getId(), half.index());
    if (existing.isPresent() && existing.get().getStatus().attended()) {
      throw new BusinessException("attendance.alreadyCheckedIn");
    }
    AttendanceStatus status = half.isLateAt(now) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    Attendance line = existing.orElseGet(() -> new Attendance(registration, half.index()));
    line.record(status, method, null, now, by.email());
    if (line.getId() == null) {
      attendance.persist(line);
    }
    return status;
  }

  /**
   * A trainer of the session signs a half-day's sheet; from then on it is locked. Only the
   * session's trainers sign: the sheet proves who led it.
   */
  public void signHalfDay(Caller by, long sessionId, int halfDay, String signature) {
    Session session = open(sessionId);
    Account me =
        session.getTrainers().stream()
            .filter(t -> t.getId() == by.accountId())
            .findFirst()
            .orElseThrow(() -> BusinessException.forbidden("attendance.onlyTrainersSign"));
    HalfDay half = halfDay(session, halfDay);
    if (attendance.locked(sessionId, halfDay)) {
      throw new BusinessException("attendance.alreadySigned");
    }
    if (!AttendanceWindow.isOpen(half, clock.instant())) {
      throw new BusinessException("attendance.notOpenYet", AttendanceWindow.opensAt(half));
    }
    attendance.persist(
        new HalfDaySignature(session, halfDay, me, Signatures.png(signature), clock.instant()));
    int halves = HalfDay.of(session.getStartsAt(), session.getEndsAt()).size();
    audit.record("session", sessionId, "HALF_DAY_SIGNED", (halfDay + 1) + "/" + halves);
  }

  /**
   * Completes the session: everyone confirmed but not marked is absent, the session is completed,
   * and those present at least one half-day get their certificate. Only after the session's end,
   * for coordinators too (see AttendanceWindow).
   */
  public Completion complete(Caller by, long sessionId) {
    Session session = open(sessionId);
    checkRuns(by, session);
    if (!AttendanceWindow.mayComplete(session.getEndsAt(), clock.instant())) {
      throw new BusinessException("attendance.notEnded", session.getEndsAt());
    }
    List<HalfDay> halves = HalfDay.of(session.getStartsAt(), session.getEndsAt());
    Map<String, Attendance> lines = attendance.lines(sessionId);
    for (Registration r : attendance.confirmed(sessionId)) {
      for (HalfDay h : halves) {
        if (!lines.containsKey(AttendanceRepository.key(r.getId(), h.index()))) {
          Attendance absent = new Attendance(r, h.index());
          absent.record(
              AttendanceStatus.ABSENT, CheckInMethod.COMPLETION, null, clock.instant(), by.email());
          attendance.persist(absent);
        }
      }
    }
    session.complete(by.email(), clock.instant());
    Completion completion = certify(session);
    completed.fire(new SessionCompleted(sessionId));
    audit.record(
        "session", sessionId, "COMPLETED", completion.present() + "/" + completion.confirmed());
    return completion;
  }

  /**
   * Gives a certificate to everyone present at least one half-day and takes it back from anyone a
   * correction has since marked absent (its code then no longer verifies).
   */
  private Completion certify(Session session) {
    List<HalfDay> halves = HalfDay.of(session.getStartsAt(), session.getEndsAt());
    Map<String, Attendance> lines = attendance.lines(session.getId());
    List<Registration> confirmed = attendance.confirmed(session.getId());
    int present = 0;
    for (Registration r : confirmed) {
      long minutes = 0;
      for (HalfDay h : halves) {
        Attendance line = lines.get(AttendanceRepository.key(r.getId(), h.index()));
        if (line != null && line.getStatus().attended()) {
          minutes += h.minutes();
        }
      }
      var existing = attendance.certificateOf(r.getId());
      if (minutes > 0) {
        present++;
        if (existing.isEmpty()) {
          attendance.persist(new Certificate(r, newCode(), (int) minutes, clock.instant()));
        } else {
          existing.get().setMinutes((int) minutes);
        }
      } else {
        existing.ifPresent(attendance::remove);
      }
    }
    return new Completion(confirmed.size(), present);
  }

  /** Attendance of a completed (or running) session, for its page. */
  public record Completion(int confirmed, int present) {
    public int noShows() {
      return confirmed - present;
    }

    public int attendanceRate() {
      return confirmed == 0 ? 0 : Math.round(100f * present / confirmed);
    }
  }

  private Session open(long sessionId) {
    Session session =
        sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    if (session.getStatus() != SessionStatus.PUBLISHED) {
      throw new BusinessException("attendance.sessionClosed");
    }
    return session;
  }

  /** Published sessions; a completed one stays open to coordinators' corrections. */
  private Session correctable(Caller by, long sessionId) {
    Session session =
        sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    if (session.getStatus() == SessionStatus.COMPLETED && by.isCoordinator()) {
      return session;
    }
    return open(sessionId);
  }

  /** Coordinators, and the trainers of that very session (not another trainer's). */
  private static void checkRuns(Caller by, Session session) {
    boolean leads = session.getTrainers().stream().anyMatch(t -> t.getId() == by.accountId());
    if (!by.isCoordinator() && !leads) {
      throw BusinessException.forbidden("registration.notYourSession");
    }
  }

  private Registration confirmedIn(Session session, long registrationId) {
    return registrations
        .find(registrationId)
        .filter(r -> r.getSession().getId().equals(session.getId()))
        .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
        .orElseThrow(() -> new NotFoundException("registration " + registrationId));
  }

  private static HalfDay halfDay(Session session, int halfDay) {
    List<HalfDay> halves = HalfDay.of(session.getStartsAt(), session.getEndsAt());
    if (halfDay < 0 || halfDay >= halves.size()) {
      throw new NotFoundException("half-day " + halfDay);
    }
    return halves.get(halfDay);
  }

  private String newCode() {
    String code;
    do {
      StringBuilder b = new StringBuilder(12);
      for (int i = 0; i < 12; i++) {
        b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
      }
      code = b.toString();
    } while (attendance.codeTaken(code));
    return code;
  }
}
