package fr.relais.establishment;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.Tokens;
import fr.relais.kernel.i18n.Language;
import fr.relais.notification.MailService;
import fr.relais.notification.MailSettings;
import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.people.EmailAddress;
import fr.relais.people.PasswordHasher;
import fr.relais.people.Role;
import fr.relais.programme.Activity;
import fr.relais.site.Site;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * "Organiser une journée dans mon établissement", for visitors: the account (role CONTACT), its
 * link to the establishment (a listed partner, or a new site kept archived until the contact is
 * accepted) and the first request, held from the association until a coordinator has checked the
 * contact. A single-use link (only its hash kept, 24 hours) confirms the address; then the
 * coordinators are told.
 *
 * <p>An address that already has an account gets the same answer as a new one, so the form tells no
 * one which addresses have an account: nothing is stored, and that address is mailed instead (a
 * fresh confirmation link when it is a contact who never confirmed, otherwise a word that someone
 * used it).
 */
@Stateless
public class ContactOnboardingService {

  static final Duration LINK_VALID_FOR = Duration.ofHours(24);

  /** Mails the form sends one address in an hour at most: the form cannot be used to flood one. */
  static final int MAX_MAILS_PER_HOUR = 3;

  private static final Logger LOG = Logger.getLogger(ContactOnboardingService.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private EstablishmentRepository repository;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private MailService mailer;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  /** Checks everything, then stores and mails; on any problem nothing is stored. */
  public void apply(Application form, Language language) {
    List<FieldError> errors = ApplicationRules.problems(form, today());
    Site site = form.isUnlisted() ? null : listedSite(form.getSiteId(), errors);
    Long activityId = form.getRequest().getActivityId();
    Activity activity = repository.requestableActivity(activityId).orElse(null);
    if (activityId != null && activity == null) {
      errors.add(new FieldError("activity", "establishment.request.activity.required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    String email = EmailAddress.normalize(form.getEmail());
    Optional<Account> owner = accounts.findByEmail(email);
    if (owner.isPresent()) {
      tellOwner(owner.get());
      return;
    }
    Instant now = clock.instant();
    boolean created = site == null;
    if (created) {
      site = newSite(form);
    }
    Account account =
        new Account(email, form.getFirstName().strip(), form.getLastName().strip(), now);
    account.consentToPrivacyNotice(now);
    account.setLanguage(language);
    account.setPasswordHash(hasher.hash(form.getPassword()));
    account.grant(Role.CONTACT);
    accounts.persist(account);
    EstablishmentContact contact =
        new EstablishmentContact(
            account, site, ContactStatus.EMAIL_PENDING, form.getJobTitle().strip(), now);
    contact.setPhone(RequestDraft.blankToNull(form.getPhone()));
    if (created) {
      contact.markSiteCreated();
    }
    repository.persist(contact);
    EstablishmentRequest request =
        new EstablishmentRequest(site, account, activity, form.getRequest().details(), now);
    request.holdUntilContactChecked();
    repository.persist(request);
    mailLink(contact, now);
    LOG.info(() -> "Establishment application for site " + contact.getSite().getId());
  }

  /** Whether a confirmation link can still be used (the page says so before its button). */
  public boolean usable(String token) {
    return open(token).isPresent();
  }

  /**
   * Uses the link: the address is confirmed, the contact waits for a coordinator's check, and the
   * coordinators are told. Returns the establishment's name.
   */
  public String confirm(String token) {
    EstablishmentContact contact =
        open(token).orElseThrow(() -> BusinessException.forbidden("establishment.confirm.invalid"));
    contact.confirmAddress();
    String page = settings.publicUrl() + "/establishment/manage/";
    for (Account coordinator : repository.coordinators()) {
      mailer.send(
          "establishmentContactToCheck",
          coordinator.recipient(),
          null,
          coordinator.getFirstName(),
          contact.getAccount().getDisplayName(),
          contact.getJobTitle(),
          contact.getSite().getName(),
          page);
    }
    return contact.getSite().getName();
  }

  private Optional<EstablishmentContact> open(String token) {
    if (!Tokens.plausible(token)) {
      return Optional.empty();
    }
    return repository
        .contactByToken(Tokens.hash(token))
        .filter(c -> c.getStatus() == ContactStatus.EMAIL_PENDING)
        .filter(
            c -> c.getTokenExpiresAt() != null && c.getTokenExpiresAt().isAfter(clock.instant()));
  }

  private void tellOwner(Account owner) {
    if (mailedLately(owner.getEmail()) >= MAX_MAILS_PER_HOUR) {
      LOG.warning("Establishment application: too many mails to one address this hour, none sent");
      return;
    }
    Optional<EstablishmentContact> contact = repository.contact(owner.getId());
    if (contact.isPresent() && contact.get().getStatus() == ContactStatus.EMAIL_PENDING) {
      mailLink(contact.get(), clock.instant()); // the first link may be lost or expired
    } else {
      mailer.send("establishmentApplyInUse", owner.recipient(), null, owner.getFirstName());
    }
    LOG.info("Establishment application with an address that has an account: nothing stored");
  }

  private long mailedLately(String address) {
    return ((Number)
            em.createNativeQuery(
                    """
                    SELECT count(*) FROM mail_outbox WHERE recipient = ? AND kind IN
                    ('establishmentConfirm', 'establishmentApplyInUse')
                    AND created_at > CAST(? AS timestamptz)
                    """)
                .setParameter(1, address)
                .setParameter(2, Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .getSingleResult())
        .longValue();
  }

  private void mailLink(EstablishmentContact contact, Instant now) {
    String token = Tokens.random();
    Instant expires = now.plus(LINK_VALID_FOR);
    contact.awaitConfirmation(Tokens.hash(token), expires);
    Account account = contact.getAccount();
    mailer.send(
        "establishmentConfirm",
        account.recipient(),
        null,
        account.getFirstName(),
        contact.getSite().getName(),
        settings.publicUrl() + "/establishment/confirm?t=" + token,
        expires);
  }

  private Site listedSite(Long siteId, List<FieldError> errors) {
    Site site = siteId == null ? null : em.find(Site.class, siteId);
    if (siteId != null
        && (site == null || site.isArchived() || !site.getKind().isEstablishment())) {
      errors.add(new FieldError("site", "establishment.apply.site.required"));
      return null;
    }
    return site;
  }

  private Site newSite(Application form) {
    Site site =
        new Site(
            form.getSiteName().strip(),
            form.getSiteKind(),
            form.getCity().strip(),
            form.getRegion());
    site.locate(form.getAddress().strip(), form.getPostalCode().strip());
    site.setArchived(true); // out of the public programme until the contact is accepted
    em.persist(site);
    return site;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS));
  }
}
