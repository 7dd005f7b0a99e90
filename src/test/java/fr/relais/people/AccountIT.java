package fr.relais.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.i18n.Language;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.registration.Reminders;
import fr.relais.survey.CampaignService;
import fr.relais.survey.Invitations;
import fr.relais.survey.Phase;
import fr.relais.survey.SurveyRepository;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.testing.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mon compte" in the container: a wrong current password changes nothing; a new password ends the
 * account's other sessions; a new e-mail counts only once its single-use, expiring link is used;
 * opted-out people get no reminders or survey mails but still their confirmations; a PBKDF2 hash of
 * before is replaced by Argon2id at the next successful sign-in only, and no session ends.
 */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

  private static final String OLD = "Ancien-mot-2026!";
  private static final String NEW = "Nouveau-mot-2026!";

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private AccountService accounts;
  @Inject private EmailChangeService emailChanges;
  @Inject private PasswordHasher hasher;
  @Inject private RegistrationService registrations;
  @Inject private Reminders reminders;
  @Inject private CampaignService campaigns;
  @Inject private SurveyRepository surveys;
  @Inject private Invitations invitations;
  @Inject private HttpServletRequest request;
  @Inject private Pbkdf2PasswordHash soteriaPbkdf2;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  /** A participant who can sign in with OLD, under an address unique to the run. */
  private record Person(long id, String email) {
    Caller caller() {
      return new Caller(id, email, Set.of(Role.PARTICIPANT));
    }
  }

  private Person person(String firstName) throws SQLException {
    long id = fixtures.participant(firstName, false);
    String email = firstName.toLowerCase() + "." + System.nanoTime() + "@compte.relais.test";
    sql(
        "UPDATE account SET email = ?, password_hash = ? WHERE id = ?",
        email,
        hasher.hash(OLD),
        id);
    return new Person(id, email);
  }

  private void sql(String statement, Object... values) throws SQLException {
    try (java.sql.Connection c = dataSource.getConnection()) {
      Sql.update(c, statement, values);
    }
  }

  private String hash(long id) throws SQLException {
    return Sql.text(dataSource, "SELECT password_hash FROM account WHERE id = ?", id);
  }

  private String email(long id) throws SQLException {
    return Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", id);
  }

  private long count(String sql, Object... values) throws SQLException {
    return Sql.number(dataSource, sql, values);
  }

  private String ownBase() {
    return "http://localhost:" + request.getLocalPort() + request.getContextPath();
  }

  @Test
  void aWrongCurrentPasswordIsRefusedWithEveryOtherErrorAndChangesNothing() throws Exception {
    Person me = person("Mauvais");
    String before = hash(me.id());
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () -> accounts.changePassword(me.caller(), me.id(), "pas-le-bon", "court", "court"));
    assertEquals(
        List.of("current", "newPassword"),
        refused.getErrors().stream().map(InvalidInput.FieldError::field).toList(),
        "every field at once");
    InvalidInput wrongOnly =
        assertThrows(
            InvalidInput.class,
            () -> accounts.changePassword(me.caller(), me.id(), "pas-le-bon", NEW, NEW));
    assertEquals("account.password.wrongCurrent", wrongOnly.getErrors().get(0).key());
    assertEquals(before, hash(me.id()), "nothing changed");

    Person other = person("Autre");
    BusinessException forbidden =
        assertThrows(
            BusinessException.class,
            () -> accounts.changePassword(other.caller(), me.id(), OLD, NEW, NEW));
    assertTrue(forbidden.isForbidden(), "one's own account only");
    assertEquals(before, hash(me.id()));

    accounts.changePassword(me.caller(), me.id(), OLD, NEW, NEW);
    assertTrue(hasher.matches(NEW, hash(me.id())));
  }

  @Test
  void aNewPasswordEndsTheOtherSessionsOfTheAccount() throws Exception {
    Person me = person("Sessions");
    WebClient laptop = new WebClient(ownBase());
    WebClient phone = new WebClient(ownBase());
    assertTrue(laptop.signIn(me.email(), OLD));
    assertTrue(phone.signIn(me.email(), OLD));
    assertEquals(200, laptop.get("/people/account").statusCode());
    assertEquals(200, phone.get("/people/account").statusCode());

    accounts.changePassword(me.caller(), me.id(), OLD, NEW, NEW);

    for (WebClient signedInBefore : List.of(laptop, phone)) {
      HttpResponse<String> after = signedInBefore.get("/people/account");
      assertEquals(302, after.statusCode(), "signed out at the next request");
      String location = after.headers().firstValue("Location").orElse("");
      assertTrue(location.contains("/people/signin") && location.contains("ended=true"), location);
      assertTrue(
          signedInBefore.get("/people/account").headers().firstValue("Location").isPresent(),
          "and stays signed out");
    }
    assertFalse(new WebClient(ownBase()).signIn(me.email(), OLD));
    WebClient again = new WebClient(ownBase());
    assertTrue(again.signIn(me.email(), NEW));
    assertEquals(200, again.get("/people/account").statusCode(), "a new sign-in works");
  }

  private String linkMailedTo(String address) throws SQLException {
    String body =
        Sql.text(
            dataSource,
            "SELECT body FROM mail_outbox WHERE kind = 'emailChangeLink' AND recipient = ?"
                + " ORDER BY id DESC LIMIT 1",
            address);
    Matcher token = Pattern.compile("/people/email\\?t=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(token.find(), body);
    return token.group(1);
  }

  @Test
  void aNewEmailCountsOnlyOnceItsLinkIsUsedAndTheLinkWorksOnce() throws Exception {
    Person me = person("Adresse");
    String wanted = "nouvelle." + System.nanoTime() + "@compte.relais.test";
    InvalidInput wrong =
        assertThrows(
            InvalidInput.class,
            () -> emailChanges.request(me.caller(), me.id(), "pas-une-adresse", "pas-le-bon"));
    assertEquals(
        List.of("newEmail", "emailPassword"),
        wrong.getErrors().stream().map(InvalidInput.FieldError::field).toList());

    emailChanges.request(me.caller(), me.id(), wanted.toUpperCase(), OLD);
    assertEquals(me.email(), email(me.id()), "nothing changes before the link");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'emailChangeAsked' AND recipient = ?",
            me.email()),
        "the old address is told");
    String token = linkMailedTo(wanted);
    assertEquals(
        0, count("SELECT count(*) FROM email_change WHERE token_hash = ?", token), "only a hash");
    assertTrue(emailChanges.usable(token));

    assertEquals(wanted, emailChanges.confirm(token));
    assertEquals(wanted, email(me.id()));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'emailChanged' AND recipient = ?",
            me.email()),
        "the old address is told again");
    assertFalse(emailChanges.usable(token), "single use");
    BusinessException twice =
        assertThrows(BusinessException.class, () -> emailChanges.confirm(token));
    assertEquals("account.email.link.invalid", twice.getMessageKey());
  }

  @Test
  void aLinkExpiresAfterADayAndANewPasswordCancelsIt() throws Exception {
    Person me = person("Expire");
    String wanted = "expire." + System.nanoTime() + "@compte.relais.test";
    Caller caller = me.caller();
    emailChanges.request(caller, me.id(), wanted, OLD);
    String token = linkMailedTo(wanted);
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM email_change WHERE account_id = ?"
                + " AND expires_at - created_at = interval '24 hours'",
            me.id()));
    sql(
        "UPDATE email_change SET expires_at = now() - interval '1 minute' WHERE account_id = ?",
        me.id());
    assertFalse(emailChanges.usable(token));
    assertThrows(BusinessException.class, () -> emailChanges.confirm(token));
    assertEquals(me.email(), email(me.id()), "an expired link changes nothing");

    String later = "plus-tard." + System.nanoTime() + "@compte.relais.test";
    emailChanges.request(caller, me.id(), later, OLD);
    String pending = linkMailedTo(later);
    accounts.changePassword(caller, me.id(), OLD, NEW, NEW);
    assertFalse(emailChanges.usable(pending), "a new password cancels the change");
    assertEquals(me.email(), email(me.id()));
  }

  @Test
  void anAddressOfAnotherAccountGetsNoLinkAndTheSameAnswer() throws Exception {
    Person me = person("Prise");
    Person owner = person("Proprietaire");
    emailChanges.request(me.caller(), me.id(), owner.email(), OLD); // no refusal: nothing told
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'emailChangeLink' AND recipient = ?",
            owner.email()),
        "no link");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'emailInUse' AND recipient = ?",
            owner.email()),
        "the owner is told someone tried");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM email_change WHERE account_id = ? AND used_at IS NULL", me.id()));
    assertEquals(me.email(), email(me.id()));
  }

  private ProfileForm optOut(Person p, boolean reminders, boolean surveys) {
    ProfileForm form = new ProfileForm();
    form.setStatus(fr.relais.people.ParticipantStatus.PROFESSIONAL);
    form.setProfession(Profession.NURSE);
    form.setWorkplaceType(WorkplaceType.PUBLIC_HOSPITAL);
    form.setRegion(Region.GRAND_EST);
    form.setLanguage(Language.FR);
    form.setReminderMails(reminders);
    form.setSurveyMails(surveys);
    accounts.updateProfile(p.caller(), p.id(), form);
    return form;
  }

  @Test
  void theProfileIsCheckedWholeAndOnlyByItsOwner() throws Exception {
    Person me = person("Profil");
    ProfileForm empty = new ProfileForm();
    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> accounts.updateProfile(me.caller(), me.id(), empty));
    assertEquals(
        List.of("status", "profession", "workplace", "region", "language"),
        refused.getErrors().stream().map(InvalidInput.FieldError::field).toList());
    ProfileForm form = new ProfileForm();
    form.setLanguage(Language.EN);
    assertThrows(
        BusinessException.class,
        () -> accounts.updateProfile(Callers.participant(me.id() + 1), me.id(), form));
    optOut(me, true, true);
    assertEquals(
        "GRAND_EST", Sql.text(dataSource, "SELECT region FROM account WHERE id = ?", me.id()));
  }

  @Test
  void optedOutPeopleGetNoReminderNorSurveyMailButStillTheirConfirmation() throws Exception {
    long theme = fixtures.theme(Fixtures.unique("Thème compte"));
    long activity =
        fixtures.activity(
            Fixtures.unique("Atelier compte"), Format.TALK_GROUP, theme, Audience.ALL);
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofHours(5)), 5, 0);
    long who5 = surveys.instrument("WHO5").orElseThrow().getId();
    campaigns.launch(
        Callers.coordinator(),
        Fixtures.unique("Campagne compte"),
        who5,
        Phase.BEFORE,
        null,
        session,
        0);
    Person quiet = person("Discrete");
    Person keen = person("Partante");
    optOut(quiet, false, false);
    optOut(keen, true, true);
    registrations.register(quiet.caller(), session, null);
    registrations.register(keen.caller(), session, null);
    reminders.sendDue();
    invitations.mailDue();

    String mails = "SELECT count(*) FROM mail_outbox WHERE kind = ? AND recipient = ?";
    assertEquals(1, count(mails, "confirmed", quiet.email()), "the confirmation always goes");
    assertEquals(0, count(mails, "reminder", quiet.email()), "no reminder when turned off");
    assertEquals(0, count(mails, "survey", quiet.email()), "no survey mail when turned off");
    assertEquals(
        1,
        count("SELECT count(*) FROM survey_invitation WHERE account_id = ?", quiet.id()),
        "still invited: the survey waits in Mes questionnaires");
    assertEquals(1, count(mails, "confirmed", keen.email()));
    assertEquals(1, count(mails, "reminder", keen.email()), "the others get theirs");
    assertEquals(1, count(mails, "survey", keen.email()));
  }

  /** What PasswordHasher wrote until issue 18, made by the container's own Pbkdf2PasswordHash. */
  private String pbkdf2OfBefore(String password) {
    soteriaPbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    return soteriaPbkdf2.generate(password.toCharArray());
  }

  @Test
  void aPbkdf2HashIsUpgradedAtTheNextSignInAndNoSessionEnds() throws Exception {
    Person me = person("Ancienhash");
    WebClient laptop = new WebClient(ownBase());
    assertTrue(laptop.signIn(me.email(), OLD));
    long version = count("SELECT credentials_version FROM account WHERE id = ?", me.id());
    String pbkdf2 = pbkdf2OfBefore(OLD);
    sql("UPDATE account SET password_hash = ? WHERE id = ?", pbkdf2, me.id());

    assertFalse(new WebClient(ownBase()).signIn(me.email(), "Pas-le-bon-2026!"));
    assertEquals(pbkdf2, hash(me.id()), "a wrong password rewrites nothing");

    WebClient phone = new WebClient(ownBase());
    assertTrue(phone.signIn(me.email(), OLD), "the PBKDF2 hash still verifies");
    String upgraded = hash(me.id());
    assertTrue(upgraded.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), upgraded);
    assertFalse(hasher.needsUpgrade(upgraded));
    assertEquals(
        version,
        count("SELECT credentials_version FROM account WHERE id = ?", me.id()),
        "the same password: the credentials did not change");
    assertEquals(200, laptop.get("/people/account").statusCode(), "the other session goes on");
    assertEquals(200, phone.get("/people/account").statusCode());

    assertTrue(new WebClient(ownBase()).signIn(me.email(), OLD), "and signs in again");
    assertEquals(upgraded, hash(me.id()), "hashed once: today's hash is kept");
  }
}
