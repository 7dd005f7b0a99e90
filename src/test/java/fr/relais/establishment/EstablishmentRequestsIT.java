package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An establishment's requests against the real database: a contact asks, the association declines
 * or the establishment withdraws, each move kept in the history and mailed to the other side; a
 * contact of another establishment, or one not yet checked, sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EstablishmentRequestsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private EstablishmentRequestService requests;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private record World(long site, Caller contact, long activity) {}

  private World world() {
    long site =
        fixtures.site(
            Fixtures.unique("CH Test"), SiteKind.HOSPITAL, "Lens", Region.HAUTS_DE_FRANCE);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    long theme = fixtures.theme(Fixtures.unique("Thème établissement"));
    long activity =
        fixtures.activity(
            Fixtures.unique("JADES établissement"), Format.JADES, theme, Audience.ALL);
    return new World(site, Callers.contact(contact), activity);
  }

  private static RequestDetails details(long activity) {
    return new RequestDetails(
        activity,
        List.of(LocalDate.now().plusDays(60), LocalDate.now().plusDays(67)),
        14,
        Audience.PROFESSIONALS,
        "Salle de réunion du 3e étage, 20 places",
        "Équipes de nuit bienvenues");
  }

  @Test
  void aContactAsksAndTheAssociationDeclinesWithItsReason() throws Exception {
    World w = world();
    EstablishmentRequest asked = requests.submit(w.contact(), details(w.activity()));
    assertEquals(RequestStatus.REQUESTED, asked.getStatus());

    requests.decline(Callers.coordinator(), asked.getId(), "Aucune formatrice libre en février");

    List<RequestEvent> history = requests.history(w.contact(), asked.getId());
    assertEquals(2, history.size());
    assertEquals(RequestStatus.DECLINED, history.get(1).getTo());
    assertEquals(RequestStatus.REQUESTED, history.get(1).getFrom());
    assertEquals("Aucune formatrice libre en février", history.get(1).getNote());
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM mail_outbox m JOIN account a ON a.email = m.recipient"
                + " WHERE a.id = ? AND m.kind = 'establishmentRequestMoved'"
                + " AND m.body LIKE '%Aucune formatrice libre%'",
            w.contact().accountId()));
    BusinessException again =
        assertThrows(
            BusinessException.class, () -> requests.withdraw(w.contact(), asked.getId(), null));
    assertEquals("establishment.request.cannotMove", again.getMessageKey());
  }

  @Test
  void badDetailsAreAllToldAndNothingIsStored() throws Exception {
    World w = world();
    long before = count(w.site());
    InvalidInput refused =
        assertThrows(
            InvalidInput.class,
            () ->
                requests.submit(
                    w.contact(),
                    new RequestDetails(
                        w.activity(), List.of(LocalDate.now()), 0, null, null, null)));
    assertEquals(3, refused.getErrors().size());
    assertEquals(before, count(w.site()));
  }

  @Test
  void othersSeeNothingOfTheRequest() throws Exception {
    World w = world();
    EstablishmentRequest asked = requests.submit(w.contact(), details(w.activity()));
    World other = world();
    assertThrows(NotFoundException.class, () -> requests.history(other.contact(), asked.getId()));
    assertThrows(
        NotFoundException.class, () -> requests.withdraw(other.contact(), asked.getId(), null));
    long pending = fixtures.contact(w.site(), ContactStatus.REVIEW_PENDING);
    assertThrows(
        NotFoundException.class, () -> requests.history(Callers.contact(pending), asked.getId()));
    BusinessException notYet =
        assertThrows(
            BusinessException.class,
            () -> requests.submit(Callers.contact(pending), details(w.activity())));
    assertEquals("establishment.contact.notActive", notYet.getMessageKey());
    BusinessException participant =
        assertThrows(
            BusinessException.class,
            () ->
                requests.decline(Callers.participant(w.contact().accountId()), asked.getId(), "x"));
    assertTrue(participant.isForbidden());
    assertEquals(
        RequestStatus.WITHDRAWN,
        requests.withdraw(w.contact(), asked.getId(), "Budget").getStatus());
  }

  @Test
  void aRequestWithdrawnOrDeclinedKeepsNoSessionToCome() throws Exception {
    World w = world();
    EstablishmentRequest withdrawn = requests.submit(w.contact(), details(w.activity()));
    long draft = linkedSession(w, withdrawn, SessionStatus.DRAFT, 90);
    long published = linkedSession(w, withdrawn, SessionStatus.PUBLISHED, 97);
    requests.withdraw(w.contact(), withdrawn.getId(), "Budget gelé");
    assertEquals("CANCELLED", status(draft));
    assertEquals("CANCELLED", status(published));

    EstablishmentRequest declined = requests.submit(w.contact(), details(w.activity()));
    long proposed = linkedSession(w, declined, SessionStatus.DRAFT, 120);
    requests.decline(Callers.coordinator(), declined.getId(), "Pas de formatrice libre");
    assertEquals("CANCELLED", status(proposed));
    assertTrue(
        Sql.text(dataSource, "SELECT cancel_reason FROM session WHERE id = ?", proposed)
            .contains("n° " + declined.getId()));
  }

  private long linkedSession(World w, EstablishmentRequest request, SessionStatus status, int days)
      throws Exception {
    long session =
        fixtures.session(
            w.activity(),
            Instant.now().plus(Duration.ofDays(days)),
            SessionMode.ONLINE,
            null,
            status,
            12);
    try (Connection c = dataSource.getConnection()) {
      Sql.update(
          c,
          "UPDATE session SET establishment_request_id = ? WHERE id = ?",
          request.getId(),
          session);
    }
    return session;
  }

  private String status(long session) throws Exception {
    return Sql.text(dataSource, "SELECT status FROM session WHERE id = ?", session);
  }

  private long count(long site) throws Exception {
    return Sql.number(
        dataSource, "SELECT count(*) FROM establishment_request WHERE site_id = ?", site);
  }
}
