package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.AttendanceService;
import fr.relais.attendance.AttendanceStatus;
import fr.relais.people.Caller;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.reporting.Dashboard;
import fr.relais.reporting.ReportFilter;
import fr.relais.reporting.ReportTable;
import fr.relais.reporting.Reports;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.survey.AnswerService;
import fr.relais.survey.Pseudonyms;
import fr.relais.survey.SurveyLinks;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client's opinion on a real database and mail outbox: a request becomes held (its last session
 * completed, a coordinator, or Relais's sweep once its days are over, at fixed instants), its
 * active contacts are mailed the questionnaire "Avis de l'établissement", they answer through the
 * link under a pseudonym, and the satisfaction report shows the establishments as their own
 * audience, hidden until five have answered.
 */
@ExtendWith(ArquillianExtension.class)
class ClientOpinionIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private EstablishmentRequestService requests;
  @Inject private HeldRequestService held;
  @Inject private AttendanceService attendance;
  @Inject private RegistrationService registrations;
  @Inject private SurveyLinks links;
  @Inject private AnswerService answers;
  @Inject private Pseudonyms pseudonyms;
  @Inject private Reports reports;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private record World(long site, long contact, long activity, long request) {}

  /** An establishment with one active contact and one request, moved to SCHEDULED. */
  private World world() throws SQLException {
    long site =
        fixtures.site(
            Fixtures.unique("CH Avis"), SiteKind.HOSPITAL, "Arras", Region.HAUTS_DE_FRANCE);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    long theme = fixtures.theme(Fixtures.unique("Thème avis"));
    long activity =
        fixtures.activity(Fixtures.unique("JADES avis"), Format.JADES, theme, Audience.ALL);
    long request =
        requests
            .submit(
                Callers.contact(contact),
                new RequestDetails(
                    activity,
                    List.of(LocalDate.now().plusDays(40)),
                    12,
                    Audience.PROFESSIONALS,
                    "Salle polyvalente",
                    null))
            .getId();
    sql("UPDATE establishment_request SET status = 'SCHEDULED' WHERE id = ?", request);
    return new World(site, contact, activity, request);
  }

  /** A session of the request, in that state, from start for the given duration. */
  private long sessionOf(World w, SessionStatus status, Instant start, Duration length)
      throws SQLException {
    long session =
        fixtures.session(
            w.activity(),
            Instant.now().plus(Duration.ofDays(300)),
            SessionMode.ONLINE,
            null,
            status,
            20);
    fixtures.moveTo(session, start, start.plus(length));
    sql("UPDATE session SET establishment_request_id = ? WHERE id = ?", w.request(), session);
    return session;
  }

  @Test
  void completingTheLastSessionHoldsTheRequestAndMailsItsContactsTheQuestionnaire()
      throws Exception {
    World w = world();
    long waiting = fixtures.contact(w.site(), ContactStatus.REVIEW_PENDING);
    sessionOf(
        w, SessionStatus.CANCELLED, Instant.now().plus(Duration.ofDays(3)), Duration.ofHours(2));
    long day =
        sessionOf(
            w,
            SessionStatus.PUBLISHED,
            Instant.now().plus(Duration.ofDays(30)),
            Duration.ofMinutes(90));
    long trainer = fixtures.trainer("Animatrice", Fixtures.unique("Avis"));
    fixtures.lead(day, trainer);
    long nurse = fixtures.participant("Soignante", false);
    registrations.register(Callers.participant(nurse), day, null);
    Instant started = Instant.now().minus(Duration.ofHours(3));
    fixtures.moveTo(day, started, started.plus(Duration.ofMinutes(90)));
    Caller leader = Callers.trainer(trainer);
    attendance.mark(leader, day, registration(nurse, day), 0, AttendanceStatus.PRESENT, null);

    attendance.complete(leader, day);

    assertEquals("HELD", status(w.request()));
    String[] last =
        row(
            "SELECT actor, from_status, to_status FROM establishment_request_event"
                + " WHERE request_id = ? ORDER BY id DESC LIMIT 1",
            w.request());
    assertEquals("system", last[0], "Relais itself moved it");
    assertEquals("SCHEDULED", last[1]);
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
                + " WHERE c.phase = 'CLIENT' AND i.account_id = ? AND i.session_id = ?",
            w.contact(),
            day),
        "the active contact is asked, on the session held");
    assertEquals(
        0,
        count("SELECT count(*) FROM survey_invitation WHERE account_id = ?", waiting),
        "a contact not yet checked is not");
    String body =
        Sql.text(
            dataSource,
            "SELECT m.body FROM mail_outbox m JOIN account a ON a.email = m.recipient"
                + " WHERE a.id = ? AND m.kind = 'clientSurvey'",
            w.contact());
    Matcher token = Pattern.compile("/survey/start\\?t=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(token.find(), body);
    assertTrue(body.contains("pseudonyme"), body);

    long invitation = links.redeem(token.group(1));
    AnswerService.Respondent byLink = new AnswerService.Respondent(null, Set.of(invitation));
    answers.save(byLink, invitation, 0, answer(5, 4, 4, 4, "Équipe ravie"));
    answers.submit(byLink, invitation);

    String[] response =
        row(
            "SELECT sr.pseudonym, sr.respondent_status, sr.session_id FROM survey_response sr"
                + " JOIN campaign c ON c.id = sr.campaign_id WHERE c.phase = 'CLIENT'"
                + " AND sr.session_id = ? AND sr.submitted",
            day);
    assertEquals(pseudonyms.of(w.contact()), response[0], "under the contact's pseudonym");
    assertNull(response[1], "a client answers for the establishment, as no audience of people");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM survey_invitation WHERE account_id = ? AND answered",
            w.contact()));
  }

  @Test
  void theHourlySweepHoldsARequestFromItsLastSessionsEndAtFixedInstants() throws Exception {
    World w = world();
    Instant start = ZonedDateTime.of(2025, 6, 10, 9, 0, 0, 0, PARIS).toInstant();
    sessionOf(w, SessionStatus.COMPLETED, start, Duration.ofHours(3));
    sessionOf(w, SessionStatus.PUBLISHED, start.plus(Duration.ofDays(1)), Duration.ofHours(8));
    Instant lastEnd = ZonedDateTime.of(2025, 6, 11, 17, 0, 0, 0, PARIS).toInstant();
    World later = world();
    sessionOf(
        later, SessionStatus.PUBLISHED, lastEnd.plus(Duration.ofDays(7)), Duration.ofHours(2));

    held.sweep(lastEnd.minus(Duration.ofMinutes(1)));
    assertEquals("SCHEDULED", status(w.request()), "16:59: the day is not over");
    assertEquals(
        0, count("SELECT count(*) FROM survey_invitation WHERE account_id = ?", w.contact()));

    held.sweep(lastEnd);
    assertEquals("HELD", status(w.request()), "17:00: held");
    assertEquals("SCHEDULED", status(later.request()), "its day is next week");
    assertEquals(
        1, count("SELECT count(*) FROM survey_invitation WHERE account_id = ?", w.contact()));
    held.sweep(lastEnd.plus(Duration.ofHours(1)));
    assertEquals(
        2,
        count("SELECT count(*) FROM establishment_request_event WHERE request_id = ?", w.request()),
        "held once: opened, then held");
  }

  @Test
  void theEstablishmentsOpinionShowsInTheSatisfactionReportFromFiveAnswers() throws Exception {
    World w = world();
    List<Long> contacts = new ArrayList<>(List.of(w.contact()));
    for (int i = 0; i < 4; i++) {
      contacts.add(fixtures.contact(w.site(), ContactStatus.ACTIVE));
    }
    // A day of its own, in a year no other test uses (ReportsIT counts 2018 and 2019 whole, 2004
    // empty).
    LocalDate day = LocalDate.of(2007, 1, 1).plusDays(System.nanoTime() % 360);
    long session =
        sessionOf(
            w,
            SessionStatus.COMPLETED,
            day.atTime(9, 0).atZone(PARIS).toInstant(),
            Duration.ofHours(7));

    requests.markHeld(Callers.coordinator(), w.request());

    assertEquals("HELD", status(w.request()));
    assertEquals(
        5,
        count(
            "SELECT count(*) FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
                + " WHERE c.phase = 'CLIENT' AND i.session_id = ?",
            session),
        "each of the five contacts, by the coordinator's move too");
    int[] rebook = {4, 3, 2, 4, 4};
    for (int i = 0; i < 4; i++) {
      answerAs(contacts.get(i), session, rebook[i]);
    }
    ReportTable.Row four = clients(day);
    assertTrue(four.figure(0).hidden(), "four establishments' answers: < 5");
    assertTrue(four.figure(2).hidden());
    assertTrue(four.figure(3).hidden());
    assertTrue(
        satisfaction(day).table("satisfaction-client-comments").orElseThrow().hasNoRows(),
        "no comments under five respondents");

    answerAs(contacts.get(4), session, rebook[4]);

    ReportTable.Row five = clients(day);
    assertEquals(5.0, five.figure(0).value());
    assertEquals(1.0, five.figure(1).value(), "five invited, five answered");
    assertEquals(4.0, five.figure(2).value(), 1e-9, "5, 4 and 3 out of 5");
    assertEquals(0.8, five.figure(3).value(), 1e-9, "four of five would book again");
    assertEquals("Établissements (clients)", five.label());
    ReportTable comments = satisfaction(day).table("satisfaction-client-comments").orElseThrow();
    assertEquals(1, comments.rows().size());
    assertEquals(5.0, comments.rows().get(0).figure(0).value());
  }

  private ReportTable.Row clients(LocalDate day) {
    ReportTable audiences = satisfaction(day).table("satisfaction-by-audience").orElseThrow();
    assertEquals(2, audiences.rows().size());
    assertEquals("Participants (à chaud)", audiences.rows().get(0).label());
    return audiences.rows().get(1);
  }

  private Dashboard satisfaction(LocalDate day) {
    return reports.build(
        Reports.Kind.SATISFACTION,
        new ReportFilter(day, day, null, null, null, null, null, null, null),
        Locale.FRENCH);
  }

  private void answerAs(long contact, long session, int rebook) throws Exception {
    long invitation =
        count(
            "SELECT i.id FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
                + " WHERE c.phase = 'CLIENT' AND i.account_id = ? AND i.session_id = ?",
            contact,
            session);
    AnswerService.Respondent signedIn = new AnswerService.Respondent(contact, Set.of());
    answers.save(signedIn, invitation, 0, answer(5, 4, 3, rebook, "Très bonne organisation"));
    answers.submit(signedIn, invitation);
  }

  /** The questionnaire's five items in order: three Likert, "would book again", a comment. */
  private Map<Long, List<String>> answer(
      int overall, int organisation, int fit, int rebook, String comment) throws SQLException {
    List<Long> items = new ArrayList<>();
    try (Connection c = connection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT qi.id FROM questionnaire_item qi"
                        + " JOIN questionnaire_section s ON s.id = qi.section_id"
                        + " JOIN questionnaire q ON q.id = s.questionnaire_id"
                        + " WHERE q.code = 'CLIENT' ORDER BY s.position, qi.position")) {
      while (r.next()) {
        items.add(r.getLong(1));
      }
    }
    assertEquals(5, items.size());
    Map<Long, List<String>> values = new HashMap<>();
    values.put(items.get(0), List.of(String.valueOf(overall)));
    values.put(items.get(1), List.of(String.valueOf(organisation)));
    values.put(items.get(2), List.of(String.valueOf(fit)));
    values.put(items.get(3), List.of(String.valueOf(rebook)));
    values.put(items.get(4), List.of(comment));
    return values;
  }

  private long registration(long person, long session) throws SQLException {
    return count(
        "SELECT id FROM registration WHERE session_id = ? AND account_id = ?", session, person);
  }

  private String status(long request) throws SQLException {
    return Sql.text(dataSource, "SELECT status FROM establishment_request WHERE id = ?", request);
  }

  private Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  private void sql(String statement, Object... values) throws SQLException {
    try (Connection c = connection()) {
      Sql.update(c, statement, values);
    }
  }

  private long count(String query, Object... values) throws SQLException {
    return Sql.number(dataSource, query, values);
  }

  private String[] row(String query, Object... values) throws SQLException {
    try (Connection c = connection()) {
      return Sql.row(c, query, values);
    }
  }
}
