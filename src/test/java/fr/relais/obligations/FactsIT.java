package fr.relais.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.arrangement.ArrangementService;
import fr.relais.bpf.IncomeInput;
import fr.relais.bpf.IncomeSource;
import fr.relais.bpf.SessionIncomeService;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.privacy.ErasureService;
import fr.relais.programme.ActivityForm;
import fr.relais.programme.Audience;
import fr.relais.programme.BpfObjective;
import fr.relais.programme.Format;
import fr.relais.programme.ProgrammeService;
import fr.relais.programme.Purpose;
import fr.relais.registration.RegistrationAnswers;
import fr.relais.registration.RegistrationService;
import fr.relais.registration.TraineeCategory;
import fr.relais.scheduling.Delivery;
import fr.relais.scheduling.SessionFacts;
import fr.relais.scheduling.SessionService;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's facts in the container on a real PostgreSQL: a training action's required fields, a
 * session's incomes and BPF facts, the trainee category stored at registration (derived, declared,
 * never for prevention), and indicator 26's arrangement request queued in the outbox for the
 * disability referent without the participant's words, which trainers never see and erasure
 * removes.
 */
@ExtendWith(ArquillianExtension.class)
class FactsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private ProgrammeService programme;
  @Inject private SessionService sessions;
  @Inject private SessionIncomeService incomes;
  @Inject private RegistrationService registrations;
  @Inject private ArrangementService arrangements;
  @Inject private ErasureService erasure;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long theme;
  private static long training;
  private static long prevention;
  private static final Instant BASE = Instant.now().plus(Duration.ofDays(40));
  private static int slot;

  @BeforeEach
  void world() {
    if (theme == 0) {
      theme = fixtures.theme(Fixtures.unique("Thème obligations"));
      training = programme.saveActivity(Callers.coordinator(), null, trainingForm()).getId();
      prevention =
          fixtures.activity(
              Fixtures.unique("Groupe de parole obligations"),
              Format.TALK_GROUP,
              theme,
              Audience.ALL);
    }
  }

  private static ActivityForm trainingForm() {
    ActivityForm form = new ActivityForm();
    form.setTitle(Fixtures.unique("Formation obligations"));
    form.setFormat(Format.TRAINING);
    form.setThemeId(theme);
    form.setAudience(Audience.ALL);
    form.setObjectives("Repérer l'épuisement professionnel");
    form.setPurpose(Purpose.TRAINING);
    form.setBpfObjective(BpfObjective.OTHER_PROFESSIONAL);
    form.setNsfCode("331");
    form.setPrerequisites("Aucun");
    form.setMethods("Apports et cas cliniques");
    form.setEvaluation("Quiz avant et après");
    form.setFree(false);
    form.setPrice("180");
    form.setAccessDelay("Jusqu'à la veille");
    form.setAccessibility("Salle de plain-pied");
    return form;
  }

  private static Instant nextSlot() {
    return BASE.plus(Duration.ofDays(++slot));
  }

  private static List<String> fields(InvalidInput invalid) {
    return invalid.getErrors().stream().map(FieldError::field).toList();
  }

  @Test
  void aTrainingActionIsRefusedWithoutItsFactsOnEachField() throws Exception {
    ActivityForm form = trainingForm();
    form.setNsfCode("999");
    form.setMethods(" ");
    form.setAndpcAction("123");
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> programme.saveActivity(Callers.coordinator(), null, form));
    assertEquals(List.of("nsfCode", "andpcAction", "methods"), fields(refused));
    assertEquals(
        "18000",
        Sql.text(dataSource, "SELECT price_cents::text FROM activity WHERE id = ?", training));
    assertEquals(
        "331", Sql.text(dataSource, "SELECT nsf_code FROM activity WHERE id = ?", training));
  }

  @Test
  void incomesAreAddedChangedAndRemovedByCoordinatorsOnly() throws Exception {
    long session = fixtures.openSession(training, nextSlot(), 10, 0);
    var added =
        incomes.add(
            Callers.coordinator(), session, new IncomeInput("350,50", null, "Mutuelle", null));
    assertEquals(
        35050,
        Sql.number(
            dataSource, "SELECT amount_cents FROM session_income WHERE id = ?", added.getId()));
    assertNull(
        Sql.text(dataSource, "SELECT source FROM session_income WHERE id = ?", added.getId()));
    incomes.change(
        Callers.coordinator(),
        added.getId(),
        new IncomeInput("400", IncomeSource.OTHER_PUBLIC, "Mutuelle", "Subvention"));
    assertEquals(
        "OTHER_PUBLIC",
        Sql.text(dataSource, "SELECT source FROM session_income WHERE id = ?", added.getId()));
    InvalidInput bad =
        assertThrows(
            InvalidInput.class,
            () ->
                incomes.add(
                    Callers.coordinator(), session, new IncomeInput("0", null, null, null)));
    assertEquals(List.of("amount"), fields(bad));
    long someone = fixtures.participant("Payeuse", false);
    BusinessException forbidden =
        assertThrows(
            BusinessException.class,
            () ->
                incomes.add(
                    Callers.participant(someone),
                    session,
                    new IncomeInput("10", null, null, null)));
    assertTrue(forbidden.isForbidden());
    var heading = incomes.heading(Callers.coordinator(), session).orElseThrow();
    assertEquals(session, heading.sessionId());
    assertTrue(heading.trainingAction());
    assertTrue(incomes.heading(Callers.coordinator(), -1).isEmpty());
    assertTrue(
        assertThrows(
                BusinessException.class,
                () -> incomes.heading(Callers.participant(someone), session))
            .isForbidden());
    incomes.remove(Callers.coordinator(), added.getId());
    assertEquals(
        0,
        Sql.number(
            dataSource, "SELECT count(*) FROM session_income WHERE session_id = ?", session));
  }

  @Test
  void aSessionsFactsAreCheckedAllAtOnceAndKept() throws Exception {
    long session = fixtures.openSession(training, nextSlot(), 10, 0);
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                sessions.recordFacts(
                    Callers.coordinator(),
                    session,
                    new SessionFacts(181, Delivery.ENTRUSTED_TO_US, "", null)));
    assertEquals(List.of("breakMinutes", "partnerOrganisation"), fields(refused));
    sessions.recordFacts(
        Callers.coordinator(),
        session,
        new SessionFacts(30, Delivery.ENTRUSTED_TO_US, "IFSI du Nord", "12"));
    String[] row;
    try (var c = dataSource.getConnection()) {
      row =
          Sql.row(
              c,
              "SELECT break_minutes::text, delivery, partner_organisation,"
                  + " coalesce(andpc_session, '-') FROM session WHERE id = ?",
              session);
    }
    // Not a DPC action: the ANDPC number is not kept.
    assertEquals(List.of("30", "ENTRUSTED_TO_US", "IFSI du Nord", "-"), List.of(row));
  }

  @Test
  void whoPaysIsAskedOnlyWhenRelaisCannotTellAndOnlyForATrainingAction() throws Exception {
    long session = fixtures.openSession(training, nextSlot(), 10, 2);
    long professional = fixtures.participant("Déclarante", false);
    InvalidInput asked =
        assertThrows(
            InvalidInput.class,
            () ->
                registrations.register(
                    Callers.participant(professional),
                    session,
                    null,
                    new RegistrationAnswers(null, false, null)));
    assertEquals(List.of("category"), fields(asked));
    long declared =
        registrations
            .register(
                Callers.participant(professional),
                session,
                null,
                new RegistrationAnswers(TraineeCategory.INDIVIDUAL, false, null))
            .registration()
            .getId();
    assertCategory(declared, "INDIVIDUAL", "DECLARED");

    long student = fixtures.participant("Étudiante", true);
    long derived =
        registrations
            .register(
                Callers.participant(student),
                session,
                null,
                new RegistrationAnswers(null, false, null))
            .registration()
            .getId();
    assertCategory(derived, "OTHER", "DERIVED");

    long talk = fixtures.openSession(prevention, nextSlot(), 10, 0);
    long never =
        registrations
            .register(
                Callers.participant(professional),
                talk,
                null,
                new RegistrationAnswers(TraineeCategory.JOB_SEEKER, false, null))
            .registration()
            .getId();
    assertCategory(never, "-", "-");
  }

  @Test
  void anArrangementGoesToTheReferentTrainersSeeNoWordsAndErasureRemovesThem() throws Exception {
    long session = fixtures.openSession(training, nextSlot(), 10, 0);
    long person = fixtures.participant("Aménagée", false);
    String words = "Fauteuil roulant, place près de la porte " + Fixtures.unique("n");
    long registration =
        registrations
            .register(
                Callers.participant(person),
                session,
                null,
                new RegistrationAnswers(TraineeCategory.OTHER, true, words))
            .registration()
            .getId();
    long request =
        Sql.number(
            dataSource,
            "SELECT id FROM arrangement_request WHERE registration_id = ? AND status = 'OPEN'",
            registration);
    String mail =
        Sql.text(
            dataSource,
            "SELECT body FROM mail_outbox WHERE kind = 'arrangement'"
                + " AND recipient = 'referent-handicap@relais.test' AND body LIKE ? ",
            "%Aménagée%");
    assertTrue(mail.contains("/obligations/arrangements/requests"), mail);
    assertFalse(mail.contains("Fauteuil"), "the words are read on the page, not mailed");

    assertEquals(java.util.Set.of(registration), arrangements.plannedIn(session));
    long trainer = fixtures.trainer("Formatrice", "Aménagements");
    fixtures.lead(session, trainer);
    assertTrue(
        assertThrows(
                BusinessException.class, () -> arrangements.list(Callers.trainer(trainer), false))
            .isForbidden());
    assertTrue(
        arrangements.list(Callers.coordinator(), true).stream()
            .anyMatch(a -> a.id() == request && words.equals(a.need())));

    BusinessException notHers =
        assertThrows(
            BusinessException.class,
            () -> arrangements.withdrawOwn(Callers.participant(trainer), request));
    assertTrue(notHers.isForbidden());

    arrangements.handle(Callers.coordinator(), request, "Salle au rez-de-chaussée réservée");
    assertTrue(erasure.erase(person, "test"));
    String[] row;
    try (var c = dataSource.getConnection()) {
      row =
          Sql.row(
              c,
              "SELECT coalesce(need, '-'), coalesce(handled_note, '-'), status"
                  + " FROM arrangement_request WHERE id = ?",
              request);
    }
    assertEquals(List.of("-", "-", "HANDLED"), List.of(row));
  }

  @Test
  void theParticipantWithdrawsTheirOwnRequestAndItsWordsGo() throws Exception {
    long session = fixtures.openSession(training, nextSlot(), 10, 0);
    long person = fixtures.participant("Retirante", false);
    registrations.register(
        Callers.participant(person),
        session,
        null,
        new RegistrationAnswers(TraineeCategory.JOB_SEEKER, true, "Interprète LSF"));
    var mine = arrangements.mine(Callers.participant(person), session).orElseThrow();
    assertEquals("Interprète LSF", mine.getNeed());
    arrangements.withdrawOwn(Callers.participant(person), mine.getId());
    assertTrue(arrangements.mine(Callers.participant(person), session).isEmpty());
    assertEquals(
        "WITHDRAWN|-",
        Sql.text(
            dataSource,
            "SELECT status || '|' || coalesce(need, '-') FROM arrangement_request WHERE id = ?",
            mine.getId()));
    assertTrue(arrangements.plannedIn(session).isEmpty());
  }

  private void assertCategory(long registration, String category, String source) throws Exception {
    assertEquals(
        category + "|" + source,
        Sql.text(
            dataSource,
            "SELECT coalesce(trainee_category, '-') || '|' || coalesce(category_source, '-')"
                + " FROM registration WHERE id = ?",
            registration));
  }
}
