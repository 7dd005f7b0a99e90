package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.ClockProducer;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.Tokens;
import fr.relais.people.Caller;
import fr.relais.people.PasswordHasher;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.testing.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proposals and conventions against the real database: the reserved sessions made as drafts, every
 * version's PDF written once and downloaded byte for byte, acceptance with the password and the
 * hash shown, the frozen accepted version, new versions after acceptance; and the request's state
 * machine walked through the services, every allowed move and every refused one, for each side.
 */
@ExtendWith(ArquillianExtension.class)
class ConventionsIT {

  private static final String PASSWORD = "convention-IT-2026";
  private static final AtomicInteger DAY = new AtomicInteger(30);

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private EstablishmentRequestService requests;
  @Inject private ConventionService conventions;
  @Inject private RequestMoves moves;
  @Inject private EstablishmentRepository repository;
  @Inject private PasswordHasher hasher;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @ArquillianResource private URL base;

  private record World(
      long site, Caller contact, String contactEmail, long activity, long room, long trainer) {}

  private World world(int roomCapacity) throws Exception {
    long site =
        fixtures.site(
            Fixtures.unique("CHU Convention"), SiteKind.HOSPITAL, "Rouen", Region.NORMANDIE);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    long theme = fixtures.theme(Fixtures.unique("Thème convention"));
    long activity =
        fixtures.activity(Fixtures.unique("JADES convention"), Format.JADES, theme, Audience.ALL);
    long room = fixtures.room(site, Fixtures.unique("Salle"), roomCapacity);
    long trainer = fixtures.trainer("Hélène", Fixtures.unique("Garnier"));
    try (Connection c = dataSource.getConnection()) {
      Sql.update(
          c,
          "UPDATE site SET address = '1 rue de Germont', postal_code = '76000' WHERE id = ?",
          site);
      Sql.update(
          c, "UPDATE account SET password_hash = ? WHERE id = ?", hasher.hash(PASSWORD), contact);
    }
    String email = Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", contact);
    return new World(site, Callers.contact(contact), email, activity, room, trainer);
  }

  private static LocalDate nextDay() {
    return LocalDate.now(ClockProducer.PARIS).plusDays(DAY.incrementAndGet());
  }

  private EstablishmentRequest asked(World w) {
    return requests.submit(
        w.contact(),
        new RequestDetails(
            w.activity(),
            List.of(LocalDate.now().plusDays(90)),
            12,
            Audience.PROFESSIONALS,
            "Salle du 3e",
            null));
  }

  private static ConventionTerms terms(int trainees, long priceCents) {
    return new ConventionTerms(
        priceCents,
        PriceBasis.PER_DAY,
        VatStatus.EXEMPT,
        trainees,
        "Paiement à 30 jours.",
        "Repérer un soignant en difficulté.",
        "Signes d'alerte ; mises en situation.",
        "Apports et cas pratiques.",
        "Quiz en fin de journée.");
  }

  private static Proposal proposal(World w, int trainees, LocalDate... days) {
    return new Proposal(
        java.util.Arrays.stream(days)
            .map(d -> new ProposedDay(d, LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .toList(),
        Set.of(w.trainer()),
        SessionMode.ON_SITE,
        w.room(),
        null,
        terms(trainees, 120_000));
  }

  @Test
  void aProposalMakesDraftSessionsForTheEstablishmentAndAVersionWithItsPdf() throws Exception {
    World w = world(20);
    EstablishmentRequest r = asked(w);
    Convention v1 =
        conventions.propose(
            Callers.coordinator(), r.getId(), proposal(w, 14, nextDay(), nextDay()));

    assertEquals("PROPOSED", status(r.getId()));
    assertEquals(1, v1.getNumber());
    assertEquals(Tokens.sha256(v1.getPdf()), v1.getSha256());
    assertEquals(
        2,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM session WHERE establishment_request_id = ? AND status = 'DRAFT'"
                + " AND reserved_for_site_id = ? AND invitation_code IS NOT NULL AND capacity = 14",
            r.getId(),
            w.site()));
    assertEquals(
        2,
        Sql.number(
            dataSource, "SELECT count(*) FROM convention_day WHERE convention_id = ?", v1.getId()));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND kind = 'establishmentRequestMoved'"
                + " AND body LIKE '%version 1%'",
            w.contactEmail()));
    String sessionsBefore = sessionIds(r.getId());
    byte[] v1Bytes = pdf(v1.getId());

