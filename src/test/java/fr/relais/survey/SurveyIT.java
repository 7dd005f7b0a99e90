package fr.relais.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.AttendanceService;
import fr.relais.attendance.AttendanceStatus;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.SessionTimes;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys in the container on a real PostgreSQL: who gets invited when, answering and its refusals,
 * versioning, reminders that stop, and — read straight from the tables — responses that nothing
 * ties to a person.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private RegistrationService registrations;
  @Inject private AttendanceService attendance;
  @Inject private QuestionnaireService questionnaires;
  @Inject private CampaignService campaigns;
  @Inject private SurveyRepository surveys;
  @Inject private AnswerService answers;
  @Inject private Invitations invitations;
  @Inject private SurveyLinks links;
  @Inject private MyWellbeing wellbeing;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long activity;
  private static long satisfaction;
  private static final Caller COORDINATOR =
      new Caller(0, "coordination.it@relais.test", Set.of(Role.COORDINATOR));

  @BeforeEach
  void world() {
    if (activity == 0) {
      long theme = fixtures.theme(Fixtures.unique("Thème enquêtes"));
      activity =
          fixtures.activity(
              Fixtures.unique("Groupe de parole enquêtes"), Format.TALK_GROUP, theme, Audience.ALL);
      satisfaction =
          questionnaires.create(
              Callers.coordinator(), SurveyKind.SATISFACTION, "Avis de test", "Test opinion");
      long section = surveys.questionnaire(satisfaction).orElseThrow().getSections().get(0).getId();
      questionnaires.addItem(
          Callers.coordinator(),
          satisfaction,
          section,
          new QuestionnaireService.ItemDraft(
              ItemType.LIKERT,
              "Utile ?",
              "Useful?",
              true,
              null,
              null,
              "Non | No\nOui | Yes",
              false));
      InvalidInput notAgreement =
          assertThrows(
              InvalidInput.class,
              () ->
                  questionnaires.addItem(
                      Callers.coordinator(),
                      satisfaction,
                      section,
                      new QuestionnaireService.ItemDraft(
                          ItemType.RATING, "Note", "Rating", true, null, null, null, true)));
      assertEquals("objectives", notAgreement.getErrors().get(0).field());
      questionnaires.addItem(
          Callers.coordinator(),
          satisfaction,
          section,
          new QuestionnaireService.ItemDraft(
              ItemType.RATING, "Note", "Rating", true, null, null, null, false));
      questionnaires.addItem(
          Callers.coordinator(),
          satisfaction,
          section,
          new QuestionnaireService.ItemDraft(
              ItemType.TEXT, "Commentaire", "Comment", false, null, null, null, false));
    }
  }

  /** A session of its own, in the past, with confirmed participants; not completed yet. */
  private record Run(long session, Caller trainer, long[] people) {}

  private Run pastSession(int participants) {
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(500)), 20, 0);
    long trainer = fixtures.trainer("Animatrice", Fixtures.unique("Enquêtes"));
    fixtures.lead(session, trainer);
    long[] people = new long[participants];
    for (int i = 0; i < participants; i++) {
      people[i] = fixtures.participant("Répondant" + i, false);
      registrations.register(Callers.participant(people[i]), session, null);
    }
    // Over, and one half-day whatever the hour the test runs at.
    SessionTimes.Span yesterday = SessionTimes.yesterday(10, 0, 90);
    fixtures.moveTo(session, yesterday.start(), yesterday.end());
    return new Run(session, new Caller(trainer, "t" + trainer, Set.of(Role.TRAINER)), people);
  }

  private long campaign(Phase phase, long questionnaire, Long session, int weeks) {
    return campaigns.launch(
        Callers.coordinator(),
        Fixtures.unique("Campagne " + phase),
        questionnaire,
        phase,
        null,
        session,
        weeks);
  }

  private long invitationOf(long campaign, long account) throws SQLException {
    return number(
        "SELECT id FROM survey_invitation WHERE campaign_id = "
            + campaign
            + " AND account_id = "
            + account);
  }

  private static AnswerService.Respondent as(long account) {
    return new AnswerService.Respondent(account, Set.of());
  }

  private List<Long> itemIds(long questionnaire, int section) {
    List<Long> ids = new ArrayList<>();
    surveys
        .questionnaire(questionnaire)
        .orElseThrow()
        .getSections()
        .get(section)
        .getItems()
        .forEach(i -> ids.add(i.getId()));
    return ids;
  }

  private Map<Long, List<String>> values(List<Long> items, String... given) {
    Map<Long, List<String>> values = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      values.put(
          items.get(i), i < given.length && given[i] != null ? List.of(given[i]) : List.of());
    }
    return values;
  }

  private long number(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }

  @Test
  void completionInvitesThosePresentAndAnsweringIsOnceAndWhole() throws Exception {
    Run run = pastSession(3);
    long hot = campaign(Phase.HOT, satisfaction, run.session(), 0);
    long cold = campaign(Phase.COLD, satisfaction, run.session(), 4);
    long[] regs = registrationsOf(run.session());
    attendance.mark(run.trainer(), run.session(), regs[0], 0, AttendanceStatus.PRESENT, null);
    attendance.mark(run.trainer(), run.session(), regs[1], 0, AttendanceStatus.LATE, null);
    // Only these people's mails; other tests' campaigns for every session (a WHO-5 "after") may
    // mail them too, so the hot campaign's own invitations say which went.
    String theirSurveyMails =
        "SELECT count(*) FROM mail_outbox WHERE kind = 'survey' AND recipient IN"
            + " (SELECT a.email FROM registration r JOIN account a ON a.id = r.account_id"
            + " WHERE r.session_id = "
            + run.session()
            + ")";
    long mailsBefore = number(theirSurveyMails);
    attendance.complete(run.trainer(), run.session());

    assertEquals(
        2,
        number("SELECT count(*) FROM survey_invitation WHERE campaign_id = " + hot),
        "the two who came, not the absentee");
    assertEquals(-1, invitationOf(hot, run.people()[2]), "no survey for the absentee");
    assertEquals(
        2,
        number(
            "SELECT count(*) FROM survey_invitation WHERE mails_sent = 1 AND campaign_id = " + hot),
        "the hot survey is mailed at once");
    assertTrue(number(theirSurveyMails) >= mailsBefore + 2, "its two mails are in the outbox");
    assertEquals(
        2,
        number(
            "SELECT count(*) FROM survey_invitation WHERE campaign_id = "
                + cold
                + " AND opens_at > now() + interval '27 days' AND mails_sent = 0"),
        "the cold one waits four weeks");

    long alice = run.people()[0];
    long invitation = invitationOf(hot, alice);
    List<Long> items = itemIds(satisfaction, 0);
    long answersBefore = number("SELECT count(*) FROM survey_answer");
    InvalidInput outOfRange =
        assertThrows(
            InvalidInput.class,
            () -> answers.save(as(alice), invitation, 0, values(items, "1", "11", "Bien")));
    assertEquals("survey.answer.outOfRange", outOfRange.getErrors().get(0).key());
    InvalidInput missing =
        assertThrows(
            InvalidInput.class,
            () -> answers.save(as(alice), invitation, 0, values(items, null, "8")));
    assertEquals("survey.answer.required", missing.getErrors().get(0).key());
    assertEquals(
        "survey.answer.notAChoice",
        assertThrows(
                InvalidInput.class,
                () -> answers.save(as(alice), invitation, 0, values(items, "7", "8")))
            .getErrors()
            .get(0)
            .key());
    assertEquals(answersBefore, number("SELECT count(*) FROM survey_answer"), "nothing stored");
    assertEquals(
        0,
        number("SELECT count(*) FROM survey_response WHERE campaign_id = " + hot),
        "not even an empty response");

    long bob = run.people()[1];
    assertEquals(
        "survey.notYours",
        refusal(() -> answers.open(as(bob), invitation)),
        "a participant opening another's survey");
    assertEquals("survey.answer.unfinished", refusal(() -> answers.submit(as(alice), invitation)));

    answers.save(as(alice), invitation, 0, values(items, "2", "9", "Très utile"));
    answers.submit(as(alice), invitation);
    assertEquals(
        "survey.alreadyAnswered",
        refusal(() -> answers.save(as(alice), invitation, 0, values(items, "1", "1"))));
    assertEquals(1, number("SELECT count(*) FROM survey_response WHERE campaign_id = " + hot));
    assertEquals(
        1,
        number("SELECT count(*) FROM survey_invitation WHERE answered AND campaign_id = " + hot));

    assertEquals(
        "survey.questionnaire.frozen",
        refusal(
            () ->
                questionnaires.describe(
                    Callers.coordinator(), satisfaction, "Autre", "Other", null, null)),
        "a questionnaire with answers never changes in place");
    long next = questionnaires.newVersion(Callers.coordinator(), satisfaction);
    assertNotEquals(satisfaction, next);
    questionnaires.describe(Callers.coordinator(), next, "Avis v2", "Opinion v2", null, null);
    assertEquals(3, surveys.questionnaire(next).orElseThrow().items().size(), "same items");
    assertEquals(2, surveys.questionnaire(next).orElseThrow().getVersion());
  }

  @Test
  void theMailLinkWorksOnceAndNotForLong() throws Exception {
    Run run = pastSession(2);
    long hot = campaign(Phase.HOT, satisfaction, run.session(), 0);
    long[] regs = registrationsOf(run.session());
    attendance.mark(run.trainer(), run.session(), regs[0], 0, AttendanceStatus.PRESENT, null);
    attendance.mark(run.trainer(), run.session(), regs[1], 0, AttendanceStatus.PRESENT, null);
    attendance.complete(run.trainer(), run.session());

    String token = tokenMailedTo(run.people()[0]);
    assertEquals(invitationOf(hot, run.people()[0]), links.redeem(token));
    assertEquals("survey.link.used", refusal(() -> links.redeem(token)), "single use");
    assertEquals("survey.link.unknown", refusal(() -> links.redeem(token + "x")), "forged");
    assertEquals("survey.link.unknown", refusal(() -> links.redeem("")));

    String other = tokenMailedTo(run.people()[1]);
    try (Connection c = dataSource.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE survey_invitation SET token_expires_at = now() - interval '1 minute'"
                  + " WHERE campaign_id = "
                  + hot
                  + " AND account_id = "
                  + run.people()[1]);
    }
    assertEquals("survey.link.expired", refusal(() -> links.redeem(other)));
    assertEquals(
        0,
        number(
            "SELECT count(*) FROM survey_invitation WHERE token_used AND account_id = "
                + run.people()[1]),
        "an expired link opens nothing");
  }

  /** The token in the last survey mail sent to this account (read from the outbox). */
  private String tokenMailedTo(long account) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT body FROM mail_outbox WHERE kind = 'survey' AND recipient ="
                        + " (SELECT email FROM account WHERE id = "
                        + account
                        + ") ORDER BY id DESC LIMIT 1")) {
      assertTrue(r.next(), "a survey mail was queued");
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("/survey/start\\?t=([A-Za-z0-9_-]+)")
              .matcher(r.getString(1));
      assertTrue(m.find(), r.getString(1));
      return m.group(1);
    }
  }

  @Test
  void remindersGoAfterThreeAndSevenDaysThenStop() throws Exception {
    Run run = pastSession(1);
    long hot = campaign(Phase.HOT, satisfaction, run.session(), 0);
    long[] regs = registrationsOf(run.session());
    attendance.mark(run.trainer(), run.session(), regs[0], 0, AttendanceStatus.PRESENT, null);
    attendance.complete(run.trainer(), run.session());
    long invitation = invitationOf(hot, run.people()[0]);
    String sent = "SELECT mails_sent FROM survey_invitation WHERE id = " + invitation;
    assertEquals(1, number(sent));

    mailAllDue();
    assertEquals(1, number(sent), "no reminder on the first day");
    age(invitation, 2);
    mailAllDue();
    assertEquals(1, number(sent), "nor on day 2");
    age(invitation, 1);
    List<Integer> sweeps = mailAllDue();
    assertEquals(2, number(sent), "first reminder after 3 days (mailed per sweep: " + sweeps + ")");
    age(invitation, 3);
    mailAllDue();
    assertEquals(2, number(sent), "the second waits until day 7");
    age(invitation, 1);
    mailAllDue();
    assertEquals(3, number(sent), "second reminder at day 7 (3 + 4), not 7 days after the first");
    age(invitation, 30);
    mailAllDue();
    assertEquals(3, number(sent), "then it stops");
    assertEquals(
        2,
        number(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'surveyReminder' AND recipient ="
                + " (SELECT email FROM account WHERE id = "
                + run.people()[0]
                + ")"));
  }

  /** Moves the last mail that many days back, Paris days as the rule counts them. */
  /**
   * Sends every survey mail due, as many sweeps as it takes: a sweep takes the 200 oldest, and
   * invitations the tests run before this one left due would otherwise hide this test's own.
   */
  private List<Integer> mailAllDue() {
    List<Integer> mailed = new ArrayList<>();
    while (mailed.size() < 50 && (mailed.isEmpty() || mailed.get(mailed.size() - 1) > 0)) {
      mailed.add(invitations.mailDue());
    }
    return mailed;
  }

  private void age(long invitation, int days) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(
          c,
          "UPDATE survey_invitation SET last_mail_at = ((last_mail_at AT TIME ZONE 'Europe/Paris')"
              + " - make_interval(days => ?)) AT TIME ZONE 'Europe/Paris' WHERE id = ?",
          days,
          invitation);
    }
  }

  @Test
  void wellbeingIsAskedBeforeAndAfterAndNothingInTheAnswersNamesTheRespondent() throws Exception {
    long who5 = surveys.instrument("WHO5").orElseThrow().getId();
    long session = fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(600)), 20, 0);
    long before = campaign(Phase.BEFORE, who5, session, 0);
    long after = campaign(Phase.AFTER, who5, session, 6);
    long carol = fixtures.participant("Carole", false);
    registrations.register(Callers.participant(carol), session, null);

    long beforeInvitation = invitationOf(before, carol);
    assertTrue(beforeInvitation > 0, "asked at registration");
    assertEquals(
        0,
        number(
            "SELECT mails_sent FROM survey_invitation WHERE campaign_id = "
                + after
                + " AND account_id = "
                + carol),
        "the after questionnaire waits");
    List<Long> items = itemIds(who5, 0);
    answers.save(as(carol), beforeInvitation, 0, values(items, "2", "2", "2", "2", "2"));
    AnswerService.Outcome low = answers.submit(as(carol), beforeInvitation);
    assertEquals(40.0, low.scores().get("percent"));
    assertTrue(low.concern(), "raw 10 < 13: the support lines are offered");

    // Weeks later, the "after" questionnaire opens.
    try (Connection c = dataSource.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE survey_invitation SET opens_at = now() - interval '1 hour'"
                  + " WHERE campaign_id = "
                  + after);
    }
    long afterInvitation = invitationOf(after, carol);
    answers.save(as(carol), afterInvitation, 0, values(items, "3", "3", "3", "3", "2"));
    AnswerService.Outcome better = answers.submit(as(carol), afterInvitation);
    assertEquals(56.0, better.scores().get("percent"));
    assertFalse(better.concern());

    List<MyWellbeing.Entry> mine = wellbeing.of(carol);
    assertEquals(2, mine.size(), "before and after link through the pseudonym");
    assertEquals(16.0, mine.get(1).change());
    assertTrue(mine.get(1).meaningful(), "+16 points");

    // Read the tables as a database dump would.
    String email;
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.createStatement().executeQuery("SELECT email FROM account WHERE id = " + carol)) {
      r.next();
      email = r.getString(1);
    }
    try (Connection c = dataSource.getConnection()) {
      for (String table : List.of("survey_response", "survey_answer", "survey_score")) {
        try (ResultSet cols = c.getMetaData().getColumns(null, null, table, null)) {
          while (cols.next()) {
            String column = cols.getString("COLUMN_NAME");
            for (String banned : List.of("account", "email", "mail", "ip", "name", "user")) {
              assertFalse(column.contains(banned), table + "." + column + " names a person");
            }
          }
        }
      }
      try (ResultSet r =
          c.createStatement()
              .executeQuery(
                  "SELECT r.*, a.*, s.* FROM survey_response r"
                      + " LEFT JOIN survey_answer a ON a.response_id = r.id"
                      + " LEFT JOIN survey_score s ON s.response_id = r.id"
                      + " WHERE r.campaign_id IN ("
                      + before
                      + ", "
                      + after
                      + ")")) {
        int rows = 0;
        while (r.next()) {
          rows++;
          for (int col = 1; col <= r.getMetaData().getColumnCount(); col++) {
            String value = r.getString(col);
            assertNotEquals(email, value, "no e-mail in the answers");
            if (r.getMetaData().getColumnName(col).equals("pseudonym")) {
              assertNotEquals(String.valueOf(carol), value);
              assertNotEquals(sha256(String.valueOf(carol)), value, "not a bare hash of the id");
              assertEquals(64, value.length());
            }
          }
        }
        assertTrue(rows >= 10, "the answers were read: " + rows);
      }
      assertEquals(
          1,
          number(
              "SELECT count(DISTINCT pseudonym) FROM survey_response WHERE campaign_id IN ("
                  + before
                  + ", "
                  + after
                  + ")"),
          "one pseudonym links before and after");
    }
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private long[] registrationsOf(long session) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT id FROM registration WHERE session_id = "
                        + session
                        + " AND status = 'CONFIRMED' ORDER BY id")) {
      List<Long> ids = new ArrayList<>();
      while (r.next()) {
        ids.add(r.getLong(1));
      }
      return ids.stream().mapToLong(Long::longValue).toArray();
    }
  }
}
