package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The roster page's actions (confirm a place, cancel someone's registration) posted over HTTP by
 * the wrong role, with the buttons' ids a coordinator's page carries: a participant, the session's
 * own trainer and another session's trainer are refused and nothing changes; the very same posts by
 * a coordinator work (which shows the posts are the ones a browser sends).
 */
class RosterRolesIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String COORDINATOR = "coordination@relais.test";
  private static final Pattern BUTTON =
      Pattern.compile("<button id=\"([^\"]+)\"[^>]*>(?:(?!</button>).)*?%s", Pattern.DOTALL);

  private static String ownTrainer;
  private static String otherTrainer;
  private static long otherSession;
  private static int slot;

  /** One session of two seats: A confirmed, B waitlisted while a seat is free. */
  private record Roster(long session, long confirmed, long waitlisted, String waitlistedEmail) {}

  @BeforeAll
  static void trainers() throws Exception {
    new WebClient(); // starts the application if no test did yet
    try (Connection c = connect()) {
      ownTrainer = trainer(c, "propre");
      otherTrainer = trainer(c, "autre");
      otherSession = session(c, otherTrainer, 30);
    }
  }

  @Test
  void aParticipantPostingTheRosterActionsIsRefusedAndNothingChanges() throws Exception {
    Roster roster = roster();
    Buttons buttons = coordinatorsButtons(roster);
    String before = state(roster);
    WebClient participant = new WebClient();
    assertTrue(participant.signIn(roster.waitlistedEmail(), PASSWORD));
    assertEquals(403, participant.get(page(roster.session())).statusCode());
    Map<String, String> promote = form("roster", buttons.promote());
    promote.put("jakarta.faces.ViewState", buttons.viewState()); // the coordinator's, forged
    assertEquals(403, participant.postForm(page(roster.session()), promote).statusCode());
    Map<String, String> cancel = form("cancelForm", "cancelForm:confirmCancel");
    cancel.put("cancelForm:reason", "Je prends sa place");
    cancel.put("jakarta.faces.ViewState", buttons.viewState());
    assertEquals(403, participant.postForm(page(roster.session()), cancel).statusCode());
    assertEquals(before, state(roster), "nothing changed");
  }

  @Test
  void theSessionsOwnTrainerPostingTheCoordinatorsButtonsChangesNothing() throws Exception {
    Roster roster = roster();
    Buttons buttons = coordinatorsButtons(roster);
    String before = state(roster);
    WebClient trainer = new WebClient();
    assertTrue(trainer.signIn(ownTrainer, PASSWORD));
    HttpResponse<String> page = trainer.get(page(roster.session()));
    assertEquals(200, page.statusCode(), "a trainer sees their session's registrations");
    assertFalse(page.body().contains("Confirmer une place"), "but is offered no action");
    postAll(trainer, page.body(), roster, buttons);
    assertEquals(before, state(roster), "nothing changed");
  }

  @Test
  void anotherSessionsTrainerPostingTheActionsChangesNothing() throws Exception {
    Roster roster = roster();
    Buttons buttons = coordinatorsButtons(roster);
    String before = state(roster);
    WebClient trainer = new WebClient();
    assertTrue(trainer.signIn(otherTrainer, PASSWORD));
    int status = trainer.get(page(roster.session())).statusCode();
    assertTrue(status == 403 || status == 404, "refused: " + status);
    HttpResponse<String> own = trainer.get(page(otherSession)); // a view state of their own
    assertEquals(200, own.statusCode());
    postAll(trainer, own.body(), roster, buttons);
    assertEquals(before, state(roster), "nothing changed");
  }

  @Test
  void theSamePostsByACoordinatorConfirmAndCancel() throws Exception {
    Roster roster = roster();
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    HttpResponse<String> page = coordinator.get(page(roster.session()));
    HttpResponse<String> promoted =
        post(coordinator, page.body(), roster, form("roster", button(page.body(), "Confirmer")));
    assertEquals(200, promoted.statusCode());
    assertEquals("CONFIRMED", status(roster.waitlisted()), "the coordinator confirmed the place");
    HttpResponse<String> asked =
        post(
            coordinator,
            promoted.body(),
            roster,
            form("roster", button(promoted.body(), "inscription</span>")));
    Map<String, String> confirm = form("cancelForm", "cancelForm:confirmCancel");
    confirm.put("cancelForm:reason", "Absente pour raison de service");
    post(coordinator, asked.body(), roster, confirm);
    assertEquals("CANCELLED", status(roster.confirmed()), "the coordinator cancelled");
  }

  /** The coordinators' buttons on that roster, and the coordinator's view state. */
  private record Buttons(String promote, String askCancel, String viewState) {}

  private static Buttons coordinatorsButtons(Roster roster) throws Exception {
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn(COORDINATOR, PASSWORD));
    String html = coordinator.get(page(roster.session())).body();
    return new Buttons(
        button(html, "Confirmer une place"),
        button(html, "inscription</span>"), // "Annuler l'inscription"
        WebClient.viewState(html));
  }

  /**
   * Confirm a place, ask to cancel, confirm the cancellation: each with the caller's view state.
   */
  private static void postAll(WebClient client, String html, Roster roster, Buttons buttons)
      throws Exception {
    HttpResponse<String> promoted = post(client, html, roster, form("roster", buttons.promote()));
    assertTrue(promoted.statusCode() < 500, "no server error: " + promoted.statusCode());
    HttpResponse<String> asked =
        post(client, promoted.body(), roster, form("roster", buttons.askCancel()));
    Map<String, String> confirm = form("cancelForm", "cancelForm:confirmCancel");
    confirm.put("cancelForm:reason", "Annulée par qui ne le peut pas");
    HttpResponse<String> cancelled = post(client, asked.body(), roster, confirm);
    assertTrue(cancelled.statusCode() < 500, "no server error: " + cancelled.statusCode());
  }

  private static HttpResponse<String> post(
      WebClient client, String html, Roster roster, Map<String, String> fields) throws Exception {
    fields.putAll(WebClient.tokens(html));
    return client.postForm(page(roster.session()), fields);
  }

  /** A full (non-Ajax) post of a form with one of its buttons pressed, as without scripts. */
  private static Map<String, String> form(String formId, String buttonId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    fields.put(buttonId, "");
    return fields;
  }

  private static String button(String html, String label) {
    Matcher m =
        Pattern.compile(String.format(BUTTON.pattern(), Pattern.quote(label)), Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "no button '" + label + "' in the page");
    return m.group(1);
  }

  private static String page(long session) {
    return "/registration/session?id=" + session;
  }

  private static Roster roster() throws Exception {
    try (Connection c = connect()) {
      long session = session(c, ownTrainer, 2);
      String emailA = participant(c, "a");
      String emailB = participant(c, "b");
      long a = register(c, session, emailA, "CONFIRMED");
      long b = register(c, session, emailB, "WAITLISTED");
      c.createStatement()
          .executeUpdate("UPDATE session SET confirmed_general = 1 WHERE id = " + session);
      return new Roster(session, a, b, emailB);
    }
  }

  /** The session's registrations, seats and mails: what any of the actions would change. */
  private static String state(Roster roster) throws Exception {
    try (Connection c = connect()) {
      return Sql.text(
          c,
          "SELECT s.confirmed_general || ' ' || string_agg(r.id || ':' || r.status || ':'"
              + " || coalesce(r.cancel_reason, ''), ',' ORDER BY r.id) || ' mails '"
              + " || (SELECT count(*) FROM mail_outbox m JOIN account a ON a.email = m.recipient"
              + " JOIN registration x ON x.account_id = a.id WHERE x.session_id = s.id)"
              + " FROM session s JOIN registration r ON r.session_id = s.id WHERE s.id = ?"
              + " GROUP BY s.id, s.confirmed_general",
          roster.session());
    }
  }

  private static String status(long registration) throws Exception {
    try (Connection c = connect()) {
      return Sql.text(c, "SELECT status FROM registration WHERE id = ?", registration);
    }
  }

  private static String trainer(Connection c, String name) throws Exception {
    String email = "formatrice." + name + "." + System.nanoTime() + "@relais.test";
    long account =
        Sql.number(
            c,
            "INSERT INTO account (email, first_name, last_name, password_hash)"
                + " SELECT ?, 'Anne', 'Roster', password_hash FROM account WHERE email = ?"
                + " RETURNING id",
            email,
            COORDINATOR);
    Sql.number(c, "INSERT INTO account_role VALUES (?, 'TRAINER') RETURNING account_id", account);
    return email;
  }

  private static String participant(Connection c, String name) throws Exception {
    String email = "inscrite." + name + "." + System.nanoTime() + "@relais.test";
    long account =
        Sql.number(
            c,
            "INSERT INTO account (email, first_name, last_name, password_hash, status)"
                + " SELECT ?, 'Inès', 'Roster', password_hash, 'PROFESSIONAL' FROM account"
                + " WHERE email = ? RETURNING id",
            email,
            COORDINATOR);
    Sql.number(
        c, "INSERT INTO account_role VALUES (?, 'PARTICIPANT') RETURNING account_id", account);
    return email;
  }

  /** A published online session a year ahead (no demo session collides), led by the trainer. */
  private static long session(Connection c, String trainerEmail, int capacity) throws Exception {
    int days = 400 + ++slot; // one a day: never the same trainer twice at once
    long session =
        Sql.number(
            c,
            "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                + " status) SELECT id, now() + ? * interval '1 day',"
                + " now() + ? * interval '1 day' + interval '2 hours', 'ONLINE',"
                + " 'https://visio.relais.test/roster', ?, 'PUBLISHED' FROM activity"
                + " WHERE format = 'EJADES' ORDER BY id LIMIT 1 RETURNING id",
            days,
            days,
            capacity);
    Sql.number(
        c,
        "INSERT INTO session_trainer SELECT ?, id FROM account WHERE email = ?"
            + " RETURNING session_id",
        session,
        trainerEmail);
    return session;
  }

  private static long register(Connection c, long session, String email, String status)
      throws Exception {
    String seat = "CONFIRMED".equals(status) ? "'GENERAL', now()" : "NULL, NULL";
    return Sql.number(
        c,
        "INSERT INTO registration (session_id, account_id, status, seat, confirmed_at)"
            + " SELECT ?, id, ?, "
            + seat
            + " FROM account WHERE email = ? RETURNING id",
        session,
        status,
        email);
  }

  private static Connection connect() throws Exception {
    return TestEnvironment.get().connect(TestEnvironment.APP_DB);
  }
}