    Convention v2 =
        conventions.propose(
            Callers.coordinator(), r.getId(), proposal(w, 16, nextDay(), nextDay()));
    assertEquals(2, v2.getNumber());
    assertEquals("WITHDRAWN", conventionStatus(v1.getId()));
    assertEquals("PROPOSED", conventionStatus(v2.getId()));
    assertEquals(sessionsBefore, sessionIds(r.getId()), "the same sessions, changed in place");
    assertEquals(
        2,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM session WHERE establishment_request_id = ? AND capacity = 16",
            r.getId()));
    assertArrayEquals(v1Bytes, pdf(v1.getId()), "the earlier version keeps its bytes");
  }

  @Test
  void aSeatQuotaAboveTheRoomOrABusyTrainerIsRefusedOnItsFieldAndNothingIsStored()
      throws Exception {
    World w = world(20);
    EstablishmentRequest r = asked(w);
    InvalidInput tooMany =
        assertThrows(
            InvalidInput.class,
            () ->
                conventions.propose(Callers.coordinator(), r.getId(), proposal(w, 30, nextDay())));
    assertEquals(List.of("trainees"), tooMany.getErrors().stream().map(FieldError::field).toList());

    LocalDate day = nextDay();
    EstablishmentRequest other = asked(w);
    conventions.propose(Callers.coordinator(), other.getId(), proposal(w, 10, day));
    long secondRoom = fixtures.room(w.site(), Fixtures.unique("Salle bis"), 20);
    Proposal sameTrainer =
        new Proposal(
            List.of(new ProposedDay(day, LocalTime.of(10, 0), LocalTime.of(12, 0))),
            Set.of(w.trainer()),
            SessionMode.ON_SITE,
            secondRoom,
            null,
            terms(10, 0));
    InvalidInput busy =
        assertThrows(
            InvalidInput.class,
            () -> conventions.propose(Callers.coordinator(), r.getId(), sameTrainer));
    assertEquals("trainers", busy.getErrors().get(0).field());
    InvalidInput bad =
        assertThrows(
            InvalidInput.class,
            () ->
                conventions.propose(
                    Callers.coordinator(),
                    r.getId(),
                    new Proposal(List.of(), Set.of(), null, null, null, terms(0, -5))));
    assertEquals(
        List.of("days", "trainers", "mode", "trainees", "price"),
        bad.getErrors().stream().map(FieldError::field).toList());

    assertEquals("REQUESTED", status(r.getId()));
    assertEquals(
        0,
        Sql.number(dataSource, "SELECT count(*) FROM convention WHERE request_id = ?", r.getId()));
    assertEquals(
        0,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM session WHERE establishment_request_id = ?",
            r.getId()));
  }

  @Test
  void acceptingNeedsThePasswordTheBoxAndTheHashShownThenPublishesAndSchedules() throws Exception {
    World w = world(20);
    EstablishmentRequest r = asked(w);
    Convention v1 =
        conventions.propose(Callers.coordinator(), r.getId(), proposal(w, 14, nextDay()));
    String sha = v1.getSha256();
    String before = snapshot(r.getId());

    InvalidInput wrong =
        assertThrows(
            InvalidInput.class,
            () -> conventions.accept(w.contact(), v1.getId(), sha, true, "not-the-password"));
    assertEquals(List.of("password"), wrong.getErrors().stream().map(FieldError::field).toList());
    InvalidInput unread =
        assertThrows(
            InvalidInput.class,
            () -> conventions.accept(w.contact(), v1.getId(), sha, false, PASSWORD));
    assertEquals(List.of("read"), unread.getErrors().stream().map(FieldError::field).toList());
    BusinessException stale =
        assertThrows(
            BusinessException.class,
            () -> conventions.accept(w.contact(), v1.getId(), "0".repeat(64), true, PASSWORD));
    assertEquals("establishment.convention.stale", stale.getMessageKey());
    BusinessException coordinator =
        assertThrows(
            BusinessException.class,
            () -> conventions.accept(Callers.coordinator(), v1.getId(), sha, true, PASSWORD));
    assertTrue(coordinator.isForbidden());
    World elsewhere = world(20);
    assertThrows(
        NotFoundException.class,
        () -> conventions.accept(elsewhere.contact(), v1.getId(), sha, true, PASSWORD));
    assertThrows(NotFoundException.class, () -> conventions.find(elsewhere.contact(), v1.getId()));
    assertEquals(before, snapshot(r.getId()), "a refusal changes nothing");

    // a new version proposed meanwhile: the page's hash is the old one's
    Convention v2 =
        conventions.propose(Callers.coordinator(), r.getId(), proposal(w, 14, nextDay()));
    BusinessException meanwhile =
        assertThrows(
            BusinessException.class,
            () -> conventions.accept(w.contact(), v1.getId(), sha, true, PASSWORD));
    assertEquals("establishment.convention.stale", meanwhile.getMessageKey());

    long coordinatorMails = mails("establishmentRequestMoved");
    conventions.accept(w.contact(), v2.getId(), v2.getSha256(), true, PASSWORD);
    assertEquals("SCHEDULED", status(r.getId()));
    assertEquals(
        "ACCEPTED|Camille Contact|" + w.contact().accountId() + "|" + v2.getSha256(),
        Sql.text(
            dataSource,
            "SELECT status || '|' || accepted_by_name || '|' || accepted_by_id || '|' || sha256"
                + " FROM convention WHERE id = ? AND accepted_at IS NOT NULL",
            v2.getId()));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM session WHERE establishment_request_id = ? AND status = 'PUBLISHED'",
            r.getId()));
    assertEquals(
        "REQUESTED>PROPOSED>PROPOSED>ACCEPTED>SCHEDULED",
        Sql.text(
            dataSource,
            "SELECT string_agg(to_status, '>' ORDER BY at, id) FROM establishment_request_event"
                + " WHERE request_id = ?",
            r.getId()));
    assertTrue(mails("establishmentRequestMoved") > coordinatorMails, "coordinators are told");
  }

  @Test
  void anAcceptedVersionIsFrozenAndANewOneKeepsItsBytes() throws Exception {
    World w = world(20);
    EstablishmentRequest r = asked(w);
    LocalDate first = nextDay();
    Convention v1 = conventions.propose(Callers.coordinator(), r.getId(), proposal(w, 14, first));
    conventions.accept(w.contact(), v1.getId(), v1.getSha256(), true, PASSWORD);

    byte[] once = download(v1.getId(), w.contactEmail(), PASSWORD);
    byte[] twice = download(v1.getId(), w.contactEmail(), PASSWORD);
    assertArrayEquals(once, twice, "every download is the same file");
    assertEquals(v1.getSha256(), Tokens.sha256(once));
    assertEquals(
        v1.getSha256(),
        Sql.text(dataSource, "SELECT sha256 FROM convention WHERE id = ?", v1.getId()));

    for (String change :
        List.of(
            "UPDATE convention SET price_cents = price_cents + 1 WHERE id = ?",
            "UPDATE convention SET pdf = '\\x00'::bytea WHERE id = ?",
            "UPDATE convention SET sha256 = repeat('0', 64) WHERE id = ?",
            "UPDATE convention SET accepted_by_name = 'Quelqu''un' WHERE id = ?",
            "UPDATE convention SET status = 'PROPOSED' WHERE id = ?",
            "UPDATE convention SET place = 'Ailleurs' WHERE id = ?",
            "UPDATE convention_day SET ends_at = ends_at + interval '1 hour' WHERE convention_id = ?",
            "DELETE FROM convention_day WHERE convention_id = ?")) {
      try (Connection c = dataSource.getConnection()) {
        SQLException refused =
            assertThrows(SQLException.class, () -> Sql.update(c, change, v1.getId()), change);
        assertEquals("23514", refused.getSQLState(), change);
      }
    }

    // a change after acceptance: a new version, the sessions stay published, one day added
    LocalDate added = nextDay();
    Convention v2 =
        conventions.propose(Callers.coordinator(), r.getId(), proposal(w, 15, first, added));
    assertEquals("PROPOSED", status(r.getId()));
    assertEquals(
        "ACCEPTED", conventionStatus(v1.getId()), "in force until the new one is accepted");
    assertEquals(
        "PUBLISHED,DRAFT",
        Sql.text(
            dataSource,
            "SELECT string_agg(status, ',' ORDER BY starts_at) FROM session WHERE establishment_request_id = ?",
            r.getId()));
    conventions.accept(w.contact(), v2.getId(), v2.getSha256(), true, PASSWORD);
    assertEquals("SUPERSEDED", conventionStatus(v1.getId()));
    assertEquals("ACCEPTED", conventionStatus(v2.getId()));
    assertEquals("SCHEDULED", status(r.getId()));
    assertArrayEquals(
        once, download(v1.getId(), w.contactEmail(), PASSWORD), "the old one as it was");
    assertEquals(
        "PUBLISHED,PUBLISHED",
        Sql.text(
            dataSource,
            "SELECT string_agg(status, ',' ORDER BY starts_at) FROM session WHERE establishment_request_id = ?",
            r.getId()));

    World elsewhere = world(20);
    assertEquals(404, downloadStatus(v1.getId(), elsewhere.contactEmail(), PASSWORD));
    assertEquals(404, downloadStatus(999_999_999L, w.contactEmail(), PASSWORD));
  }

  // ---- the state machine, through the services, each side ----

  private enum Action {
    PROPOSE,
    DECLINE,
    ACCEPT,
    WITHDRAW,
    MARK_HELD,
    CLOSE
  }

  /** From which states each action succeeds (by the right side), and where it leads. */
  private static final Map<Action, Set<RequestStatus>> ALLOWED =
      Map.of(
          Action.PROPOSE,
          EnumSet.of(
              RequestStatus.REQUESTED,
              RequestStatus.PROPOSED,
              RequestStatus.ACCEPTED,
              RequestStatus.SCHEDULED),
          Action.DECLINE,
          EnumSet.of(RequestStatus.REQUESTED, RequestStatus.PROPOSED),
          Action.ACCEPT,
          EnumSet.of(RequestStatus.PROPOSED),
          Action.WITHDRAW,
          EnumSet.of(
              RequestStatus.REQUESTED,
              RequestStatus.PROPOSED,
              RequestStatus.ACCEPTED,
              RequestStatus.SCHEDULED),
          Action.MARK_HELD,
          EnumSet.of(RequestStatus.SCHEDULED),
          Action.CLOSE,
          EnumSet.of(RequestStatus.HELD));

  private static final Map<Action, RequestStatus> LEADS_TO =
      Map.of(
          Action.PROPOSE, RequestStatus.PROPOSED,
          Action.DECLINE, RequestStatus.DECLINED,
          Action.ACCEPT, RequestStatus.SCHEDULED,
          Action.WITHDRAW, RequestStatus.WITHDRAWN,
          Action.MARK_HELD, RequestStatus.HELD,
          Action.CLOSE, RequestStatus.CLOSED);

  @Test
  void everyMoveThroughTheServicesIsAllowedOrRefusedAsTheMachineSays() throws Exception {
    World w = world(40);
    for (RequestStatus from : RequestStatus.values()) {
      for (Action action : Action.values()) {
        EstablishmentRequest r = inState(w, from, action == Action.ACCEPT);
        for (boolean rightSide : List.of(false, true)) {
          String before = snapshot(r.getId());
          String where = from + " " + action + (rightSide ? "" : " by the other side");
          Runnable attempt = attempt(w, r.getId(), action, rightSide);
          if (rightSide && ALLOWED.get(action).contains(from)) {
            attempt.run();
            assertEquals(LEADS_TO.get(action).name(), status(r.getId()), where);
          } else {
            BusinessException refused = assertThrows(BusinessException.class, attempt::run, where);
            if (rightSide) {
              assertEquals("establishment.request.cannotMove", refused.getMessageKey(), where);
            } else {
              assertTrue(refused.isForbidden(), where + ": " + refused.getMessageKey());
            }
            assertEquals(before, snapshot(r.getId()), where + " changes nothing");
          }
        }
      }
    }
  }

  @Test
  void everyMoveOfEverySideThroughRequestMovesMatchesTheMachine() throws Exception {
    World w = world(40);
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    for (RequestStatus from : RequestStatus.values()) {
      long id = inState(w, from, false).getId();
      for (RequestStatus to : RequestStatus.values()) {
        for (RequestStatus.Side side : RequestStatus.Side.values()) {
          String where = from + " → " + to + " by " + side;
          tx.begin();
          try {
            EstablishmentRequest r = repository.request(id).orElseThrow();
            Consumer<EstablishmentRequest> move =
                request -> moves.move(request, to, side, Callers.coordinator(), null);
            if (from.mayBecome(to, side) && to == RequestStatus.DECLINED) {
              // needs its reason (a CHECK constraint): EstablishmentRequestService.decline, walked
              // above
              assertEquals(RequestStatus.Side.ASSOCIATION, side, where);
            } else if (from.mayBecome(to, side)) {
              move.accept(r);
              assertEquals(to, r.getStatus(), where);
            } else {
              BusinessException refused =
                  assertThrows(BusinessException.class, () -> move.accept(r), where);
              assertEquals("establishment.request.cannotMove", refused.getMessageKey(), where);
              assertEquals(from, r.getStatus(), where);
            }
          } finally {
            tx.rollback();
          }
          assertEquals(from.name(), status(id), where + " rolled back");
        }
      }
    }
    assertFalse(
        RequestStatus.CLOSED.mayBecome(RequestStatus.PROPOSED, RequestStatus.Side.ASSOCIATION));
  }

  /**
   * A request in that state: asked, then proposed (with its sessions and version), then set. A
   * request still REQUESTED has no version, unless one is needed to try accepting it: then it is
   * proposed and set back, the only way to put a version to accept before a refusing machine.
   */
  private EstablishmentRequest inState(World w, RequestStatus state, boolean withVersion)
      throws Exception {
    EstablishmentRequest r = asked(w);
    if (state != RequestStatus.REQUESTED || withVersion) {
      conventions.propose(Callers.coordinator(), r.getId(), proposal(w, 10, nextDay()));
    }
    if (state != RequestStatus.PROPOSED && (state != RequestStatus.REQUESTED || withVersion)) {
      try (Connection c = dataSource.getConnection()) {
        Sql.update(
            c,
            "UPDATE establishment_request SET status = ?, decline_reason = ? WHERE id = ?",
            state.name(),
            state == RequestStatus.DECLINED ? "Pas de formatrice libre" : null,
            r.getId());
      }
    }
    return r;
  }

  private Runnable attempt(World w, long id, Action action, boolean rightSide) {
    Caller association = rightSide ? Callers.coordinator() : w.contact();
    Caller establishment = rightSide ? w.contact() : Callers.coordinator();
    return switch (action) {
      case PROPOSE -> () -> conventions.propose(association, id, proposal(w, 10, nextDay()));
      case DECLINE -> () -> requests.decline(association, id, "Pas de date possible");
      case ACCEPT ->
          () -> {
            Convention latest = conventions.versions(Callers.coordinator(), id).get(0);
            conventions.accept(establishment, latest.getId(), latest.getSha256(), true, PASSWORD);
          };
      case WITHDRAW -> () -> requests.withdraw(establishment, id, "Budget");
      case MARK_HELD -> () -> requests.markHeld(association, id);
      case CLOSE -> () -> requests.close(association, id);
    };
  }

  // ---- reading the database ----

  /** The request's state, history, versions and sessions: what a refusal must leave as it was. */
  private String snapshot(long requestId) throws SQLException {
    return Sql.text(
        dataSource,
        "SELECT r.status || '|' || (SELECT count(*) FROM establishment_request_event e"
            + " WHERE e.request_id = r.id) || '|' || coalesce((SELECT string_agg(c.number || c.status"
            + " || coalesce(c.accepted_at::text, ''), ',' ORDER BY c.number) FROM convention c"
            + " WHERE c.request_id = r.id), '') || '|' || coalesce((SELECT string_agg(s.id || s.status"
            + " || s.capacity || s.starts_at::text, ',' ORDER BY s.id) FROM session s"
            + " WHERE s.establishment_request_id = r.id), '') FROM establishment_request r WHERE r.id = ?",
        requestId);
  }

  private String status(long requestId) throws SQLException {
    return Sql.text(dataSource, "SELECT status FROM establishment_request WHERE id = ?", requestId);
  }

  private String conventionStatus(long id) throws SQLException {
    return Sql.text(dataSource, "SELECT status FROM convention WHERE id = ?", id);
  }

  private String sessionIds(long requestId) throws SQLException {
    return Sql.text(
        dataSource,
        "SELECT string_agg(id::text, ',' ORDER BY id) FROM session WHERE establishment_request_id = ?",
        requestId);
  }

  private byte[] pdf(long conventionId) {
    return conventions.find(Callers.coordinator(), conventionId).getPdf();
  }

  private long mails(String kind) throws SQLException {
    return Sql.number(dataSource, "SELECT count(*) FROM mail_outbox WHERE kind = ?", kind);
  }

  private HttpResponse<byte[]> get(long conventionId, String email, String password)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "api/conventions/" + conventionId + ".pdf"))
            .header("Authorization", WebClient.bearer(base.toString(), email, password))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private byte[] download(long conventionId, String email, String password) throws Exception {
    HttpResponse<byte[]> answer = get(conventionId, email, password);
    assertEquals(200, answer.statusCode());
    assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
    assertNotNull(answer.headers().firstValue("Content-Disposition").orElse(null));
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("convention-formation-"));
    return answer.body();
  }

  private int downloadStatus(long conventionId, String email, String password) throws Exception {
    return get(conventionId, email, password).statusCode();
  }
}
