package fr.relais.quality;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.Tokens;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.notification.Recipient;
import fr.relais.people.Account;
import fr.relais.people.Caller;
import fr.relais.people.EmailAddress;
import fr.relais.programme.Activity;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The public side of the register (Qualiopi indicator 31): anyone submits a complaint, a difficulty
 * or an incident; the submitter gets an acknowledgement with the case's reference and a follow link
 * (a random token, only its hash kept), follows it and adds messages. The coordinators are told.
 * The form answers the same whatever the address.
 */
@Stateless
public class Complaints {

  /** Cases one address may submit in an hour: the form cannot be used to flood a mailbox. */
  static final int MAX_PER_HOUR = 3;

  private static final Logger LOG = Logger.getLogger(Complaints.class.getName());

  @Inject private QualityRepository repository;
  @Inject private CaseMoves moves;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  /**
   * Checks everything, stores the case and queues the acknowledgement. caller: the signed-in
   * person, or empty for a visitor. Returns the address the acknowledgement goes to.
   */
  public String submit(Optional<Caller> caller, CaseForm form, Language language) {
    List<FieldError> errors = new ArrayList<>(CaseRules.problems(form, caller.isPresent()));
    Activity activity = null;
    Session session = null;
    if (form.getSessionId() != null) {
      session = repository.find(Session.class, form.getSessionId());
      if (session == null) {
        errors.add(new FieldError("session", "quality.submit.session.unknown"));
      }
    }
    if (form.getActivityId() != null && session == null) {
      activity = repository.find(Activity.class, form.getActivityId());
      if (activity == null) {
        errors.add(new FieldError("activity", "quality.submit.activity.unknown"));
      }
    }
    Account account = caller.map(c -> repository.find(Account.class, c.accountId())).orElse(null);
    String address = account != null ? account.getEmail() : EmailAddress.normalize(form.getEmail());
    Instant now = clock.instant();
    if (errors.isEmpty()
        && repository.submittedSince(address, now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
      LOG.warning("Quality form: too many cases from one address this hour, refused");
      errors.add(
          new FieldError(account == null ? "email" : "text", "quality.submit.throttled", 60));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    int year = Year.now(clock.withZone(ClockProducer.PARIS)).getValue();
    String reference = String.format("RQ-%d-%05d", year, repository.nextNumber());
    QualityCase c = new QualityCase(reference, form.getKind(), form.getText().strip(), now);
    c.concerns(activity, session);
    Language lang = account != null ? account.getLanguage() : language;
    c.submittedBy(
        account,
        account == null ? form.getName().strip() : null,
        account == null ? address : null,
        lang);
    String token = Tokens.random();
    c.follow(Tokens.hash(token));
    repository.persist(c);
    repository.flush(); // the history's lines need the id
    String who = account != null ? account.getDisplayName() : c.getSubmitter();
    moves.opened(c, now, new CaseMoves.Actor(account == null ? null : account.getId(), who, true));
    mailer.send(
        "qualityAck",
        new Recipient(address, lang),
        null,
        who,
        reference,
        new DateFormats(lang.locale()).dateTime(now),
        followLink(token));
    tellCoordinators(c);
    LOG.info(() -> "Quality case " + reference + " submitted");
    return address;
  }

  /** The case a follow link opens, if the token is one. */
  public Optional<FollowView> follow(String token) {
    return open(token).map(c -> new FollowView(c, visibleEvents(c)));
  }

  /** The submitter adds a message from the follow page; the coordinators are told. */
  public void message(String token, String text) {
    QualityCase c =
        open(token).orElseThrow(() -> BusinessException.forbidden("quality.follow.invalid"));
    List<FieldError> errors = CaseRules.text("message", text);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    moves.step(
        c,
        CaseStep.MESSAGE,
        clock.instant(),
        new CaseMoves.Actor(
            c.getAccount() == null ? null : c.getAccount().getId(), c.getSubmitter(), true),
        text.strip(),
        null);
    tellCoordinators(c);
  }

  String followLink(String token) {
    return settings.publicUrl() + "/quality/follow?t=" + token;
  }

  private Optional<QualityCase> open(String token) {
    if (!Tokens.plausible(token)) {
      return Optional.empty();
    }
    return repository.byFollowHash(Tokens.hash(token));
  }

  /** What the submitter sees of the history: the steps and the texts meant for them. */
  private List<CaseEvent> visibleEvents(QualityCase c) {
    return repository.events(c.getId()).stream()
        .filter(e -> e.getStep() != CaseStep.ACTION)
        .toList();
  }

  private void tellCoordinators(QualityCase c) {
    String page = settings.publicUrl() + "/quality/register/case?id=" + c.getId();
    for (Account coordinator : repository.coordinators()) {
      mailer.send(
          "qualityToCoordinators",
          coordinator.recipient(),
          null,
          coordinator.getFirstName(),
          c.getReference(),
          page);
    }
  }

  /** A case and the history its submitter sees. */
  public record FollowView(QualityCase qualityCase, List<CaseEvent> events)
      implements java.io.Serializable {

    public QualityCase getQualityCase() {
      return qualityCase;
    }

    public List<CaseEvent> getEvents() {
      return events;
    }
  }
}
