package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.jobs.JobLog;
import fr.relais.kernel.jobs.JobRun;
import fr.relais.kernel.jobs.Jobs;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import fr.relais.privacy.Erasure;
import fr.relais.privacy.RetentionSchedule;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.survey.Pseudonyms;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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
  @Inject private Erasure erasure;
  @Inject private RetentionSchedule retention;
  @Inject private RegistrationService registrations;
  @Inject private Pseudonyms pseudonyms;
  @Inject private Jobs jobs;
  @Inject private JobLog jobLog;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long activity;

  @BeforeEach
  void world() {
    if (activity == 0) {
      long theme = fixtures.theme(Fixtures.unique("Thème vie privée"));
      activity =
          fixtures.activity(
              Fixtures.unique("Atelier vie privée"), Format.EJADES, theme, Audience.ALL);
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
    assertTrue(summary.matches("\\d+ inactive account\\(s\\) erased, .*"), summary);
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit_log WHERE action = 'RETENTION_RUN' AND details = '"
                + summary.replace("'", "''")
                + "'"));
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
