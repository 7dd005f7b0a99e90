package fr.relais.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.AttendanceService;
import fr.relais.attendance.AttendanceStatus;
import fr.relais.dpc.Attestations;
import fr.relais.dpc.DpcParticipants;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.AccountService;
import fr.relais.people.ProfileForm;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's indicator 11, indicator 30 (trainers) and DPC on a real database: a coordinator writes
 * a training action's quiz (every problem at once), a participant answers it before and after their
 * session, scored; the session's results for its trainer and coordinators; a trainer is mailed the
 * questionnaire when their session is completed; RPPS/ADELI checked on the profile; the
 * end-of-training attestation read back (PDFBox, veraPDF) and the DPC list read back (POI).
 */
@ExtendWith(ArquillianExtension.class)
class QuizDpcIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private QuizService quizzes;
  @Inject private QuizResultsService results;
  @Inject private RegistrationService registrations;
  @Inject private AttendanceService attendance;
  @Inject private AccountService accounts;
  @Inject private Attestations attestations;
  @Inject private DpcParticipants dpc;
  @Inject private fr.relais.privacy.ErasureService erasure;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  /** A training action (TRAINING purpose) with two objectives written on it. */
  private long trainingAction(String andpcAction) throws SQLException {
    long theme = fixtures.theme(Fixtures.unique("Thème quiz"));
    long activity =
        fixtures.activity(Fixtures.unique("Formation quiz"), Format.TRAINING, theme, Audience.ALL);
    sql(
        "UPDATE activity SET purpose = 'TRAINING', bpf_objective = 'OTHER_PROFESSIONAL',"
            + " nsf_code = '331', andpc_action = ?, objectives = ? WHERE id = ?",
        andpcAction,
        "- Repérer l'épuisement\n- Orienter un collègue",
        activity);
    return activity;
  }

  private static QuizForm.Question question(int objective, String text, int correct) {
    QuizForm.Question q = new QuizForm.Question();
    q.setText(text);
    q.setObjective(objective);
    q.getChoices().get(0).setText("A");
    q.getChoices().get(1).setText("B");
    q.getChoices().get(2).setText("C");
    q.setCorrect(correct);
    return q;
  }

  /** The quiz: three questions, the first two on objective 1, the third on objective 2. */
  private void writeQuiz(long activity) {
    QuizForm form = quizzes.form(Callers.coordinator(), activity);
    assertEquals(2, form.getObjectives().size(), "prefilled from the activity's objectives");
    assertEquals("Repérer l'épuisement", form.getObjectives().get(0).getText());
    form.getQuestions().clear();
    form.getQuestions().add(question(0, "Q1", 0));
    form.getQuestions().add(question(0, "Q2", 1));
    form.getQuestions().add(question(1, "Q3", 2));
    quizzes.save(Callers.coordinator(), activity, form);
  }

  @Test
  void aBadQuizIsRefusedWithEveryProblemAndNothingStored() throws Exception {
    long activity = trainingAction(null);
    QuizForm form = quizzes.form(Callers.coordinator(), activity);
    form.setAfterDays(0);
    QuizForm.Question q = new QuizForm.Question();
    q.getChoices().get(0).setText("seule réponse");
    q.setCorrect(3);
    form.getQuestions().clear();
    form.getQuestions().add(q);
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> quizzes.save(Callers.coordinator(), activity, form));
    List<String> fields = e.getErrors().stream().map(InvalidInput.FieldError::field).toList();
    assertEquals(
        List.of("afterDays", "question-0", "objectiveOf-0", "choices-0", "correct-0"), fields);
    assertEquals(0, count("SELECT count(*) FROM quiz WHERE activity_id = ?", activity));
    assertThrows(
        BusinessException.class,
        () ->
            quizzes.save(
                Callers.participant(fixtures.participant("Curieuse", false)), activity, form));
  }

  @Test
  void aParticipantAnswersBeforeAndAfterAndTheSessionShowsBothScores() throws Exception {
    long activity = trainingAction(null);
    writeQuiz(activity);
    Instant start = Instant.now().plus(Duration.ofDays(5));
    long session =
        fixtures.session(activity, start, SessionMode.ONLINE, null, SessionStatus.PUBLISHED, 10);
    long trainer = fixtures.trainer("Formatrice", Fixtures.unique("Quiz"));
    fixtures.lead(session, trainer);
    long nurse = fixtures.participant("Infirmière", false);
    registrations.register(Callers.participant(nurse), session, null);
    long registration = registration(nurse, session);

    QuizService.Sheet before =
        quizzes.sheet(Callers.participant(nurse), registration).orElseThrow();
    assertEquals(QuizPhase.BEFORE, before.open());
    assertEquals(3, before.questions().size());
    Map<Long, Long> answers = answers(before, 0, 0, 0); // Q1 right, Q2 wrong, Q3 wrong
    InvalidInput missing =
        assertThrows(
            InvalidInput.class,
            () -> quizzes.submit(Callers.participant(nurse), registration, Map.of()));
    assertEquals(3, missing.getErrors().size(), "each unanswered question named");
    assertEquals(1, quizzes.submit(Callers.participant(nurse), registration, answers).score());
    assertThrows(
        BusinessException.class,
        () -> quizzes.submit(Callers.participant(nurse), registration, answers),
        "once per phase");
    long other = fixtures.participant("Voisine", false);
    assertThrows(
        BusinessException.class,
        () -> quizzes.sheet(Callers.participant(other), registration),
        "nobody else's");

    // The session took place (ended an hour ago) and the nurse was there.
    Instant began = Instant.now().minus(Duration.ofHours(3));
    fixtures.moveTo(session, began, began.plus(Duration.ofHours(2)));
    assertNull(
        quizzes.sheet(Callers.participant(nurse), registration).orElseThrow().open(),
        "not before attendance says present");
    sql(
        "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at,"
            + " recorded_by) VALUES (?, 0, 'PRESENT', 'HAND', now(), 'test')",
        registration);
    QuizService.Sheet after = quizzes.sheet(Callers.participant(nurse), registration).orElseThrow();
    assertEquals(QuizPhase.AFTER, after.open());
    assertEquals(
        3,
        quizzes.submit(Callers.participant(nurse), registration, answers(after, 0, 1, 2)).score());

    QuizResultsService.Session view = results.of(Callers.trainer(trainer), session);
    assertEquals(1, view.before().respondents());
    assertEquals(100.0 / 3, view.before().meanPercent(), 0.01);
    assertEquals(100.0, view.after().meanPercent(), 0.01);
    assertEquals("Repérer l'épuisement", view.objectives().get(0).text());
    assertEquals(50.0, view.objectives().get(0).beforePercent(), 0.01);
    assertEquals(100.0, view.objectives().get(0).afterPercent(), 0.01);
    assertEquals(0.0, view.objectives().get(1).beforePercent(), 0.01);
    QuizResultsService.Participant p = view.participants().get(0);
    assertEquals(1, p.before());
    assertEquals(3, p.after());
    long stranger = fixtures.trainer("Autre", Fixtures.unique("Formateur"));
    assertThrows(
        BusinessException.class,
        () -> results.of(Callers.trainer(stranger), session),
        "a trainer sees only their own sessions");
  }

  @Test
  void completingASessionMailsEachTrainerTheirQuestionnaire() throws Exception {
    long activity = trainingAction(null);
    long session =
        fixtures.session(
            activity,
            Instant.now().plus(Duration.ofDays(2)),
            SessionMode.ONLINE,
            null,
            SessionStatus.PUBLISHED,
            10);
    long trainer = fixtures.trainer("Animatrice", Fixtures.unique("Avis formateur"));
    long second = fixtures.trainer("Coanimateur", Fixtures.unique("Avis formateur"));
    fixtures.lead(session, trainer);
    fixtures.lead(session, second);
    long nurse = fixtures.participant("Aide-soignante", false);
    registrations.register(Callers.participant(nurse), session, null);
    Instant began = Instant.now().minus(Duration.ofHours(3));
    fixtures.moveTo(session, began, began.plus(Duration.ofMinutes(90)));
    attendance.mark(
        Callers.trainer(trainer),
        session,
        registration(nurse, session),
        0,
        AttendanceStatus.PRESENT,
        null);

    attendance.complete(Callers.trainer(trainer), session);

    for (long t : new long[] {trainer, second}) {
      assertEquals(
          1,
          count(
              "SELECT count(*) FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
                  + " WHERE c.phase = 'TRAINER' AND i.account_id = ? AND i.session_id = ?",
              t,
              session));
      String body =
          Sql.text(
              dataSource,
              "SELECT m.body FROM mail_outbox m JOIN account a ON a.email = m.recipient"
                  + " WHERE a.id = ? AND m.kind = 'trainerOpinion'",
              t);
      assertTrue(body.contains("/survey/start?t="), body);
    }
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM survey_invitation i JOIN campaign c ON c.id = i.campaign_id"
                + " WHERE c.phase = 'TRAINER' AND i.account_id = ?",
            nurse),
        "participants are not asked the trainers' questionnaire");
  }

  @Test
  void rppsAndAdeliAreCheckedNextToTheirFields() throws Exception {
    long nurse = fixtures.participant("Sage-femme", false);
    ProfileForm form = ProfileForm.of(accounts.mine(Callers.participant(nurse), nurse));
    form.setRpps("10005173141");
    form.setAdeli("00123456");
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> accounts.updateProfile(Callers.participant(nurse), nurse, form));
    assertEquals("rpps", e.getErrors().get(0).field());
    assertEquals("dpc.rpps.checkDigit", e.getErrors().get(0).key());
    assertEquals("adeli", e.getErrors().get(1).field());
    assertEquals("dpc.adeli.format", e.getErrors().get(1).key());
    assertNull(Sql.text(dataSource, "SELECT rpps FROM account WHERE id = ?", nurse));

    form.setRpps("100 0517 3140");
    form.setAdeli("");
    accounts.updateProfile(Callers.participant(nurse), nurse, form);
    assertEquals(
        "10005173140", Sql.text(dataSource, "SELECT rpps FROM account WHERE id = ?", nurse));
    assertNull(Sql.text(dataSource, "SELECT adeli FROM account WHERE id = ?", nurse));
  }

  @Test
  void theAttestationAndTheDpcListSayWhatTheFactsSay() throws Exception {
    long activity = trainingAction("12342600017");
    writeQuiz(activity);
    // Tuesday 10 March 2026, 9:00–17:00 Paris with a one-hour lunch: 7 h trained for the day.
    Instant start = Instant.parse("2026-03-10T08:00:00Z");
    long session =
        fixtures.session(
            activity,
            Instant.now().plus(Duration.ofDays(3)),
            SessionMode.ONLINE,
            null,
            SessionStatus.PUBLISHED,
            10);
    long nurse = fixtures.participant("Camille", false);
    long nameless = fixtures.participant("Dominique", false);
    long absent = fixtures.participant("Eden", false);
    for (long p : new long[] {nurse, nameless, absent}) {
      registrations.register(Callers.participant(p), session, null);
    }
    long r1 = registration(nurse, session);
    QuizService.Sheet before = quizzes.sheet(Callers.participant(nurse), r1).orElseThrow();
    quizzes.submit(Callers.participant(nurse), r1, answers(before, 0, 0, 0));
    fixtures.moveTo(session, start, start.plus(Duration.ofHours(8)));
    sql(
        "UPDATE session SET break_minutes = 60, andpc_session = '3', status = 'COMPLETED'"
            + " WHERE id = ?",
        session);
    sql("UPDATE account SET rpps = '10005173140' WHERE id = ?", nurse);
    present(r1, 0, 1);
    present(registration(nameless, session), 1);

    byte[] pdf = attestations.own(Callers.participant(nurse), r1);
    // PDF/A-2A and PDF/UA-1 are checked by AttestationPdfTest (veraPDF is not in the WAR).
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    for (String expected :
        new String[] {
          "Attestation de fin de formation",
          "Camille Testeur",
          "10005173140",
          "12342600017",
          "N° de session ANDPC 3",
          "Repérer l'épuisement",
          "Durée prévue 7 h 00",
          "Durée suivie 7 h 00",
          "Score : 1 sur 3",
          "non répondu"
        }) {
      assertTrue(text.contains(expected), expected + " in: " + text);
    }
    assertThrows(
        NotFoundException.class,
        () -> attestations.own(Callers.participant(nameless), r1),
        "nobody else's");
    assertThrows(
        NotFoundException.class,
        () -> attestations.own(Callers.participant(absent), registration(absent, session)),
        "none for someone absent");
    try (PDDocument doc =
        Loader.loadPDF(attestations.any(Callers.coordinator(), registration(nameless, session)))) {
      String afternoon = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(afternoon.contains("Durée suivie 4 h 00"), afternoon);
    }

    byte[] xlsx = dpc.xlsx(Callers.coordinator(), session, Locale.FRENCH);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("RPPS", sheet.getRow(0).getCell(2).getStringCellValue().replace("Numéro ", ""));
      Map<String, Row> byName = new HashMap<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        byName.put(sheet.getRow(i).getCell(0).getStringCellValue(), sheet.getRow(i));
      }
      assertEquals(3, byName.size(), "every confirmed registration, present or not");
      Row camille = byName.get("Testeur Camille");
      assertEquals("10005173140", camille.getCell(2).getStringCellValue());
      assertEquals(7.0, camille.getCell(4).getNumericCellValue(), 0.001);
      assertEquals("1, 2", camille.getCell(5).getStringCellValue());
      assertEquals("", camille.getCell(6).getStringCellValue());
      Row dominique = byName.get("Testeur Dominique");
      assertEquals(4.0, dominique.getCell(4).getNumericCellValue(), 0.001);
      assertEquals("Sans numéro RPPS ni ADELI", dominique.getCell(6).getStringCellValue());
      assertEquals("12342600017", dominique.getCell(7).getStringCellValue());
    }
    assertEquals(2, dpc.of(Callers.coordinator(), session).getMissing());
    assertThrows(
        BusinessException.class,
        () -> dpc.of(Callers.participant(nurse), session),
        "coordinators only");
  }

  @Test
  void erasureForgetsTheNumbersAndUnlinksTheQuizButKeepsTheSessionsFigures() throws Exception {
    long activity = trainingAction(null);
    writeQuiz(activity);
    long session =
        fixtures.session(
            activity,
            Instant.now().plus(Duration.ofDays(4)),
            SessionMode.ONLINE,
            null,
            SessionStatus.PUBLISHED,
            10);
    long nurse = fixtures.participant("Oubliée", false);
    sql("UPDATE account SET rpps = '10005173140', adeli = '751234567' WHERE id = ?", nurse);
    registrations.register(Callers.participant(nurse), session, null);
    long registration = registration(nurse, session);
    QuizService.Sheet before =
        quizzes.sheet(Callers.participant(nurse), registration).orElseThrow();
    quizzes.submit(Callers.participant(nurse), registration, answers(before, 0, 1, 2));

    assertTrue(erasure.erase(nurse, "test"));

    assertNull(Sql.text(dataSource, "SELECT rpps FROM account WHERE id = ?", nurse));
    assertNull(Sql.text(dataSource, "SELECT adeli FROM account WHERE id = ?", nurse));
    assertEquals(
        0, count("SELECT count(*) FROM quiz_attempt WHERE registration_id = ?", registration));
    QuizResultsService.Session view = results.of(Callers.coordinator(), session);
    assertEquals(1, view.before().respondents(), "the session's figure survives, unnamed");
    assertEquals(100.0, view.before().meanPercent(), 0.01);
    assertTrue(view.participants().isEmpty(), "nobody named");
  }

  private void present(long registration, int... halves) throws SQLException {
    for (int h : halves) {
      sql(
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at,"
              + " recorded_by) VALUES (?, ?, 'PRESENT', 'HAND', now(), 'test')",
          registration,
          h);
    }
  }

  /** The given choice (by position) for each question, in order. */
  private static Map<Long, Long> answers(QuizService.Sheet sheet, int... choices) {
    Map<Long, Long> chosen = new HashMap<>();
    for (int i = 0; i < choices.length; i++) {
      QuizService.Question q = sheet.questions().get(i);
      chosen.put(q.id(), q.choices().get(choices[i]).id());
    }
    return chosen;
  }

  private long registration(long account, long session) throws SQLException {
    return count(
        "SELECT id FROM registration WHERE account_id = ? AND session_id = ?", account, session);
  }

  private long count(String query, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return Sql.number(c, query, values);
    }
  }

  private void sql(String query, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, query, values);
    }
  }
}
