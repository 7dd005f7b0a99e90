package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.people.EmailAddress;
import fr.relais.people.PasswordResetService;
import fr.relais.people.Role;
import fr.relais.people.SignUpForm;
import fr.relais.site.Site;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The association's side of contacts: checking those who came by the public form (accepted: active,
 * their held request reaches the association; refused: their request declined with the reason), and
 * inviting a contact for a partner establishment (active at once). Coordinators only.
 */
@Stateless
public class ContactReviewService {

  @PersistenceContext private EntityManager em;
  @Inject private EstablishmentRepository repository;
  @Inject private AccountRepository accounts;
  @Inject private RequestMoves moves;
  @Inject private PasswordResetService resets;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** The contacts whose address is confirmed and who wait for a coordinator, oldest first. */
  public List<EstablishmentContact> toCheck(Caller by) {
    by.mustCoordinate();
    return repository.contactsIn(ContactStatus.REVIEW_PENDING);
  }

  /** The contact becomes active; a site their form created opens; their requests go through. */
  public void accept(Caller by, long accountId) {
    EstablishmentContact contact = pending(by, accountId);
    contact.review(true, by.email(), clock.instant());
    if (contact.isCreatedSite()) {
      contact.getSite().setArchived(false);
    }
    Account account = contact.getAccount();
    for (EstablishmentRequest request : repository.heldFor(accountId)) {
      moves.released(request, Caller.of(account));
    }
    mailer.send(
        "establishmentContactAccepted",
        account.recipient(),
        null,
        account.getFirstName(),
        contact.getSite().getName(),
        settings.publicUrl() + "/establishment/");
    audit.record("account", accountId, "CONTACT_ACCEPTED", "site " + contact.getSite().getId());
  }

  /** The contact is refused, with a reason mailed to them; their requests are declined with it. */
  public void refuse(Caller by, long accountId, String reason) {
    by.mustCoordinate();
    if (reason == null || reason.isBlank()) {
      throw BusinessException.onField("reason", "establishment.contact.refuseReason.required");
    }
    if (reason.strip().length() > 1000) {
      throw BusinessException.onField("reason", "establishment.tooLong", 1000);
    }
    EstablishmentContact contact = pending(by, accountId);
    String why = reason.strip();
    contact.review(false, by.email(), clock.instant());
    for (EstablishmentRequest request : repository.heldFor(accountId)) {
      moves.droppedWithContact(request, by, why);
    }
    Account account = contact.getAccount();
    mailer.send(
        "establishmentContactRefused",
        account.recipient(),
        null,
        account.getFirstName(),
        contact.getSite().getName(),
        why);
    audit.record("account", accountId, "CONTACT_REFUSED", "site " + contact.getSite().getId());
  }

  /** What a coordinator types to invite a contact. */
  public record Invitation(
      Long siteId, String firstName, String lastName, String email, String jobTitle) {}

  /**
   * A contact for a partner establishment, active at once. A new address gets an account with the
   * CONTACT role and the invitation link to choose a password (people.PasswordResetService'
   * machinery); an existing account gets the CONTACT role beside its others and a mail saying so.
   * An account acts for one establishment at most.
   */
  public EstablishmentContact invite(Caller by, Invitation invitation) {
    by.mustCoordinate();
    List<FieldError> errors = new ArrayList<>();
    Site site = invitation.siteId() == null ? null : em.find(Site.class, invitation.siteId());
    if (site == null || !site.getKind().isEstablishment()) {
      errors.add(new FieldError("inviteSite", "establishment.apply.site.required"));
    }
    if (!SignUpForm.isPersonName(invitation.firstName())) {
      errors.add(new FieldError("inviteFirstName", "relais.name.invalid.text"));
    }
    if (!SignUpForm.isPersonName(invitation.lastName())) {
      errors.add(new FieldError("inviteLastName", "relais.name.invalid.text"));
    }
    Optional<Account> existing = Optional.empty();
    if (!EmailAddress.isValid(invitation.email())) {
      errors.add(new FieldError("inviteEmail", "relais.email.invalid.text"));
    } else {
      existing = accounts.findByEmail(invitation.email());
      if (existing.isPresent() && repository.contact(existing.get().getId()).isPresent()) {
        errors.add(new FieldError("inviteEmail", "establishment.invite.alreadyContact"));
      }
    }
    String job = RequestDraft.blankToNull(invitation.jobTitle());
    if (job == null) {
      errors.add(new FieldError("inviteJobTitle", "relais.required.text"));
    } else if (job.length() > ApplicationRules.MAX_JOB_TITLE) {
      errors.add(
          new FieldError(
              "inviteJobTitle", "establishment.tooLong", ApplicationRules.MAX_JOB_TITLE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Account account;
    if (existing.isPresent()) {
      account = existing.get();
      if (!account.isActive() || account.isErased()) {
        throw BusinessException.onField("inviteEmail", "establishment.invite.inactive");
      }
      account.grant(Role.CONTACT);
    } else {
      account =
          new Account(
              EmailAddress.normalize(invitation.email()),
              invitation.firstName().strip(),
              invitation.lastName().strip(),
              clock.instant());
      account.setPasswordHash("!"); // no password matches it until the link is used
      account.grant(Role.CONTACT);
      accounts.persist(account);
    }
    EstablishmentContact contact =
        new EstablishmentContact(account, site, ContactStatus.ACTIVE, job, clock.instant());
    contact.review(true, by.email(), clock.instant());
    repository.persist(contact);
    if (existing.isPresent()) {
      mailer.send(
          "establishmentContactAdded",
          account.recipient(),
          null,
          account.getFirstName(),
          site.getName(),
          settings.publicUrl() + "/establishment/");
    } else {
      resets.invite(account, "establishmentContactInvited", site.getName());
    }
    audit.record("account", account.getId(), "INVITED", "CONTACT of site " + site.getId());
    return contact;
  }

  private EstablishmentContact pending(Caller by, long accountId) {
    by.mustCoordinate();
    EstablishmentContact contact =
        repository.contact(accountId).orElseThrow(() -> new NotFoundException("contact"));
    if (contact.getStatus() != ContactStatus.REVIEW_PENDING) {
      throw new BusinessException("establishment.contact.notToCheck");
    }
    return contact;
  }
}
