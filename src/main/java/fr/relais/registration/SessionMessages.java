package fr.relais.registration;

import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.TimeRange;
import fr.relais.kernel.audit.AuditService;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Caller;
import fr.relais.scheduling.Session;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A message from a session's trainer or a coordinator to its registrants, queued in the outbox (one
 * mail each, plain text) and audited with its counts only. It is about the session, so it goes
 * whatever the reminder preference of "Mon compte" says.
 */
@Stateless
public class SessionMessages {

  public static final int SUBJECT_MAX = 150;
  public static final int TEXT_MAX = 5000;

  /** What is written, as the form gives it. */
  public record Draft(String subject, String text, boolean waitlisted) {}

  @Inject private RegistrationRepository registrations;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private AuditService audit;

  /** Queues the message for every confirmed (and, if asked, waitlisted) registrant; how many. */
  public int send(Caller by, long sessionId, Draft draft) {
    Session session =
        registrations
            .session(sessionId)
            .orElseThrow(() -> new NotFoundException("session " + sessionId));
    by.mustCoordinateOrBe(leads(session, by));
    String subject = oneLine(draft.subject());
    String text = draft.text() == null ? "" : draft.text().strip();
    check(subject, text);
    List<Registration> to =
        registrations.live(sessionId).stream()
            .filter(
                r ->
                    r.getStatus() == RegistrationStatus.CONFIRMED
                        || (draft.waitlisted() && r.getStatus() == RegistrationStatus.WAITLISTED))
            .toList();
    for (Registration r : to) {
      mailer.send(
          "sessionMessage",
          r.getAccount().recipient(),
          null,
          subject,
          session.getActivity().getTitle(),
          new TimeRange(session.getStartsAt(), session.getEndsAt()),
          r.getAccount().getFirstName(),
          text,
          settings.publicUrl() + "/catalog/session?id=" + sessionId);
    }
    audit.record(
        "session",
        sessionId,
        "MESSAGED_REGISTRANTS",
        "confirmed="
            + to.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).count()
            + " waitlisted="
            + to.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED).count());
    return to.size();
  }

  /** How many a message would reach now, for the page. */
  public long recipients(long sessionId, boolean waitlisted) {
    return registrations.live(sessionId).stream()
        .filter(r -> waitlisted || r.getStatus() == RegistrationStatus.CONFIRMED)
        .count();
  }

  private static boolean leads(Session session, Caller by) {
    return session.getTrainers().stream().anyMatch(t -> t.getId() == by.accountId());
  }

  /** A subject is one line: line breaks would end the mail's header. */
  static String oneLine(String subject) {
    return subject == null ? "" : subject.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }

  private static void check(String subject, String text) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (subject.isEmpty()) {
      errors.add(new InvalidInput.FieldError("subject", "message.subject.required"));
    } else if (subject.length() > SUBJECT_MAX) {
      errors.add(new InvalidInput.FieldError("subject", "message.subject.tooLong", SUBJECT_MAX));
    }
    if (text.isEmpty()) {
      errors.add(new InvalidInput.FieldError("text", "message.text.required"));
    } else if (text.length() > TEXT_MAX) {
      errors.add(new InvalidInput.FieldError("text", "message.text.tooLong", TEXT_MAX));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
