package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.programme.ProgrammeService;
import fr.relais.registration.RegistrationService;
import fr.relais.scheduling.SeriesService;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionPlan;
import fr.relais.scheduling.SessionService;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.site.SiteService;
import fr.relais.survey.CampaignService;
import fr.relais.survey.Phase;
import fr.relais.survey.QuestionnaireService;
import fr.relais.survey.SurveyKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.trainers.TrainerService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The services refuse what the caller's role or ownership does not allow, whatever a page shows:
 * called directly with a participant, the session's own trainer and another session's trainer, each
 * refusal is a 403-kind BusinessException and leaves the database as it was; a coordinator then
 * does the same and it works.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private RegistrationService registrations;
  @Inject private SessionService sessions;
  @Inject private SeriesService series;
  @Inject private ProgrammeService programme;
  @Inject private SiteService sites;
  @Inject private CampaignService campaigns;
  @Inject private QuestionnaireService questionnaires;
  @Inject private TrainerService trainers;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static long theme;
  private static long activity;
  private static int slot;

  /** A session of one seat: a confirmed, a waitlisted, a stranger; its trainer and another. */
  private record World(
      long session,
      long confirmed,
      long waitlisted,
      long stranger,
      Caller participant,
      Caller ownTrainer,
      Caller otherTrainer) {}

  @BeforeEach
  void programme() {
    if (activity == 0) {
      theme = fixtures.theme(Fixtures.unique("Thème rôles"));
      activity =
          fixtures.activity(Fixtures.unique("eJADES rôles"), Format.EJADES, theme, Audience.ALL);
    }
  }

  private World world() throws SQLException {
    Instant start = Instant.now().plus(Duration.ofDays(200 + ++slot));
    long session = fixtures.openSession(activity, start, 1, 0);
    long own = fixtures.trainer("Formatrice", Fixtures.unique("Rôles"));
    fixtures.lead(session, own);
    long other = fixtures.trainer("Formateur", Fixtures.unique("Ailleurs"));
    fixtures.lead(fixtures.openSession(activity, start.plus(Duration.ofDays(1)), 5, 0), other);
    long a = fixtures.participant("Assise", false);
    long b = fixtures.participant("Attente", false);
    long c = fixtures.participant("Inconnue", false);
    registrations.register(Callers.participant(a), session, null);
    registrations.register(Callers.participant(b), session, null);
    return new World(
        session,
        registration(session, a),
        registration(session, b),
        c,
        Callers.participant(b),
        Callers.trainer(own),
        Callers.trainer(other));
  }

  @Test
  void onlyCoordinatorsAddPromoteOrCancelSomeoneElsesRegistration() throws Exception {
    World w = world();
    String strangerEmail = text("SELECT email FROM account WHERE id = ?", w.stranger());
    String before = snapshot(w);
    for (Caller wrong : new Caller[] {w.participant(), w.ownTrainer(), w.otherTrainer()}) {
      forbidden(() -> registrations.promote(wrong, w.waitlisted()));
      forbidden(() -> registrations.cancelByCoordinator(wrong, w.confirmed(), "Pas venue"));
      forbidden(() -> registrations.addByHand(wrong, w.session(), strangerEmail));
      assertEquals(before, snapshot(w), wrong.roles() + ": nothing changed");
    }
    // A participant cancels only their own: with no registration of theirs, nothing to cancel.
    assertThrows(
        NotFoundException.class,
        () -> registrations.cancelOwn(Callers.participant(w.stranger()), w.session()));
    assertEquals(before, snapshot(w));

    Caller coordinator = Callers.coordinator();
    Sql.number(
        dataSource,
        "UPDATE session SET waitlist_limit = 5 WHERE id = ? RETURNING id",
        w.session()); // the default limit (the one seat) is taken by the waitlisted one
    assertTrue(registrations.addByHand(coordinator, w.session(), strangerEmail).created());
    assertEquals("WAITLISTED", status(registration(w.session(), w.stranger())));
    registrations.cancelByCoordinator(coordinator, w.confirmed(), "Pas venue");
    assertEquals("CANCELLED", status(w.confirmed()));
    assertEquals("CONFIRMED", status(w.waitlisted()), "the waitlist moved up");
    Sql.number(
        dataSource,
        "UPDATE session SET capacity = 2 WHERE id = ? RETURNING id",
        w.session()); // a seat free without the waitlist served: what "promote" is for
    registrations.promote(coordinator, registration(w.session(), w.stranger()));
    assertEquals("CONFIRMED", status(registration(w.session(), w.stranger())));
  }

  @Test
  void onlyCoordinatorsCreateChangePublishOrCancelSessions() throws Exception {
    World w = world();
    long draft =
        fixtures.session(
            activity,
            Instant.now().plus(Duration.ofDays(300 + ++slot)),
            SessionMode.ONLINE,
            null,
            SessionStatus.DRAFT,
            10);
    SessionPlan plan = plan(Instant.now().plus(Duration.ofDays(310 + ++slot)));
    long sessionsBefore = number("SELECT count(*) FROM session");
    String before = snapshot(w);
    for (Caller wrong : new Caller[] {w.participant(), w.ownTrainer(), w.otherTrainer()}) {
      forbidden(() -> sessions.create(wrong, plan, true));
      forbidden(() -> sessions.update(wrong, w.session(), plan));
      forbidden(() -> sessions.publish(wrong, draft));
      forbidden(() -> sessions.cancel(wrong, w.session(), "Annulée par erreur"));
      forbidden(() -> series.create(wrong, null, Set.of(), plan, true));
      forbidden(() -> series.updateFrom(wrong, 1, LocalDate.now(), null, null, plan));
    }
    assertEquals(sessionsBefore, number("SELECT count(*) FROM session"), "none created");
    assertEquals(before, snapshot(w), "not changed, not cancelled");
    assertEquals("DRAFT", text("SELECT status FROM session WHERE id = ?", draft));

    Caller coordinator = Callers.coordinator();
    sessions.publish(coordinator, draft);
    assertEquals("PUBLISHED", text("SELECT status FROM session WHERE id = ?", draft));
    sessions.cancel(coordinator, w.session(), "Salle fermée");
    assertEquals("CANCELLED", text("SELECT status FROM session WHERE id = ?", w.session()));
  }

  @Test
  void onlyCoordinatorsChangeTheProgrammeSitesAndSurveys() throws Exception {
    World w = world();
    String themeName = Fixtures.unique("Thème interdit");
    long site =
        fixtures.site(
            Fixtures.unique("Maison rôles"),
            SiteKind.MAISON_DES_SOIGNANTS,
            "Nancy",
            Region.GRAND_EST);
    long room = fixtures.room(site, "Salle rôles", 12);
    long questionnaire =
        questionnaires.create(Callers.coordinator(), SurveyKind.SATISFACTION, "Avis", "Opinion");
    long questionnairesBefore = number("SELECT count(*) FROM questionnaire");
    long campaignsBefore = number("SELECT count(*) FROM campaign");
    for (Caller wrong : new Caller[] {w.participant(), w.ownTrainer()}) {
      forbidden(() -> programme.saveTheme(wrong, null, themeName, null));
      forbidden(() -> programme.deleteTheme(wrong, theme));
      forbidden(() -> programme.archive(wrong, activity, true));
      forbidden(() -> programme.delete(wrong, activity));
      forbidden(() -> sites.archive(wrong, site, true));
      forbidden(() -> sites.saveRoom(wrong, site, room, "Renommée", 3, false));
      forbidden(() -> sites.archiveRoom(wrong, room, true));
      forbidden(() -> questionnaires.create(wrong, SurveyKind.SATISFACTION, "Avis", "Opinion"));
      forbidden(() -> questionnaires.newVersion(wrong, questionnaire));
      forbidden(() -> questionnaires.archive(wrong, questionnaire));
      forbidden(
          () ->
              campaigns.launch(
                  wrong, "Campagne interdite", questionnaire, Phase.HOT, null, null, 0));
    }
    assertEquals(0, number("SELECT count(*) FROM theme WHERE name_fr = ?", themeName));
    assertEquals(1, number("SELECT count(*) FROM theme WHERE id = ?", theme));
    assertEquals("false", text("SELECT archived::text FROM activity WHERE id = ?", activity));
    assertEquals("false", text("SELECT archived::text FROM site WHERE id = ?", site));
    assertEquals(
        "Salle rôles 12 false",
        text("SELECT name || ' ' || capacity || ' ' || archived FROM room WHERE id = ?", room));
    assertEquals(questionnairesBefore, number("SELECT count(*) FROM questionnaire"));
    assertEquals(campaignsBefore, number("SELECT count(*) FROM campaign"));

    Caller coordinator = Callers.coordinator();
    programme.saveTheme(coordinator, null, themeName, null);
    sites.saveRoom(coordinator, site, room, "Renommée", 3, false);
    assertEquals(1, number("SELECT count(*) FROM theme WHERE name_fr = ?", themeName));
    assertEquals("Renommée", text("SELECT name FROM room WHERE id = ?", room));
  }

  @Test
  void aTrainerDescribesOnlyThemselvesAndOnlyCoordinatorsAppoint() throws Exception {
    World w = world();
    long own = w.ownTrainer().accountId();
    String email = "nomme." + System.nanoTime() + "@trainers.relais.test";
    forbidden(() -> trainers.appoint(w.ownTrainer(), email, "Nouvelle", "Formatrice"));
    forbidden(() -> trainers.appoint(w.participant(), email, "Nouvelle", "Formatrice"));
    assertEquals(0, number("SELECT count(*) FROM account WHERE email = ?", email));
    forbidden(() -> trainers.describe(w.otherTrainer(), own, "Écrit par un autre", Set.of()));
    forbidden(() -> trainers.renewFeed(w.otherTrainer(), own));
    forbidden(() -> trainers.renewFeed(Callers.coordinator(), own)); // their own secret link
    assertEquals(
        0,
        number(
            "SELECT count(*) FROM trainer_profile WHERE account_id = ? AND bio IS NOT NULL", own));

    trainers.describe(w.ownTrainer(), own, "Infirmière, dix ans en réanimation.", Set.of());
    trainers.renewFeed(w.ownTrainer(), own);
    trainers.appoint(Callers.coordinator(), email, "Nouvelle", "Formatrice");
    assertEquals(
        "Infirmière, dix ans en réanimation.",
        text("SELECT bio FROM trainer_profile WHERE account_id = ?", own));
    assertEquals(1, number("SELECT count(*) FROM account WHERE email = ?", email));
  }

  /** An administrator counts as a coordinator; a trainer who is also a participant does not. */
  @Test
  void rolesAreReadFromTheCaller() {
    assertTrue(new Caller(1, "a", Set.of(Role.ADMIN)).isCoordinator());
    forbidden(() -> new Caller(1, "t", Set.of(Role.TRAINER, Role.PARTICIPANT)).mustCoordinate());
  }

  private SessionPlan plan(Instant start) {
    return new SessionPlan(
        activity,
        start,
        start.plus(Duration.ofMinutes(90)),
        SessionMode.ONLINE,
        null,
        "https://visio.relais.test/roles",
        10,
        0,
        Set.of(),
        null,
        null,
        null,
        null);
  }

  private static void forbidden(Executable call) {
    BusinessException refused = assertThrows(BusinessException.class, call);
    assertTrue(refused.isForbidden(), "a 403, not " + refused.getMessageKey());
    assertEquals(Caller.FORBIDDEN, refused.getMessageKey());
  }

  /**
   * Everything a refusal could have changed: the session, its registrations (and seat counters),
   * the mails to its three participants, its audit lines.
   */
  private String snapshot(World w) throws SQLException {
    return text(
        "SELECT s.status || ' ' || s.capacity || ' ' || s.starts_at || ' ' || s.confirmed_general"
            + " || ' [' || coalesce((SELECT string_agg(r.id || ':' || r.status, ',' ORDER BY r.id)"
            + " FROM registration r WHERE r.session_id = s.id), '') || '] mails '"
            + " || (SELECT count(*) FROM mail_outbox WHERE recipient IN"
            + " (SELECT email FROM account WHERE id IN (?, ?, ?)))"
            + " || ' audit ' || (SELECT count(*) FROM audit_log WHERE entity = 'registration'"
            + " AND entity_id IN (SELECT id FROM registration WHERE session_id = s.id))"
            + " FROM session s WHERE s.id = ?",
        accountOf(w.confirmed()),
        accountOf(w.waitlisted()),
        w.stranger(),
        w.session());
  }

  private long accountOf(long registration) throws SQLException {
    return number("SELECT account_id FROM registration WHERE id = ?", registration);
  }

  private long registration(long session, long account) throws SQLException {
    return number(
        "SELECT id FROM registration WHERE session_id = ? AND account_id = ?", session, account);
  }

  private String status(long registration) throws SQLException {
    return text("SELECT status FROM registration WHERE id = ?", registration);
  }

  private long number(String sql, Object... values) throws SQLException {
    return Sql.number(dataSource, sql, values);
  }

  private String text(String sql, Object... values) throws SQLException {
    return Sql.text(dataSource, sql, values);
  }
}
