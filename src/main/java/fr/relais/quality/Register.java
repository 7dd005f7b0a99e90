package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.notification.MailService;
import fr.relais.notification.Recipient;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinators' side of the register: the list, one case with its history, and the steps
 * (qualify, answer — mailed to the submitter —, record an action, close). Trainers and coordinators
 * also record an incident seen during a session. Every step goes through {@link CaseMoves}.
 */
@Stateless
public class Register {

  @Inject private QualityRepository repository;
  @Inject private CaseMoves moves;
  @Inject private MailService mailer;
  @Inject private Clock clock;

  /** The register for a year (Paris), filtered by status and kind (null: all). */
  public List<QualityCase> cases(Caller caller, int year, CaseStatus status, CaseKind kind) {
    caller.mustCoordinate();
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ClockProducer.PARIS).toInstant();
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ClockProducer.PARIS).toInstant();
    return repository.cases(status, kind, from, to);
  }

  public CaseView open(Caller caller, long id) {
    caller.mustCoordinate();
    QualityCase c = get(id);
    return new CaseView(c, repository.events(id), repository.improvementsOf(id));
  }

  public void qualify(
      Caller caller, long id, Qualification qualification, Severity severity, String note) {
    caller.mustCoordinate();
    List<FieldError> errors = new ArrayList<>();
    if (qualification == null) {
      errors.add(new FieldError("qualification", "quality.qualify.required"));
    }
    if (severity == null) {
      errors.add(new FieldError("severity", "quality.severity.required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    QualityCase c = get(id);
    Instant now = clock.instant();
    moves.step(c, CaseStep.QUALIFIED, now, actor(caller), blankToNull(note), null);
    c.qualify(qualification, severity, now);
  }

  /** The answer, kept on the case (shown on the follow page) and mailed to the submitter. */
  public void answer(Caller caller, long id, String text) {
    caller.mustCoordinate();
    List<FieldError> errors = CaseRules.text("answer", text);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    QualityCase c = get(id);
    Instant now = clock.instant();
    moves.step(c, CaseStep.ANSWERED, now, actor(caller), text.strip(), null);
    c.answer(text.strip(), now);
    // the acknowledgement's follow link stays the one link: only its hash is kept
    mailer.send(
        "qualityAnswer",
        new Recipient(c.recipient(), c.getLanguage()),
        null,
        c.getSubmitter(),
        c.getReference(),
        text.strip());
  }

  /** An action taken on the case, optionally tied to an improvement of the log. */
  public void act(Caller caller, long id, String text, Long improvementId) {
    caller.mustCoordinate();
    List<FieldError> errors = new ArrayList<>(CaseRules.text("action", text));
    if (improvementId != null && repository.find(Improvement.class, improvementId) == null) {
      errors.add(new FieldError("improvement", "quality.improvement.unknown"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    moves.step(
        get(id), CaseStep.ACTION, clock.instant(), actor(caller), text.strip(), improvementId);
  }

  public void close(Caller caller, long id, String note) {
    caller.mustCoordinate();
    moves.step(get(id), CaseStep.CLOSED, clock.instant(), actor(caller), blankToNull(note), null);
  }

  /** An incident seen during a session, recorded by one of its trainers or a coordinator. */
  public QualityCase recordIncident(Caller caller, Long sessionId, String text, Severity severity) {
    List<FieldError> errors = new ArrayList<>(CaseRules.text("text", text));
    Session session = sessionId == null ? null : repository.find(Session.class, sessionId);
    if (session == null) {
      errors.add(new FieldError("session", "quality.incident.session.required"));
    }
    if (severity == null) {
      errors.add(new FieldError("severity", "quality.severity.required"));
    }
    if (session != null) {
      caller.mustCoordinateOrBe(repository.leads(caller.accountId(), sessionId));
    } else if (!caller.isCoordinator() && !caller.has(fr.relais.people.Role.TRAINER)) {
      throw BusinessException.forbidden(Caller.FORBIDDEN);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = clock.instant();
    int year = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
    QualityCase c =
        new QualityCase(
            String.format("RQ-%d-%05d", year, repository.nextNumber()),
            CaseKind.INCIDENT,
            text.strip(),
            now);
    c.concerns(null, session);
    Account author = repository.find(Account.class, caller.accountId());
    c.recordedByStaff(author);
    repository.persist(c);
    repository.flush(); // the history's lines need the id
    moves.opened(c, now, actor(caller));
    // severity is the recorder's first reading; the coordinator qualifies it
    c.rate(severity);
    return c;
  }

  private CaseMoves.Actor actor(Caller caller) {
    Account a = repository.find(Account.class, caller.accountId());
    return new CaseMoves.Actor(
        caller.accountId() == 0 ? null : caller.accountId(),
        a == null ? caller.email() : a.getDisplayName(),
        false);
  }

  private QualityCase get(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("quality case"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** One case, its history and the improvements that come from it. */
  public record CaseView(
      QualityCase qualityCase, List<CaseEvent> events, List<Improvement> improvements)
      implements java.io.Serializable {

    public QualityCase getQualityCase() {
      return qualityCase;
    }

    public List<CaseEvent> getEvents() {
      return events;
    }

    public List<Improvement> getImprovements() {
      return improvements;
    }
  }
}
