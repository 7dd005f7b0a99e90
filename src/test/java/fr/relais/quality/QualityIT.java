package fr.relais.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.i18n.Language;
import fr.relais.people.AccountRepository;
import fr.relais.people.Caller;
import fr.relais.privacy.ErasureService;
import fr.relais.privacy.MyDataRepository;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register of complaints and incidents, the improvement log and the public results against the
 * real database and outbox: a visitor and a participant submit and get their acknowledgement, the
 * follow link shows the case and takes a message, coordinators qualify, answer and close it with
 * the dates kept, illegal moves and rewriting the history are refused, the form is throttled,
 * erasure keeps the facts; the results page's figures on a year built by hand.
 */
@ExtendWith(ArquillianExtension.class)
class QualityIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais().addClasses(QualityIT.class);
  }

  @Inject private Fixtures fixtures;
  @Inject private Complaints complaints;
  @Inject private Register register;
  @Inject private Improvements improvements;
  @Inject private PublicResults results;
  @Inject private QualityRepository repository;
  @Inject private ErasureService erasure;
  @Inject private MyDataRepository myData;
  @Inject private AccountRepository accounts;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static String address(String who) {
    return who + "." + System.nanoTime() + "@visiteurs.relais.test";
  }

  private static CaseForm form(CaseKind kind, String text) {
    CaseForm form = new CaseForm();
    form.setKind(kind);
    form.setText(text);
    return form;
  }

  private static CaseForm visitorForm(String email) {
    CaseForm form = form(CaseKind.COMPLAINT, "Personne ne m’a répondu au téléphone cette semaine.");
    form.setName("Maëlle Visiteuse");
    form.setEmail(email);
    form.setPrivacyConsent(true);
    return form;
  }

  private String lastBody(String kind, String recipient) throws SQLException {
    return Sql.text(
        dataSource,
        "SELECT body FROM mail_outbox WHERE kind = ? AND recipient = ? ORDER BY id DESC LIMIT 1",
        kind,
        recipient);
  }

  private String followToken(String recipient) throws SQLException {
    String body = lastBody("qualityAck", recipient);
    Matcher token = Pattern.compile("/quality/follow\\?t=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(token.find(), body);
    return token.group(1);
  }

  private long cases() throws SQLException {
    return Sql.number(dataSource, "SELECT count(*) FROM quality_case");
  }

  private QualityCase byToken(String token) {
    return complaints.follow(token).orElseThrow().qualityCase();
  }

  @Test
  void aVisitorSubmitsIsAcknowledgedAndFollowsTheirCase() throws SQLException {
    String email = address("maelle");
    String sentTo = complaints.submit(Optional.empty(), visitorForm(email), Language.FR);
    assertEquals(email, sentTo);
    String body = lastBody("qualityAck", email);
    assertTrue(body.contains("RQ-"), body);
    String token = followToken(email);
    // only the hash is stored
    assertEquals(
        0,
        Sql.number(dataSource, "SELECT count(*) FROM quality_case WHERE follow_hash = ?", token));
    Complaints.FollowView view = complaints.follow(token).orElseThrow();
    QualityCase c = view.qualityCase();
    assertEquals(CaseStatus.RECEIVED, c.getStatus());
    assertEquals("Maëlle Visiteuse", c.getSubmitter());
    assertTrue(body.contains(c.getReference()));
    assertEquals(
        List.of(CaseStep.SUBMITTED), view.events().stream().map(CaseEvent::getStep).toList());

    complaints.message(token, "J’ajoute que c’était mardi et mercredi.");
    List<CaseEvent> events = complaints.follow(token).orElseThrow().events();
    assertEquals(CaseStep.MESSAGE, events.get(1).getStep());
    assertTrue(events.get(1).isBySubmitter());
    assertFalse(complaints.follow("not-a-token").isPresent());
    assertFalse(complaints.follow(token + "x").isPresent());
  }

  @Test
  void aParticipantSubmitsWithTheirAccountAboutTheirSession() throws SQLException {
    long person = fixtures.participant("Inès", false);
    String email = accounts.find(person).orElseThrow().getEmail();
    long theme = fixtures.theme(Fixtures.unique("Thème qualité"));
    long activity =
        fixtures.activity(
            Fixtures.unique("Formation qualité"), Format.TRAINING, theme, Audience.ALL);
    long session =
        fixtures.session(
            activity,
            Instant.now().minusSeconds(86400 * 3),
            SessionMode.ONLINE,
            null,
            SessionStatus.COMPLETED,
            20);
    CaseForm form = form(CaseKind.DIFFICULTY, "Le son de la visio coupait toutes les dix minutes.");
    form.setSessionId(session);
    complaints.submit(Optional.of(Callers.participant(person)), form, Language.EN);
    QualityCase c = byToken(followToken(email));
    assertEquals(person, c.getAccount().getId());
    assertEquals(email, c.getSubmitterEmail());
    assertEquals(session, c.getSession().getId());
    assertEquals(activity, c.getActivity().getId(), "the session's activity");
    assertEquals(1, repository.submittedBy(person, email).size());
    assertTrue(
        myData.of(accounts.find(person).orElseThrow()).getJsonArray("qualityCases").size() == 1);
  }

  @Test
  void coordinatorsQualifyAnswerAndCloseWithEveryDateKept() throws SQLException {
    String email = address("jules");
    complaints.submit(Optional.empty(), visitorForm(email), Language.FR);
    String token = followToken(email);
    long id = byToken(token).getId();
    Caller coordinator = Callers.coordinator();

    // not answered nor closed before it is qualified: refused, nothing written
    assertEquals(
        "quality.move.refused",
        assertThrows(
                BusinessException.class,
                () -> register.answer(coordinator, id, "Une réponse trop tôt."))
            .getMessageKey());
    assertThrows(BusinessException.class, () -> register.close(coordinator, id, null));
    assertEquals(1, repository.events(id).size());
    assertNull(register.open(coordinator, id).qualityCase().getAnswer());

    InvalidInput missing =
        assertThrows(InvalidInput.class, () -> register.qualify(coordinator, id, null, null, null));
    assertEquals(
        List.of("qualification", "severity"),
        missing.getErrors().stream().map(FieldError::field).toList());
    register.qualify(coordinator, id, Qualification.RECEIVABLE, Severity.MEDIUM, "À traiter vite.");
    // a submitter who can be answered is answered before closing
    assertThrows(BusinessException.class, () -> register.close(coordinator, id, null));
    register.answer(
        coordinator, id, "Nous avons changé l’accueil téléphonique : un rappel sous 48 h.");
    String answerMail = lastBody("qualityAnswer", email);
    assertTrue(answerMail.contains("rappel sous 48 h"), answerMail);
    assertFalse(answerMail.contains("À traiter vite"), "the note is the team's");
    QualityCase shown = byToken(token);
    assertEquals(CaseStatus.ANSWERED, shown.getStatus());
    assertTrue(shown.getAnswer().contains("rappel sous 48 h"));
    register.close(coordinator, id, "Fait.");

    QualityCase c = register.open(coordinator, id).qualityCase();
    assertEquals(CaseStatus.CLOSED, c.getStatus());
    assertNotNull(c.getQualifiedAt());
    assertFalse(c.getAnsweredAt().isBefore(c.getQualifiedAt()));
    assertFalse(c.getClosedAt().isBefore(c.getAnsweredAt()));
    List<CaseEvent> events = repository.events(id);
    assertEquals(
        List.of(CaseStep.SUBMITTED, CaseStep.QUALIFIED, CaseStep.ANSWERED, CaseStep.CLOSED),
        events.stream().map(CaseEvent::getStep).toList());
    assertEquals("coordination.tests@relais.test", events.get(3).getActor());
    // closed: no further step, not even the submitter's message
    assertThrows(
        BusinessException.class, () -> complaints.message(token, "Encore une chose à dire."));
    assertThrows(
        BusinessException.class, () -> register.act(coordinator, id, "Une action tardive.", null));
    assertEquals(4, repository.events(id).size());
    // the history is never rewritten
    try (Connection sql = dataSource.getConnection()) {
      assertThrows(
          SQLException.class,
          () ->
              Sql.update(
                  sql, "UPDATE quality_case_event SET note = 'réécrit' WHERE case_id = ?", id));
      assertThrows(
          SQLException.class,
          () -> Sql.update(sql, "DELETE FROM quality_case_event WHERE case_id = ?", id));
    }
    // not for participants
    assertThrows(BusinessException.class, () -> register.open(Callers.participant(1), id));
  }

  @Test
  void badInputIsRefusedNextToItsFieldsAndNothingStored() throws SQLException {
    long before = cases();
    CaseForm form = new CaseForm();
    form.setText("court");
    form.setEmail("pas une adresse");
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> complaints.submit(Optional.empty(), form, Language.FR));
    assertEquals(
        List.of("kind", "text", "name", "email", "consent"),
        refused.getErrors().stream().map(FieldError::field).toList());
    CaseForm unknown = visitorForm(address("inconnue"));
    unknown.setActivityId(99999999L);
    assertEquals(
        "activity",
        assertThrows(
                InvalidInput.class, () -> complaints.submit(Optional.empty(), unknown, Language.FR))
            .getErrors()
            .get(0)
            .field());
    assertEquals(before, cases());
  }

  @Test
  void oneAddressSubmitsThreeCasesAnHourAtMost() throws SQLException {
    String email = address("insistant");
    for (int i = 0; i < Complaints.MAX_PER_HOUR; i++) {
      complaints.submit(Optional.empty(), visitorForm(email), Language.FR);
    }
    long before = cases();
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                complaints.submit(Optional.empty(), visitorForm(email.toUpperCase()), Language.FR));
    assertEquals("email", refused.getErrors().get(0).field());
    assertEquals("quality.submit.throttled", refused.getErrors().get(0).key());
    assertEquals(before, cases());
    assertEquals(
        3,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM mail_outbox WHERE kind = 'qualityAck' AND recipient = ?",
            email));
  }

  @Test
  void erasureRemovesTheSubmitterAndKeepsTheFacts() throws SQLException {
    long person = fixtures.participant("Noe", false);
    String email = accounts.find(person).orElseThrow().getEmail();
    complaints.submit(
        Optional.of(Callers.participant(person)),
        form(CaseKind.COMPLAINT, "La salle était fermée à clé à notre arrivée."),
        Language.FR);
    String token = followToken(email);
    long id = byToken(token).getId();
    // the same address used as a visitor before the account: theirs too
    complaints.submit(Optional.empty(), visitorForm(email), Language.FR);
    complaints.message(token, "Toujours fermée la semaine suivante.");

    assertTrue(erasure.erase(person, "test"));

    String[] row;
    try (Connection c = dataSource.getConnection()) {
      row =
          Sql.row(
              c,
              "SELECT account_id, submitter_name, submitter_email, follow_hash, erased, text"
                  + " FROM quality_case WHERE id = ?",
              id);
    }
    assertNull(row[0]);
    assertNull(row[1]);
    assertNull(row[2]);
    assertNull(row[3]);
    assertEquals("t", row[4]);
    assertEquals("La salle était fermée à clé à notre arrivée.", row[5]);
    assertEquals(
        0,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM quality_case c LEFT JOIN quality_case_event e ON e.case_id = c.id"
                + " WHERE c.submitter_email = ? OR c.account_id = ? OR e.account_id = ?"
                + " OR e.actor LIKE '%Noe %' OR c.submitter_name LIKE '%Maëlle%' AND c.erased",
            email,
            person,
            person));
    assertFalse(complaints.follow(token).isPresent());
    assertEquals(2, repository.events(id).size(), "the steps stay");
    assertFalse(register.open(Callers.coordinator(), id).qualityCase().isAnswerable());
  }

  @Test
  void trainersRecordIncidentsOfTheirOwnSessions() throws SQLException {
    long trainer = fixtures.trainer("Anouk", "Formatrice");
    long theme = fixtures.theme(Fixtures.unique("Thème incident"));
    long activity =
        fixtures.activity(
            Fixtures.unique("Formation incident"), Format.TRAINING, theme, Audience.ALL);
    long mine =
        fixtures.session(
            activity,
            Instant.now().minusSeconds(7200),
            SessionMode.ONLINE,
            null,
            SessionStatus.PUBLISHED,
            10);
    long other =
        fixtures.session(
            activity,
            Instant.now().minusSeconds(86400),
            SessionMode.ONLINE,
            null,
            SessionStatus.PUBLISHED,
            10);
    fixtures.lead(mine, trainer);
    Caller caller = Callers.trainer(trainer);
    assertThrows(
        BusinessException.class,
        () ->
            register.recordIncident(
                caller, other, "Coupure de courant pendant une heure.", Severity.HIGH));
    QualityCase c =
        register.recordIncident(
            caller, mine, "Coupure de courant pendant une heure.", Severity.HIGH);
    assertTrue(c.isRecordedByStaff());
    assertEquals(CaseKind.INCIDENT, c.getKind());
    assertEquals(Severity.HIGH, c.getSeverity());
    // nobody to answer: closed once qualified
    register.qualify(Callers.coordinator(), c.getId(), Qualification.INCIDENT, Severity.HIGH, null);
    assertThrows(
        BusinessException.class,
        () -> register.answer(Callers.coordinator(), c.getId(), "Une réponse à personne."));
    register.close(Callers.coordinator(), c.getId(), null);
    assertEquals(
        CaseStatus.CLOSED,
        register.open(Callers.coordinator(), c.getId()).qualityCase().getStatus());
  }

  @Test
  void anImprovementFromACaseLinksBothWays() throws SQLException {
    String email = address("lien");
    complaints.submit(Optional.empty(), visitorForm(email), Language.FR);
    long id = byToken(followToken(email)).getId();
    Caller coordinator = Callers.coordinator();
    register.qualify(coordinator, id, Qualification.RECEIVABLE, Severity.LOW, null);
    ImprovementForm form = improvements.fromCase(coordinator, id);
    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> improvements.save(coordinator, null, form));
    assertEquals(
        List.of("decision", "reason"),
        refused.getErrors().stream().map(FieldError::field).toList());
    form.setDecision("Un rappel téléphonique sous 48 heures");
    form.setReason("Réclamation sur l’accueil téléphonique.");
    form.setDueOn(LocalDate.now().plusMonths(1));
    form.getSources()
        .add(
            new ImprovementForm.Source(SourceKind.PARTICIPANT_OPINION, null, null, "Avis à chaud"));
    long improvement = improvements.save(coordinator, null, form);

    Register.CaseView view = register.open(coordinator, id);
    assertEquals(
        List.of(improvement), view.improvements().stream().map(Improvement::getId).toList());
    CaseEvent action = view.events().get(view.events().size() - 1);
    assertEquals(CaseStep.ACTION, action.getStep());
    assertEquals(improvement, action.getImprovementId());
    assertEquals(2, improvements.get(coordinator, improvement).getSources().size());
    // saved again: no second action line
    improvements.save(coordinator, improvement, improvements.form(coordinator, improvement));
    assertEquals(view.events().size(), repository.events(id).size());
  }

  // ----- indicator 2: the public results on a year built by hand (2011: no other test uses it)

  private long trainingActivity(String title) throws SQLException {
    long theme = fixtures.theme(Fixtures.unique("Thème résultats"));
    long id = fixtures.activity(Fixtures.unique(title), Format.TRAINING, theme, Audience.ALL);
    try (Connection c = dataSource.getConnection()) {
      Sql.update(
          c,
          "UPDATE activity SET purpose = 'TRAINING', bpf_objective = 'OTHER_PROFESSIONAL',"
              + " nsf_code = '331' WHERE id = ?",
          id);
    }
    return id;
  }

  private long preventionActivity() {
    long theme = fixtures.theme(Fixtures.unique("Thème prévention"));
    return fixtures.activity(
        Fixtures.unique("Groupe de parole"), Format.TALK_GROUP, theme, Audience.ALL);
  }

  private long completedSession(long activity, String day) {
    return fixtures.session(
        activity,
        Instant.parse(day + "T08:00:00Z"),
        SessionMode.ONLINE,
        null,
        SessionStatus.COMPLETED,
        30);
  }

  /** A registration with its half-days (P present, L late, A absent, E excused). */
  private void trainee(Connection c, long session, String status, String halves)
      throws SQLException {
    long person = fixtures.participant("Résultat", false);
    long registration =
        Sql.number(
            c,
            "INSERT INTO registration (session_id, account_id, status, seat) VALUES (?, ?, ?, ?) RETURNING id",
            session,
            person,
            status,
            status.equals("CONFIRMED") ? "GENERAL" : null);
    for (int h = 0; h < halves.length(); h++) {
      String mark =
          switch (halves.charAt(h)) {
            case 'P' -> "PRESENT";
            case 'L' -> "LATE";
            case 'A' -> "ABSENT";
            default -> "EXCUSED";
          };
      Sql.update(
          c,
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by)"
              + " VALUES (?, ?, ?, 'HAND', now(), 'test')",
          registration,
          h,
          mark);
    }
  }

  /** Hot answers to one Likert item scored 1–5, one response each. */
  private void hotAnswers(Connection c, long campaign, long item, long session, int... values)
      throws SQLException {
    for (int v : values) {
      long response =
          Sql.number(
              c,
              "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym,"
                  + " submitted, submitted_on) SELECT ?, questionnaire_id, ?, ?, true, DATE '2011-06-01'"
                  + " FROM campaign WHERE id = ? RETURNING id",
              campaign,
              session,
              "p" + System.nanoTime(),
              campaign);
      Sql.update(
          c,
          "INSERT INTO survey_answer (response_id, item_id, number_value) VALUES (?, ?, ?)",
          response,
          item,
          v);
    }
  }

  @Test
  void publicResultsCountTrainingActionsOnlyAndHideSmallCells() throws SQLException {
    long a = trainingActivity("Formation A");
    long b = trainingActivity("Formation B");
    long d = trainingActivity("Formation D");
    long prevention = preventionActivity();
    long sa = completedSession(a, "2011-03-10");
    long sb = completedSession(b, "2011-04-12");
    long sd = completedSession(d, "2011-05-17");
    long sp = completedSession(prevention, "2011-05-18");
    long cancelledSession =
        fixtures.session(
            a,
            Instant.parse("2011-06-01T08:00:00Z"),
            SessionMode.ONLINE,
            null,
            SessionStatus.CANCELLED,
            30);
    try (Connection c = dataSource.getConnection()) {
      // A: five present at both half-days, one the morning only, one late then present,
      // one confirmed but absent (not a trainee), one cancelled though marked present (never
      // counts)
      for (int i = 0; i < 4; i++) {
        trainee(c, sa, "CONFIRMED", "PP");
      }
      trainee(c, sa, "CONFIRMED", "LP");
      trainee(c, sa, "CONFIRMED", "PA");
      trainee(c, sa, "CONFIRMED", "AA");
      trainee(c, sa, "CANCELLED", "PP");
      // B: three trainees, all complete
      for (int i = 0; i < 3; i++) {
        trainee(c, sb, "CONFIRMED", "PP");
      }
      // D: five trainees, one excused the afternoon
      for (int i = 0; i < 4; i++) {
        trainee(c, sd, "CONFIRMED", "PP");
      }
      trainee(c, sd, "CONFIRMED", "PE");
      // prevention: ten present, never counted
      for (int i = 0; i < 10; i++) {
        trainee(c, sp, "CONFIRMED", "PP");
      }
      trainee(c, cancelledSession, "CONFIRMED", "PP");

      long questionnaire =
          Sql.number(
              c,
              "INSERT INTO questionnaire (kind, title_fr, title_en, created_at)"
                  + " VALUES ('SATISFACTION', 'Satisfaction 2011', 'Satisfaction 2011', now()) RETURNING id");
      long section =
          Sql.number(
              c,
              "INSERT INTO questionnaire_section (questionnaire_id, position, title_fr, title_en)"
                  + " VALUES (?, 1, 'Avis', 'Opinion') RETURNING id",
              questionnaire);
      long item =
          Sql.number(
              c,
              "INSERT INTO questionnaire_item (section_id, position, type, text_fr, text_en)"
                  + " VALUES (?, 1, 'LIKERT', 'Satisfait ?', 'Satisfied?') RETURNING id",
              section);
      for (int v = 1; v <= 5; v++) {
        Sql.update(
            c,
            "INSERT INTO item_choice (item_id, position, value, label_fr, label_en) VALUES (?, ?, ?, ?, ?)",
            item,
            v,
            v,
            "n" + v,
            "n" + v);
      }
      long hot =
          Sql.number(
              c,
              "INSERT INTO campaign (questionnaire_id, phase, title, created_at, created_by)"
                  + " VALUES (?, 'HOT', 'Chaud 2011', now(), 'test') RETURNING id",
              questionnaire);
      long cold =
          Sql.number(
              c,
              "INSERT INTO campaign (questionnaire_id, phase, weeks_after, title, created_at, created_by)"
                  + " VALUES (?, 'COLD', 6, 'Froid 2011', now(), 'test') RETURNING id",
              questionnaire);
      hotAnswers(c, hot, item, sa, 5, 4, 4, 5, 3);
      hotAnswers(c, hot, item, sb, 2, 2);
      hotAnswers(c, cold, item, sa, 1, 1, 1, 1, 1); // cold answers are not the hot satisfaction
      hotAnswers(c, hot, item, sp, 1, 1, 1, 1, 1); // nor a prevention activity's
    }

    ResultsTable table =
        results.period(
            LocalDate.of(2011, 1, 1), LocalDate.of(2012, 1, 1), LocalDate.of(2011, 12, 31));
    assertEquals(3, table.rows().size(), "training actions only: " + table.rows());
    ResultsTable.Row ra = row(table, "Formation A");
    ResultsTable.Row rb = row(table, "Formation B");
    ResultsTable.Row rd = row(table, "Formation D");

    assertEquals(1, ra.sessions(), "the cancelled session is not held");
    assertEquals(6L, ra.trainees());
    assertEquals(83, ra.completionPercent()); // 5 of 6
    assertEquals(4.2, ra.satisfaction());

    assertNull(rb.trainees());
    assertEquals(ResultsTable.Hidden.FEW_TRAINEES, rb.traineesHidden());
    assertNull(rb.completionPercent());
    assertNull(rb.satisfaction());
    assertEquals(ResultsTable.Hidden.FEW_RESPONDENTS, rb.satisfactionHidden());

    // B's 3 would come back as the total minus A and D: D (the smallest other) is hidden too
    assertNull(rd.trainees());
    assertEquals(ResultsTable.Hidden.PROTECTS_ANOTHER, rd.traineesHidden());
    assertEquals(80, rd.completionPercent()); // 4 of 5
    assertEquals(ResultsTable.Hidden.FEW_RESPONDENTS, rd.satisfactionHidden());

    ResultsTable.Row total = table.total();
    assertEquals(3, total.sessions());
    assertEquals(14L, total.trainees());
    assertEquals(86, total.completionPercent()); // (5 + 3 + 4) of 14
    assertEquals(3.6, total.satisfaction()); // (5+4+4+5+3+2+2) / 7
  }

  private static ResultsTable.Row row(ResultsTable table, String prefix) {
    return table.rows().stream()
        .filter(r -> r.title().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
