package fr.relais.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.AttendanceService;
import fr.relais.attendance.AttendanceStatus;
import fr.relais.establishment.ContactStatus;
import fr.relais.establishment.EstablishmentRequestService;
import fr.relais.establishment.RequestDetails;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.jobs.JobRun;
import fr.relais.kernel.jobs.JobRunService;
import fr.relais.kernel.jobs.Jobs;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.people.PasswordHasher;
import fr.relais.people.PasswordResetService;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.site.SiteKind;
import fr.relais.survey.AnswerService;
import fr.relais.survey.CampaignService;
import fr.relais.survey.ItemType;
import fr.relais.survey.Phase;
import fr.relais.survey.Pseudonyms;
import fr.relais.survey.QuestionnaireService;
import fr.relais.survey.SurveyKind;
import fr.relais.survey.SurveyRepository;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.testing.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The right to erasure and the retention job on a real PostgreSQL: the person goes, the statistics
 * stay, a sign-in sheet keeps a name only while the law asks, survey answers can no longer be
 * traced back; the job erases only participants unused for years; job states are kept.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  private static final Duration YEAR = Duration.ofDays(366);

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private ErasureService erasure;
  @Inject private RetentionSchedule retention;
  @Inject private RetentionService retentionSteps;
  @Inject private RegistrationService registrations;
  @Inject private Pseudonyms pseudonyms;
  @Inject private Jobs jobs;
  @Inject private JobRunService jobLog;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordResetService resets;
  @Inject private AttendanceService attendance;
  @Inject private QuestionnaireService questionnaires;
  @Inject private SurveyRepository surveys;
  @Inject private CampaignService campaigns;
  @Inject private AnswerService answers;
  @Inject private HttpServletRequest request;
  @Inject private EstablishmentRequestService establishmentRequests;
  @Inject private MyDataRepository myData;
  @Inject private AccountRepository accounts;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long activity;

  /** What establishments ask for: a JADES day (they cannot ask for an eJADES). */
  private static long jadesDay;

  @BeforeEach
  void world() {
    if (activity == 0) {
      long theme = fixtures.theme(Fixtures.unique("Thème vie privée"));
      activity =
          fixtures.activity(
              Fixtures.unique("Atelier vie privée"), Format.EJADES, theme, Audience.ALL);
      jadesDay =
          fixtures.activity(
              Fixtures.unique("Journée vie privée"), Format.JADES, theme, Audience.ALL);
    }
  }

  @Test
  void erasureForgetsThePersonAndKeepsTheStatistics() throws Exception {
    long person = fixtures.participant("Effacée", false);
    String email = text("SELECT email FROM account WHERE id = " + person);
    long attended = pastSessionAttendedBy(person, Instant.now().minus(Duration.ofDays(30)));
    long upcoming = fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(20)), 1, 0);
    registrations.register(Callers.participant(person), upcoming, null);
    long waiting = fixtures.participant("EnAttente", false);
    registrations.register(Callers.participant(waiting), upcoming, null);
    String pseudonym = pseudonyms.of(person);
    long before = response(attended, pseudonym);
    long after = response(attended, pseudonym);
    sql(
        "INSERT INTO mail_outbox (kind, recipient, subject, body) VALUES ('TEST', ?, 'Bonjour', 'Bonjour Effacée')",
        email);
    sql(
        "INSERT INTO audit_log (actor, entity, entity_id, action) VALUES (?, 'session', ?, 'TEST')",
        email,
        attended);

    assertTrue(erasure.erase(person, "test"));

    assertEquals(
        0, count("SELECT count(*) FROM account WHERE email = '" + email + "'"), "no e-mail");
    assertEquals(
        "erased-" + person + "@erased.invalid",
        text("SELECT email FROM account WHERE id = " + person));
    assertEquals(
        "!", text("SELECT password_hash FROM account WHERE id = " + person), "no password");
    assertEquals(0, count("SELECT count(*) FROM account_role WHERE account_id = " + person));
    assertEquals(
        "Effacée",
        text("SELECT first_name FROM account WHERE id = " + person),
        "on a sign-in sheet kept by law");
    assertEquals(
        "PROFESSIONAL",
        text("SELECT status FROM account WHERE id = " + person),
        "statistics keep the status");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM attendance t JOIN registration r ON r.id = t.registration_id WHERE r.account_id = "
                + person),
        "attendance kept");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM certificate c JOIN registration r ON r.id = c.registration_id WHERE r.account_id = "
                + person));
    assertEquals(
        "CANCELLED",
        text(
            "SELECT status FROM registration WHERE session_id = "
                + upcoming
                + " AND account_id = "
                + person));
    assertEquals(
        "CONFIRMED",
        text(
            "SELECT status FROM registration WHERE session_id = "
                + upcoming
                + " AND account_id = "
                + waiting),
        "the waitlist moved up");
    assertEquals(0, count("SELECT count(*) FROM mail_outbox WHERE recipient = '" + email + "'"));
    assertEquals(0, count("SELECT count(*) FROM audit_log WHERE actor = '" + email + "'"));
    assertEquals(
        0,
        count("SELECT count(*) FROM survey_response WHERE pseudonym = '" + pseudonym + "'"),
        "the pseudonym no longer leads to the answers");
    String moved = text("SELECT pseudonym FROM survey_response WHERE id = " + before);
    assertEquals(
        moved,
        text("SELECT pseudonym FROM survey_response WHERE id = " + after),
        "before/after still pair");
    assertNotEquals(pseudonyms.of(person), moved);
    assertEquals(
        1,
        count("SELECT count(*) FROM audit_log WHERE action = 'ERASED' AND entity_id = " + person));

    assertFalse(erasure.erase(person, "twice"), "an erased account is erased once");
  }

  /**
   * Someone who did everything Relais offers erases their account on the privacy page; then no text
   * column of any table holds their e-mail or names, except the sign-in sheet's names
   * (account.first_name and account.last_name) while the sheet is kept, and not those after it.
   * Relais stores no phone number. What the person does themselves goes through HTTP to this
   * deployment, so the audit and "cancelled by" columns name them as in real use.
   */
  @Test
  void erasureLeavesNoIdentifierInAnyColumn() throws Exception {
    // Distinctive ASCII names (PostgreSQL's lower() is then the same in every locale).
    String first = Fixtures.unique("Ombelinex");
    String last = Fixtures.unique("Keroualtz");
    String email = "ombelinex." + System.nanoTime() + "@effacement.relais.test";
    String password = "Nouveau-mot-2026!";
    long person = participantWhoResetTheirPassword(first, last, email, password);
    Person me = new Person(person, email, password, new WebClient(ownBase()));
    registersCancelsAndWaits(me);
    long trainer = fixtures.trainer("Animatrice", Fixtures.unique("Effacement"));
    Caller leader =
        new Caller(trainer, "animatrice." + trainer + "@relais.test", Set.of(Role.TRAINER));
    long checkedIn = checksIn(me, leader);
    long surveyed = answersTheSurveyOfASession(me, leader);
    HttpResponse<String> myData = me.web().api("GET", "/api/me/data", email, password, null);
    assertEquals(200, myData.statusCode());
    assertTrue(myData.body().contains(email), "their data, exported");
    String tokenHash = text("SELECT min(token_hash) FROM api_token WHERE account_id = " + person);
    assertTrue(
        myData.body().contains("\"apiTokens\":[{") && myData.body().contains("\"READ,REGISTER\""),
        "their tokens listed: " + myData.body());
    assertFalse(myData.body().contains(tokenHash), "their tokens listed, never a hash");
    assertTrue(
        count("SELECT count(*) FROM mail_outbox WHERE recipient = '" + email + "'") >= 6, "mailed");
    assertEquals(
        List.of("account.email", "account.first_name", "account.last_name"),
        columnsHolding(email, first, last).stream().filter(c -> c.startsWith("account.")).toList(),
        "the scan finds the person before the erasure");

    eraseOnThePrivacyPage(me);

    assertTrue(erased(person));
    assertEquals(
        0, count("SELECT count(*) FROM api_token WHERE account_id = " + person), "tokens gone");
    assertEquals(
        List.of("account.first_name", "account.last_name"),
        columnsHolding(email, first, last),
        "only the names of a sign-in sheet still kept");
    assertEquals(
        first + " " + last,
        text("SELECT first_name || ' ' || last_name FROM account WHERE id = " + person));
    Instant longAgo = Instant.now().minus(YEAR.multipliedBy(6));
    fixtures.moveTo(checkedIn, longAgo, longAgo.plus(Duration.ofHours(1)));
    Instant dayBefore = longAgo.minus(Duration.ofDays(1));
    fixtures.moveTo(surveyed, dayBefore, dayBefore.plus(Duration.ofHours(1)));
    retentionSteps.forgetNamesOffSheets(Instant.now());
    assertEquals(List.of(), columnsHolding(email, first, last), "the sheets are past keeping");
  }

  /** The person as they act over HTTP: an API token on the API, the sign-in form for pages. */
  private record Person(long id, String email, String password, WebClient web) {
    int api(String method, String path) throws Exception {
      return web.api(method, path, email, password, method.equals("POST") ? "{}" : null)
          .statusCode();
    }
  }

  private long participantWhoResetTheirPassword(
      String first, String last, String email, String password) throws Exception {
    long person = fixtures.participant(first, false);
    sql(
        "UPDATE account SET email = ?, last_name = ?, password_hash = ?,"
            + " privacy_consent_at = now() WHERE id = ?",
        email,
        last,
        hasher.hash("Ancien-mot-2026!"),
        person);
    resets.request(email);
    resets.reset(resetToken(email), password, password);
    return person;
  }

  /**
   * Registers and cancels, waits for a seat in a full session, is added by a coordinator to a
   * third: all upcoming, so the erasure withdraws what is still live.
   */
  private void registersCancelsAndWaits(Person me) throws Exception {
    Instant now = Instant.now();
    long cancelled = fixtures.openSession(activity, now.plus(Duration.ofDays(20)), 5, 0);
    assertEquals(201, me.api("POST", "/api/sessions/" + cancelled + "/registrations"));
    assertEquals(200, me.api("DELETE", "/api/sessions/" + cancelled + "/registrations/me"));
    long full = fixtures.openSession(activity, now.plus(Duration.ofDays(21)), 1, 0);
    registrations.register(
        Callers.participant(fixtures.participant("Premiere", false)), full, null);
    assertEquals(201, me.api("POST", "/api/sessions/" + full + "/registrations"));
    assertEquals(
        "WAITLISTED",
        text(
            "SELECT status FROM registration WHERE session_id = "
                + full
                + " AND account_id = "
                + me.id()));
    long byHand = fixtures.openSession(activity, now.plus(Duration.ofDays(22)), 5, 0);
    registrations.addByHand(Callers.coordinator(), byHand, me.email());
  }

  /** Checks in with the code of a session under way; returns the session. */
  private long checksIn(Person me, Caller leader) throws Exception {
    long running =
        sessionOf(me.id(), leader.accountId(), Instant.now().minus(Duration.ofMinutes(5)));
    String code = attendance.currentCode(leader, running);
    HttpResponse<String> checkIn =
        me.web()
            .api(
                "POST",
                "/api/sessions/" + running + "/check-in",
                me.email(),
                me.password(),
                "{\"code\": \"" + code + "\"}");
    assertEquals(200, checkIn.statusCode(), checkIn.body());
    return running;
  }

  /**
   * Is marked present by the trainer of a past session, which the trainer completes: the survey of
   * the session is mailed, and the person answers it. Returns the session.
   */
  private long answersTheSurveyOfASession(Person me, Caller leader) throws Exception {
    long past = sessionOf(me.id(), leader.accountId(), Instant.now().minus(Duration.ofHours(3)));
    long questionnaire =
        questionnaires.create(
            Callers.coordinator(), SurveyKind.SATISFACTION, "Avis effacement", "Erasure opinion");
    long section = surveys.questionnaire(questionnaire).orElseThrow().getSections().get(0).getId();
    questionnaires.addItem(
        Callers.coordinator(),
        questionnaire,
        section,
        new QuestionnaireService.ItemDraft(
            ItemType.RATING, "Note", "Rating", true, null, null, null, false));
    long campaign =
        campaigns.launch(
            Callers.coordinator(),
            Fixtures.unique("Campagne effacement"),
            questionnaire,
            Phase.HOT,
            null,
            past,
            0);
    attendance.mark(leader, past, registrationOf(me.id(), past), 0, AttendanceStatus.PRESENT, null);
    attendance.complete(leader, past);
    long invitation =
        count(
            "SELECT id FROM survey_invitation WHERE campaign_id = "
                + campaign
                + " AND account_id = "
                + me.id());
    long item =
        surveys
            .questionnaire(questionnaire)
            .orElseThrow()
            .getSections()
            .get(0)
            .getItems()
            .get(0)
            .getId();
    AnswerService.Respondent respondent = new AnswerService.Respondent(me.id(), Set.of());
    answers.save(respondent, invitation, 0, Map.of(item, List.of("8")));
    answers.submit(respondent, invitation);
    return past;
  }

  /** "Supprimer mon compte", signed in through the sign-in form, as the browser posts it. */
  private void eraseOnThePrivacyPage(Person me) throws Exception {
    assertTrue(me.web().signIn(me.email(), me.password()));
    HttpResponse<String> page = me.web().get("/privacy/");
    Matcher action =
        Pattern.compile("<form id=\"erase\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
    assertTrue(action.find(), page.body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("erase", "erase");
    form.put("erase:password", me.password());
    form.put("erase:submit", "");
    form.putAll(WebClient.tokens(page.body()));
    HttpResponse<String> erased =
        me.web().postForm(action.group(1).substring(request.getContextPath().length()), form);
    assertTrue(
        erased.headers().firstValue("Location").orElse("").contains("erased=true"),
        erased.statusCode() + " " + erased.body());
  }

  /**
   * An establishment's contact (issue 16) who asked for a day, invited their staff, accepted the
   * convention and was asked the client's opinion, then erases their account: their e-mail leaves
   * every who-acted column ("erased-ID" instead), their link to the establishment goes, the request
   * stays (by the erased account), and only the accepted convention keeps their name, the legal
   * record its frozen PDF also holds. Someone of the staff list who erases their account is taken
   * off it. "Vos données" showed the contact their establishment, requests and conventions.
   */
  @Test
  void erasingAContactOrAStaffMemberLeavesOnlyTheConventionsLegalRecord() throws Exception {
    String first = Fixtures.unique("Gwenaelix");
    String last = Fixtures.unique("Tremorvan");
    String email = "gwenaelix." + System.nanoTime() + "@contact.relais.test";
    long site =
        fixtures.site(
            Fixtures.unique("CH Vie privée"), SiteKind.HOSPITAL, "Brest", Region.BRETAGNE);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    sql(
        "UPDATE account SET email = ?, first_name = ?, last_name = ? WHERE id = ?",
        email,
        first,
        last,
        contact);
    sql(
        "UPDATE establishment_contact SET phone = '02 98 00 00 00', reviewed_by = ?,"
            + " reviewed_at = now() WHERE account_id = ?",
        Callers.coordinator().email(),
        contact);
    Caller asContact = new Caller(contact, email, Set.of(Role.CONTACT));
    long request =
        establishmentRequests
            .submit(
                asContact,
                new RequestDetails(
                    jadesDay,
                    List.of(java.time.LocalDate.now().plusDays(45)),
                    10,
                    Audience.ALL,
                    null,
                    null))
            .getId();
    long day = pastSessionAttendedBy(fixtures.participant("Collegue", false), Instant.now());
    sql("UPDATE session SET establishment_request_id = ? WHERE id = ?", request, day);
    String staffFirst = Fixtures.unique("Aldegondex");
    String staffLast = Fixtures.unique("Quemperlaz");
    long staff = fixtures.participant(staffFirst, false);
    String staffEmail = text("SELECT email FROM account WHERE id = " + staff);
    sql("UPDATE account SET last_name = ? WHERE id = ?", staffLast, staff);
    staffInvitation(request, staffEmail, staffFirst, staffLast, staff, email);
    staffInvitation(
        request, "sans.compte." + contact + "@relais.test", "Sans", "Compte", null, email);
    // place and trainers: columns the proposal's migration adds (not on this branch yet)
    boolean later =
        count(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'convention'"
                    + " AND column_name = 'place'")
            > 0;
    sql(
        "INSERT INTO convention (request_id, number, status, price_cents, price_basis, vat,"
            + " trainees, payment_terms, objectives, content, means, evaluation, created_at,"
            + " created_by, pdf, sha256, accepted_at, accepted_by_id, accepted_by_name"
            + (later ? ", place, trainers" : "")
            + ") VALUES (?, 1, 'ACCEPTED', 90000, 'PER_DAY', 'EXEMPT', 10, '30 jours', 'O', 'C',"
            + " 'M', 'E', now(), ?, '\\x25504446'::bytea, ?, now(), ?, ?"
            + (later ? ", 'Salle', 'Formatrice'" : "")
            + ")",
        request,
        Callers.coordinator().email(),
        "b".repeat(64),
        contact,
        first + " " + last);
    sql("UPDATE establishment_request SET status = 'SCHEDULED' WHERE id = ?", request);
    establishmentRequests.markHeld(Callers.coordinator(), request);
    assertTrue(
        count("SELECT count(*) FROM mail_outbox WHERE recipient = '" + email + "'") >= 2,
        "told of the move and asked the client's opinion");

    jakarta.json.JsonObject mine = myData.of(accounts.find(contact).orElseThrow());
    assertEquals(
        1, mine.getJsonArray("establishment").size(), "Vos données: the establishment link");
    assertEquals(request, mine.getJsonArray("establishmentRequests").getJsonObject(0).getInt("id"));
    assertEquals(
        first + " " + last,
        mine.getJsonArray("conventionsAccepted").getJsonObject(0).getString("acceptedByName"));
    assertTrue(
        columnsHolding(email, first, last)
            .containsAll(
                List.of(
                    "establishment_request_event.actor",
                    "staff_invitation.invited_by",
                    "convention.accepted_by_name")),
        "the scan sees the contact in the new tables");
    assertTrue(
        ErasureService.mayEraseThemselves(asContact), "a contact erases their own account too");

    assertTrue(erasure.erase(contact, "test"));

    assertEquals(
        List.of("convention.accepted_by_name"),
        columnsHolding(email, first, last),
        "only the name on the accepted convention, its legal record");
    assertEquals(
        0, count("SELECT count(*) FROM establishment_contact WHERE account_id = " + contact));
    assertEquals(
        contact,
        count("SELECT contact_id FROM establishment_request WHERE id = " + request),
        "the establishment keeps its request");
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM staff_invitation WHERE invited_by = 'erased-"
                + contact
                + "' AND request_id = "
                + request));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM establishment_request_event WHERE actor = 'erased-"
                + contact
                + "'"));

    assertTrue(erasure.erase(staff, "test"));
    assertEquals(
        List.of(), columnsHolding(staffEmail, staffFirst, staffLast), "off the staff list");
    assertEquals(1, count("SELECT count(*) FROM staff_invitation WHERE request_id = " + request));
  }

  private void staffInvitation(
      long request, String email, String first, String last, Long account, String by)
      throws SQLException {
    sql(
        "INSERT INTO staff_invitation (request_id, email, first_name, last_name, account_id,"
            + " invited_at, invited_by) VALUES (?, ?, ?, ?, ?, now(), ?)",
        request,
        email.toLowerCase(Locale.ROOT),
        first,
        last,
        account,
        by);
  }

  /**
   * The staff-list lines of people who never registered go with the old mails, once their request
   * is over; those who registered stay (their registration is the record).
   */
  @Test
  void retentionForgetsOldStaffListLinesOfPeopleWhoNeverRegistered() throws Exception {
    long site =
        fixtures.site(
            Fixtures.unique("EHPAD Ancien"), SiteKind.NURSING_HOME, "Vannes", Region.BRETAGNE);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    long request =
        establishmentRequests
            .submit(
                Callers.contact(contact),
                new RequestDetails(
                    jadesDay,
                    List.of(java.time.LocalDate.now().plusDays(45)),
                    10,
                    Audience.ALL,
                    null,
                    null))
            .getId();
    long registered = fixtures.participant("Inscrite", false);
    staffInvitation(request, "jamais." + request + "@relais.test", "Jamais", "Venue", null, "x");
    staffInvitation(
        request, "inscrite." + request + "@relais.test", "Inscrite", "Venue", registered, "x");
    Timestamp longAgo = Timestamp.from(Instant.now().minus(YEAR.multipliedBy(2)));
    sql(
        "UPDATE establishment_request SET status = 'CLOSED', updated_at = ? WHERE id = ?",
        longAgo,
        request);
    sql("UPDATE staff_invitation SET invited_at = ? WHERE request_id = ?", longAgo, request);

    retentionSteps.forgetOldMails(Instant.now());

    assertEquals(
        registered,
        count("SELECT min(account_id) FROM staff_invitation WHERE request_id = " + request),
        "the line of the person who registered stays");
    assertEquals(1, count("SELECT count(*) FROM staff_invitation WHERE request_id = " + request));
  }

  @Test
  void onlyTheParticipantThemselvesWithTheirPasswordErasesTheirAccount() throws Exception {
    long person = fixtures.participant("Prudente", false);
    Caller caller = new Caller(person, "prudente@relais.test", Set.of(Role.PARTICIPANT));
    BusinessException wrong =
        assertThrows(BusinessException.class, () -> erasure.eraseOwn(caller, "pas le bon"));
    assertEquals("erasure.wrongPassword", wrong.getMessageKey());
    long trainer = fixtures.trainer("Formatrice", Fixtures.unique("Gardée"));
    Caller staff = new Caller(trainer, "t@relais.test", Set.of(Role.TRAINER, Role.PARTICIPANT));
    assertEquals(
        "erasure.staff",
        assertThrows(BusinessException.class, () -> erasure.eraseOwn(staff, "x")).getMessageKey());
    assertFalse(
        erasure.erase(trainer, "by mistake"), "staff accounts are closed by an administrator");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM account WHERE erased_at IS NOT NULL AND id IN ("
                + person
                + ","
                + trainer
                + ")"));
  }

  @Test
  void retentionErasesOnlyParticipantsUnusedForYearsAndForgetsOldSheets() throws Exception {
    Instant now = Instant.now();
    long unused = fixtures.participant("Partie", false);
    idleSince(unused, now.minus(YEAR.multipliedBy(4)));
    long recent = fixtures.participant("Revenue", false);
    idleSince(recent, now.minus(YEAR.multipliedBy(4)));
    sql(
        "UPDATE account SET last_login_at = ? WHERE id = ?",
        Timestamp.from(now.minus(Duration.ofDays(20))),
        recent);
    long attendedLastYear = fixtures.participant("Venue", false);
    idleSince(attendedLastYear, now.minus(YEAR.multipliedBy(4)));
    pastSessionAttendedBy(attendedLastYear, now.minus(YEAR));
    long trainer = fixtures.trainer("Formateur", Fixtures.unique("Ancien"));
    idleSince(trainer, now.minus(YEAR.multipliedBy(4)));
    long erasedLongAgo = fixtures.participant("Ancienne", false);
    long oldSession = pastSessionAttendedBy(erasedLongAgo, now.minus(YEAR.multipliedBy(4)));
    sql(
        "UPDATE attendance SET signature = '\\x89504e47'::bytea WHERE registration_id IN (SELECT id FROM registration WHERE account_id = ?)",
        erasedLongAgo);
    erasure.erase(erasedLongAgo, "test");
    assertEquals(
        "Ancienne",
        text("SELECT first_name FROM account WHERE id = " + erasedLongAgo),
        "kept: its sheet is 4 years old");
    fixtures.moveTo(
        oldSession,
        now.minus(YEAR.multipliedBy(6)),
        now.minus(YEAR.multipliedBy(6)).plus(Duration.ofHours(2)));

    String summary = retention.runNow();

    assertTrue(erased(unused), summary);
    assertFalse(erased(recent), "signed in last month");
    assertFalse(erased(attendedLastYear), "came to a session last year");
    assertFalse(erased(trainer), "staff");
    assertEquals(
        "",
        text("SELECT first_name || last_name FROM account WHERE id = " + erasedLongAgo),
        "its sheet is past 5 years");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM attendance t JOIN registration r ON r.id = t.registration_id WHERE r.account_id = "
                + erasedLongAgo
                + " AND t.signature IS NOT NULL"));
    assertTrue(summary.matches("erased=\\d+, names=\\d+, signatures=\\d+, mails=\\d+"), summary);
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'RETENTION_RUN' AND details = '"
                + summary.replaceAll(
                    "erased=(\\d+), names=(\\d+), signatures=(\\d+), mails=(\\d+)",
                    "$1 inactive account(s) erased, $2 name(s) and $3 signature(s) removed from"
                        + " expired sign-in sheets, $4 old mail(s) and reset link(s) deleted")
                + "'"),
        "the audit log keeps the run in words");
  }

  @Test
  void eachJobRunIsKeptWithItsOutcome() {
    String job = Fixtures.unique("job");
    jobs.run(job, () -> "3 done");
    assertThrows(
        IllegalStateException.class,
        () ->
            jobs.run(
                job,
                () -> {
                  throw new IllegalStateException("SMTP down");
                }));
    JobRun run =
        jobLog.all().stream().filter(j -> j.getName().equals(job)).findFirst().orElseThrow();
    assertEquals("FAILED", run.getOutcome());
    assertTrue(run.getDetails().contains("SMTP down"), run.getDetails());
    assertEquals(2, run.getRuns());
    assertEquals(1, run.getFailures());
    assertTrue(run.getLastFailureAt() != null && run.getFinishedAt() != null);
  }

  /**
   * Issue 20: the timers of every instance fire, one instance does the period's work. Two claims of
   * the same period (two instances at the same minute): the first wins, the second skips; the next
   * period is claimed again.
   */
  @Test
  void aJobsPeriodIsClaimedByOneInstanceOnly() {
    String job = Fixtures.unique("lease");
    Instant at = Instant.parse("2026-11-30T03:30:00Z");
    Duration day = Duration.ofDays(1);
    assertTrue(jobLog.claim(job, at, day), "the first instance");
    assertFalse(jobLog.claim(job, at.plusMillis(300), day), "the second, the same night");
    assertTrue(jobLog.claim(job, at.plus(day), day), "the next night");
    java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
    String other = Fixtures.unique("lease");
    jobs.runOncePer(Duration.ofMinutes(15), other, () -> "ran " + ran.incrementAndGet());
    jobs.runOncePer(Duration.ofMinutes(15), other, () -> "ran " + ran.incrementAndGet());
    assertEquals(1, ran.get(), "run once in its period");
    JobRun run =
        jobLog.all().stream().filter(j -> j.getName().equals(other)).findFirst().orElseThrow();
    assertEquals("OK", run.getOutcome());
    assertEquals(1, run.getRuns());
  }

  /** A completed session in the past, the person registered and present, with a certificate. */
  private long pastSessionAttendedBy(long person, Instant start) throws SQLException {
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(300)), 30, 0);
    registrations.register(Callers.participant(person), session, null);
    fixtures.moveTo(session, start, start.plus(Duration.ofHours(2)));
    sql("UPDATE session SET status = 'COMPLETED' WHERE id = ?", session);
    long registration =
        count(
            "SELECT id FROM registration WHERE session_id = "
                + session
                + " AND account_id = "
                + person);
    sql(
        "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by) VALUES (?, 0, 'PRESENT', 'HAND', now(), 'test')",
        registration);
    sql(
        "INSERT INTO certificate (registration_id, code, minutes, issued_at) VALUES (?, ?, 120, now())",
        registration,
        java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
    return session;
  }

  private long response(long session, String pseudonym) throws SQLException {
    long campaign =
        count("SELECT coalesce(min(id), 0) FROM campaign WHERE title = 'Campagne vie privée'");
    if (campaign == 0) {
      long questionnaire = count("SELECT min(id) FROM questionnaire");
      sql(
          "INSERT INTO campaign (title, questionnaire_id, phase, active, created_at, created_by) VALUES ('Campagne vie privée', ?, 'HOT', false, now(), 'test')",
          questionnaire);
      campaign = count("SELECT min(id) FROM campaign WHERE title = 'Campagne vie privée'");
    }
    // The first answer is the session's, the second (its "after") has none.
    Long onSession =
        count("SELECT count(*) FROM survey_response WHERE pseudonym = '" + pseudonym + "'") == 0
            ? session
            : null;
    try (Connection c = dataSource.getConnection()) {
      return Sql.number(
          c,
          "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym, submitted)"
              + " SELECT ?, questionnaire_id, ?, ?, true FROM campaign WHERE id = ? RETURNING id",
          campaign,
          onSession,
          pseudonym,
          campaign);
    }
  }

  /** A session the trainer leads, the person confirmed on it, starting then for 90 minutes. */
  private long sessionOf(long person, long trainer, Instant start) {
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(300)), 30, 0);
    registrations.register(Callers.participant(person), session, null);
    fixtures.lead(session, trainer);
    fixtures.moveTo(session, start, start.plus(Duration.ofMinutes(90)));
    return session;
  }

  private long registrationOf(long person, long session) throws SQLException {
    return count(
        "SELECT id FROM registration WHERE session_id = "
            + session
            + " AND account_id = "
            + person);
  }

  /** This deployment's own address, from the request that runs the test. */
  private String ownBase() {
    return "http://localhost:" + request.getLocalPort() + request.getContextPath();
  }

  private String resetToken(String email) throws SQLException {
    String body =
        Sql.text(
            dataSource,
            "SELECT body FROM mail_outbox WHERE kind = 'passwordReset' AND recipient = ?"
                + " ORDER BY id DESC LIMIT 1",
            email);
    Matcher token = Pattern.compile("/people/reset\\?t=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(token.find(), body);
    return token.group(1);
  }

  /**
   * "table.column" of every text-like column (text, varchar, char, json, jsonb and their arrays;
   * bytea is not text) of every table of the schema where one of the values appears, ignoring case:
   * a table or column added later is scanned too.
   */
  private List<String> columnsHolding(String... values) throws SQLException {
    List<String> holding = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet r =
          c.createStatement()
              .executeQuery(
                  "SELECT c.table_name, c.column_name FROM information_schema.columns c"
                      + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                      + " AND t.table_name = c.table_name"
                      + " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                      + " AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')"
                      + " OR c.udt_name IN ('_text', '_varchar', '_bpchar', '_json', '_jsonb'))"
                      + " ORDER BY c.table_name, c.column_name")) {
        while (r.next()) {
          columns.add(new String[] {r.getString(1), r.getString(2)});
        }
      }
      assertTrue(columns.size() > 50, "the scan sees the schema: " + columns.size() + " columns");
      for (String[] column : columns) {
        for (String value : values) {
          long rows =
              Sql.number(
                  c,
                  "SELECT count(*) FROM "
                      + identifier(column[0])
                      + " WHERE strpos(lower(CAST("
                      + identifier(column[1])
                      + " AS text)), ?) > 0",
                  value.toLowerCase(Locale.ROOT));
          if (rows > 0) {
            holding.add(column[0] + "." + column[1]);
            break;
          }
        }
      }
    }
    return holding;
  }

  private static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private void idleSince(long account, Instant when) throws SQLException {
    sql(
        "UPDATE account SET created_at = ?, last_login_at = ? WHERE id = ?",
        Timestamp.from(when),
        Timestamp.from(when),
        account);
  }

  private boolean erased(long account) throws SQLException {
    return count("SELECT count(*) FROM account WHERE erased_at IS NOT NULL AND id = " + account)
        == 1;
  }

  private void sql(String statement, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, statement, values);
    }
  }

  private long count(String query) throws SQLException {
    return Sql.number(dataSource, query);
  }

  private String text(String query) throws SQLException {
    return Sql.text(dataSource, query);
  }
}
