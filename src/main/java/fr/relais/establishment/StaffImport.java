package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.audit.AuditService;
import fr.relais.kernel.i18n.DateFormats;
import fr.relais.kernel.i18n.Language;
import fr.relais.kernel.i18n.Texts;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.notification.Recipient;
import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.scheduling.Session;
import fr.relais.scheduling.SessionStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An establishment's staff list: a preview that stores nothing, then the confirmation that stores
 * the good rows only and mails each new person once (the registration link with the code, and
 * whether to sign in or sign up). The same list sent twice invites nobody twice: the e-mail is
 * unique per request, in the database. For the establishment's active contacts and coordinators.
 */
@Stateless
public class StaffImport {

  /** What a confirmation did. */
  public record Imported(int invited, int refused, int duplicates) {}

  @Inject private Contacts contacts;
  @Inject private StaffRepository queries;
  @Inject private AccountRepository accounts;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  public StaffList.Preview preview(Caller caller, long requestId, String list) {
    EstablishmentRequest request = contacts.readable(caller, requestId);
    return read(request, openSessions(request), list);
  }

  public Imported confirm(Caller caller, long requestId, String list) {
    EstablishmentRequest request = contacts.readable(caller, requestId);
    queries.lock(requestId);
    List<Session> open = openSessions(request);
    StaffList.Preview preview = read(request, open, list);
    if (preview.listError() != null) {
      throw new InvalidInput(List.of(new FieldError("list", preview.listError())));
    }
    if (preview.accepted().isEmpty()) {
      throw BusinessException.onField("list", "establishment.staff.nobodyToInvite");
    }
    Instant now = clock.instant();
    int invited = 0;
    for (StaffList.Row row : preview.accepted()) {
      Optional<Account> account = accounts.findByEmail(row.email());
      Long accountId = account.map(Account::getId).orElse(null);
      if (queries.invite(requestId, row, accountId, caller.email(), now)) {
        invited++;
        mail(request, open, row, account);
      }
    }
    audit.record(
        "establishment_request",
        requestId,
        "STAFF_INVITED",
        invited + " invited, " + preview.refused().size() + " refused");
    return new Imported(invited, preview.refused().size(), preview.duplicates().size());
  }

  /** The request's sessions still open to registration: published and not yet begun. */
  private List<Session> openSessions(EstablishmentRequest request) {
    Instant now = clock.instant();
    List<Session> open =
        queries.sessions(request.getId()).stream()
            .filter(s -> s.getStatus() == SessionStatus.PUBLISHED)
            .filter(s -> s.getStartsAt().isAfter(now))
            .toList();
    if (open.isEmpty()) {
      throw BusinessException.onField("list", "establishment.staff.noOpenSession");
    }
    return open;
  }

  private StaffList.Preview read(EstablishmentRequest request, List<Session> open, String list) {
    Set<String> invited = queries.invitedEmails(request.getId());
    Set<String> registered = queries.registeredEmails(request.getId());
    Set<String> counted = new HashSet<>(invited);
    counted.addAll(registered);
    int seats = open.stream().mapToInt(Session::getCapacity).sum();
    return StaffList.read(list, invited, registered, seats - counted.size());
  }

  private void mail(
      EstablishmentRequest request, List<Session> open, StaffList.Row row, Optional<Account> acc) {
    Language language = acc.map(Account::getLanguage).orElse(Language.FR);
    Texts texts = Texts.in(language);
    DateFormats dates = new DateFormats(language.locale());
    String sessions =
        open.stream()
            .map(s -> "- " + dates.range(s.getStartsAt(), s.getEndsAt()) + "\n  " + link(s))
            .collect(Collectors.joining("\n"));
    String codes =
        open.stream().map(Session::getInvitationCode).distinct().collect(Collectors.joining(", "));
    String account =
        acc.isPresent()
            ? texts.get("establishment.staff.mail.signIn", settings.publicUrl() + "/people/signin")
            : texts.get(
                "establishment.staff.mail.signUp",
                settings.publicUrl()
                    + "/people/signup?email="
                    + URLEncoder.encode(row.email(), StandardCharsets.UTF_8),
                row.email());
    mailer.send(
        "staffInvited",
        new Recipient(row.email(), language),
        null,
        row.firstName(),
        request.getSite().getName(),
        request.getActivity().getTitle(),
        sessions,
        codes,
        account);
  }

  /** The session page with the invitation code, which fills the code field. */
  public String link(Session session) {
    return settings.publicUrl()
        + "/catalog/session?id="
        + session.getId()
        + (session.getInvitationCode() == null ? "" : "&code=" + session.getInvitationCode());
  }
}
