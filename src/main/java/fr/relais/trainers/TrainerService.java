package fr.relais.trainers;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.audit.AuditService;
import fr.relais.people.Account;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.people.EmailAddress;
import fr.relais.people.PasswordHasher;
import fr.relais.people.Role;
import fr.relais.people.RoleGranted;
import fr.relais.people.SignUpForm;
import fr.relais.programme.Theme;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** Appoints trainers and keeps their profile. */
@Stateless
public class TrainerService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private TrainerRepository trainers;
  @Inject private PasswordHasher hasher;
  @Inject private AuditService audit;
  @Inject private Clock clock;

  /** The outcome of an appointment; a temporary password only when an account was created. */
  public record Appointment(Account account, String temporaryPassword) {}

  /**
   * Gives the TRAINER role to the account of that e-mail, creating the account when there is none
   * (with a temporary password the coordinator hands over, to be changed).
   */
  public Appointment appoint(Caller by, String email, String firstName, String lastName) {
    by.mustCoordinate();
    if (!EmailAddress.isValid(email)) {
      throw BusinessException.onField("email", "relais.email.invalid.text");
    }
    Account account = accounts.findByEmail(email).orElse(null);
    String temporary = null;
    if (account == null) {
      if (!SignUpForm.isPersonName(firstName)) {
        throw BusinessException.onField("firstName", "relais.name.invalid.text");
      }
      if (!SignUpForm.isPersonName(lastName)) {
        throw BusinessException.onField("lastName", "relais.name.invalid.text");
      }
      account = new Account(email, firstName, lastName, clock.instant());
      temporary = temporaryPassword();
      account.setPasswordHash(hasher.hash(temporary));
      accounts.persist(account);
    }
    account.grant(Role.TRAINER);
    if (trainers.profile(account.getId()).isEmpty()) {
      trainers.persist(new TrainerProfile(account));
    }
    audit.record("account", account.getId(), "TRAINER_APPOINTED", null);
    return new Appointment(account, temporary);
  }

  public void describe(Caller by, long accountId, String bio, Set<Long> themeIds) {
    by.mustCoordinateOrBe(by.is(accountId));
    if (bio != null && bio.length() > 2000) {
      throw BusinessException.onField("bio", "relais.tooLong.text");
    }
    TrainerProfile profile = profile(accountId);
    Set<Theme> themes = new HashSet<>();
    for (Long id : themeIds) {
      Theme theme = em.find(Theme.class, id);
      if (theme != null) {
        themes.add(theme);
      }
    }
    profile.describe(bio == null || bio.isBlank() ? null : bio.strip(), themes);
    audit.record("account", accountId, "TRAINER_PROFILE", null);
  }

  /**
   * BPF frame E: whether the trainer is internal (an employee or volunteer of the association) or
   * external (paid as a contractor). Coordinators decide it, not the trainer.
   */
  public void classify(Caller by, long accountId, boolean external) {
    by.mustCoordinate();
    TrainerProfile profile = profile(accountId);
    if (profile.isExternal() != external) {
      profile.setExternal(external);
      audit.record("account", accountId, external ? "TRAINER_EXTERNAL" : "TRAINER_INTERNAL", null);
    }
  }

  public String renewFeed(Caller by, long accountId) {
    by.mustBe(accountId);
    TrainerProfile profile = profile(accountId);
    profile.renewFeedToken();
    audit.record("account", accountId, "FEED_RENEWED", null);
    return profile.getFeedToken();
  }

  /** A trainer gets a profile with the role, in the transaction that grants it. */
  public void profileForNewTrainer(@Observes RoleGranted granted) {
    long accountId = granted.account().getId();
    if (granted.role() == Role.TRAINER && trainers.profile(accountId).isEmpty()) {
      trainers.persist(new TrainerProfile(granted.account()));
    }
  }

  /** The profile of a trainer, created on first use for trainers appointed before profiles. */
  public TrainerProfile profile(long accountId) {
    return trainers
        .profile(accountId)
        .orElseGet(
            () -> {
              Account account =
                  accounts
                      .find(accountId)
                      .filter(a -> a.getRoles().contains(Role.TRAINER))
                      .orElseThrow(() -> new NotFoundException("trainer " + accountId));
              TrainerProfile created = new TrainerProfile(account);
              trainers.persist(created);
              return created;
            });
  }

  private static String temporaryPassword() {
    StringBuilder password = new StringBuilder("Relais-");
    for (int i = 0; i < 10; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
