package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.InvalidInput.FieldError;
import fr.relais.kernel.NotFoundException;
import fr.relais.kernel.i18n.Language;
import fr.relais.people.Caller;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public form against the real database and outbox: a visitor applies, confirms their address
 * through the mailed link, a coordinator accepts or refuses them; the request reaches the
 * association only after the check. An address with an account gets the same answer and stores
 * nothing; bad input stores nothing; contacts of another establishment see nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ContactOnboardingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private ContactOnboardingService onboarding;
  @Inject private ContactReviewService review;
  @Inject private ContactDesk contactDesk;
  @Inject private AssociationDeskService association;
  @Inject private EstablishmentRequestService requests;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private long activity() {
    long theme = fixtures.theme(Fixtures.unique("Thème accueil"));
    return fixtures.activity(Fixtures.unique("JADES accueil"), Format.JADES, theme, Audience.ALL);
  }

  private static String address(String who) {
    return who + "." + System.nanoTime() + "@chu-accueil.relais.test";
  }

  private Application form(String email, long activity) {
    Application form = new Application();
    form.setUnlisted(true);
    form.setSiteName(Fixtures.unique("Centre hospitalier du Littoral"));
    form.setSiteKind(SiteKind.HOSPITAL);
    form.setAddress("1 avenue de la Mer");
    form.setPostalCode("62200");
    form.setCity("Boulogne-sur-Mer");
    form.setRegion(Region.HAUTS_DE_FRANCE);
    form.setFirstName("Solène");
    form.setLastName("Marchand");
    form.setEmail(email);
    form.setJobTitle("Cadre de santé");
    form.setPassword("Littoral-2027!");
    form.setPrivacyConsent(true);
    form.getRequest().setActivityId(activity);
    form.getRequest().getDays().set(0, LocalDate.now().plusDays(45).toString());
    form.getRequest().getDays().set(1, LocalDate.now().plusDays(52).toString());
    form.getRequest().setHeadcount("16");
    form.getRequest().setAudience(Audience.PROFESSIONALS);
    form.getRequest().setRooms("Salle polyvalente, 25 places");
    return form;
  }

  /** A coordinator account, to be mailed. */
  private String coordinator() throws SQLException {
    long id = fixtures.participant("Coordination", false);
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "INSERT INTO account_role (account_id, role) VALUES (?, 'COORDINATOR')", id);
    }
    return Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", id);
  }

  private long accountOf(String email) throws SQLException {
    return Sql.number(dataSource, "SELECT id FROM account WHERE email = ?", email);
  }

  private long mails(String kind, String recipient) throws SQLException {
    return Sql.number(
        dataSource,
        "SELECT count(*) FROM mail_outbox WHERE kind = ? AND recipient = ?",
        kind,
        recipient);
  }

  private String confirmationToken(String email) throws SQLException {
    String body =
        Sql.text(
            dataSource,
            "SELECT body FROM mail_outbox WHERE kind = 'establishmentConfirm' AND recipient = ?"
                + " ORDER BY id DESC LIMIT 1",
            email);
    Matcher token = Pattern.compile("/establishment/confirm\\?t=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(token.find(), body);
    return token.group(1);
  }

  private long requestOf(long accountId) throws SQLException {
    return Sql.number(
        dataSource, "SELECT id FROM establishment_request WHERE contact_id = ?", accountId);
  }

  private long siteOf(long accountId) throws SQLException {
    return Sql.number(
        dataSource, "SELECT site_id FROM establishment_contact WHERE account_id = ?", accountId);
  }

  private static Caller contact(long accountId, String email) {
    return new Caller(accountId, email, Set.of(Role.CONTACT));
  }

  private boolean listed(long requestId) {
    return association.requests(Callers.coordinator(), null).stream()
        .anyMatch(r -> r.getId() == requestId);
  }

  @Test
  void theRequestReachesTheAssociationOnlyOnceTheContactIsConfirmedAndAccepted() throws Exception {
    String coordinator = coordinator();
    String email = address("solene");
    onboarding.apply(form(" " + email.toUpperCase() + " ", activity()), Language.FR);

    long account = accountOf(email);
    long request = requestOf(account);
    long site = siteOf(account);
    assertEquals(
        "CONTACT",
        Sql.text(
            dataSource,
            "SELECT string_agg(role, ',') FROM account_role WHERE account_id = ?",
            account));
    assertEquals(
        "EMAIL_PENDING",
        Sql.text(
            dataSource, "SELECT status FROM establishment_contact WHERE account_id = ?", account));
    assertEquals(
        "true",
        Sql.text(dataSource, "SELECT archived::text FROM site WHERE id = ?", site),
        "a new site stays out of the programme");
    String token = confirmationToken(email);
    assertEquals(
        fr.relais.kernel.Tokens.hash(token),
        Sql.text(
            dataSource,
            "SELECT token_hash FROM establishment_contact WHERE account_id = ?",
            account),
        "only the token's hash is kept");
    assertEquals(
        0,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM establishment_request_event WHERE request_id = ?",
            request));
    assertEquals(0, mails("establishmentRequestMoved", coordinator));
    assertFalse(listed(request));
    assertThrows(
        NotFoundException.class, () -> association.request(Callers.coordinator(), request));

    assertTrue(onboarding.usable(token));
    assertTrue(onboarding.confirm(token).startsWith("Centre hospitalier du Littoral"));
    assertFalse(onboarding.usable(token), "the link works once");
    BusinessException twice =
        assertThrows(BusinessException.class, () -> onboarding.confirm(token));
    assertEquals("establishment.confirm.invalid", twice.getMessageKey());
    assertEquals(1, mails("establishmentContactToCheck", coordinator));
    assertFalse(listed(request), "confirmed but not yet checked");
    BusinessException notYet =
        assertThrows(BusinessException.class, () -> contactDesk.home(contact(account, email)));
    assertEquals("establishment.contact.notActive", notYet.getMessageKey());
    assertTrue(
        review.toCheck(Callers.coordinator()).stream().anyMatch(c -> c.getAccountId() == account));

    review.accept(Callers.coordinator(), account);

    assertEquals(
        "false", Sql.text(dataSource, "SELECT archived::text FROM site WHERE id = ?", site));
    assertTrue(listed(request));
    RequestView view = association.request(Callers.coordinator(), request);
    List<RequestEvent> history = view.history();
    assertEquals(1, history.size());
    assertEquals(RequestStatus.REQUESTED, history.get(0).getTo());
    assertEquals(email, history.get(0).getActor(), "the contact asked");
    assertEquals(
        List.of(LocalDate.now().plusDays(45), LocalDate.now().plusDays(52)),
        view.request().getWishedDays());
    assertEquals(1, mails("establishmentRequestMoved", coordinator));
    assertEquals(1, mails("establishmentContactAccepted", email));
    ContactDesk.Home home = contactDesk.home(contact(account, email));
    assertEquals(
        List.of(request), home.requests().stream().map(EstablishmentRequest::getId).toList());
    BusinessException again =
        assertThrows(BusinessException.class, () -> review.accept(Callers.coordinator(), account));
    assertEquals("establishment.contact.notToCheck", again.getMessageKey());
  }

  @Test
  void aRefusedContactsRequestIsDeclinedWithTheReasonAndTheEstablishmentIsNotBothered()
      throws Exception {
    long site =
        fixtures.site(
            Fixtures.unique("Clinique du Parc"), SiteKind.CLINIC, "Caen", Region.NORMANDIE);
    long colleague = fixtures.contact(site, ContactStatus.ACTIVE);
    String colleagueEmail =
        Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", colleague);
    String email = address("intrus");
    Application form = form(email, activity());
    form.setUnlisted(false);
    form.setSiteId(site);
    onboarding.apply(form, Language.FR);
    long account = accountOf(email);
    long request = requestOf(account);
    onboarding.confirm(confirmationToken(email));

    BusinessException noReason =
        assertThrows(
            BusinessException.class, () -> review.refuse(Callers.coordinator(), account, " "));
    assertEquals("reason", noReason.getField().orElseThrow());
    review.refuse(
        Callers.coordinator(), account, "Nous ne connaissons pas cette personne à la clinique");

    assertEquals(
        "REFUSED",
        Sql.text(
            dataSource, "SELECT status FROM establishment_contact WHERE account_id = ?", account));
    assertEquals(
        "DECLINED|Nous ne connaissons pas cette personne à la clinique",
        Sql.text(
            dataSource,
            "SELECT status || '|' || decline_reason FROM establishment_request WHERE id = ?",
            request));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM mail_outbox WHERE kind = 'establishmentContactRefused'"
                + " AND recipient = ? AND body LIKE '%ne connaissons pas%'",
            email));
    assertEquals(0, mails("establishmentRequestMoved", colleagueEmail), "the clinic never saw it");
    assertTrue(contactDesk.home(Callers.contact(colleague)).requests().isEmpty());
    assertThrows(
        NotFoundException.class, () -> association.request(Callers.contact(colleague), request));
    assertFalse(listed(request));
    assertThrows(BusinessException.class, () -> contactDesk.home(contact(account, email)));
  }

  @Test
  void anAddressWithAnAccountGetsTheSameAnswerAndNothingIsStored() throws Exception {
    long activity = activity();
    String email = address("deux-fois");
    onboarding.apply(form(email, activity), Language.FR);
    long account = accountOf(email);
    long sites = count("site");

    onboarding.apply(form(email, activity), Language.FR); // no refusal: the same answer

    assertEquals(1, Sql.number(dataSource, "SELECT count(*) FROM account WHERE email = ?", email));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM establishment_request WHERE contact_id = ?",
            account));
    assertEquals(sites, count("site"));
    assertEquals(
        2, mails("establishmentConfirm", email), "a fresh link for an unconfirmed contact");
    String fresh = confirmationToken(email);
    assertTrue(onboarding.usable(fresh));
    onboarding.apply(form(email, activity), Language.FR);
    onboarding.apply(form(email, activity), Language.FR);
    assertEquals(3, mails("establishmentConfirm", email), "three mails an hour at most");

    long participant = fixtures.participant("Inscrite", false);
    String theirs = Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", participant);
    long requestsBefore = count("establishment_request");
    onboarding.apply(form(theirs, activity), Language.FR);
    assertEquals(requestsBefore, count("establishment_request"));
    assertEquals(sites, count("site"));
    assertEquals(
        0,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM establishment_contact WHERE account_id = ?",
            participant));
    assertEquals(1, mails("establishmentApplyInUse", theirs));
    assertEquals(0, mails("establishmentConfirm", theirs));
  }

  @Test
  void badInputIsAllToldAndStoresNothing() throws Exception {
    long theme = fixtures.theme(Fixtures.unique("Thème groupe"));
    long talk =
        fixtures.activity(
            Fixtures.unique("Groupe de parole"), Format.TALK_GROUP, theme, Audience.ALL);
    String email = address("erreurs");
    Application form = form(email, talk);
    form.setPostalCode("ABCDE");
    form.setPassword("court");
    form.setPrivacyConsent(false);
    form.getRequest().getDays().set(2, LocalDate.now().minusDays(1).toString());
    form.getRequest().setHeadcount("0");
    long accounts = count("account");
    long sites = count("site");
    long held = count("establishment_request");

    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> onboarding.apply(form, Language.FR));

    assertEquals(
        Set.of("postalCode", "password", "consent", "days", "headcount", "activity"),
        refused.getErrors().stream().map(FieldError::field).collect(Collectors.toSet()));
    assertEquals(accounts, count("account"));
    assertEquals(sites, count("site"));
    assertEquals(held, count("establishment_request"));
    assertEquals(0, mails("establishmentConfirm", email));

    Application archivedSite = form(email, activity());
    long closed =
        fixtures.site(
            Fixtures.unique("Hôpital fermé"), SiteKind.HOSPITAL, "Lille", Region.HAUTS_DE_FRANCE);
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "UPDATE site SET archived = true WHERE id = ?", closed);
    }
    archivedSite.setUnlisted(false);
    archivedSite.setSiteId(closed);
    InvalidInput site =
        assertThrows(InvalidInput.class, () -> onboarding.apply(archivedSite, Language.FR));
    assertEquals("site", site.getErrors().get(0).field());
    assertEquals(accounts, count("account"));
  }

  @Test
  void aContactOfAnotherEstablishmentSeesNothingOfThisOnesRequests() throws Exception {
    long activity = activity();
    long here =
        fixtures.site(
            Fixtures.unique("CHU Nord"), SiteKind.HOSPITAL, "Amiens", Region.HAUTS_DE_FRANCE);
    long there =
        fixtures.site(
            Fixtures.unique("EHPAD Sud"), SiteKind.NURSING_HOME, "Nîmes", Region.OCCITANIE);
    Caller mine = Callers.contact(fixtures.contact(here, ContactStatus.ACTIVE));
    Caller theirs = Callers.contact(fixtures.contact(there, ContactStatus.ACTIVE));
    EstablishmentRequest asked =
        requests.submit(
            mine,
            new RequestDetails(
                activity, List.of(LocalDate.now().plusDays(40)), 12, Audience.ALL, null, null));

    assertTrue(contactDesk.home(theirs).requests().isEmpty());
    assertEquals(1, contactDesk.home(mine).requests().size());
    assertThrows(NotFoundException.class, () -> association.request(theirs, asked.getId()));
    assertThrows(NotFoundException.class, () -> requests.withdraw(theirs, asked.getId(), null));
    assertThrows(NotFoundException.class, () -> requests.history(theirs, asked.getId()));
    assertTrue(
        assertThrows(BusinessException.class, () -> association.requests(theirs, null))
            .isForbidden());
    assertTrue(
        assertThrows(BusinessException.class, () -> association.establishments(mine))
            .isForbidden());
    assertTrue(assertThrows(BusinessException.class, () -> review.toCheck(mine)).isForbidden());
    assertTrue(
        assertThrows(
                BusinessException.class,
                () ->
                    review.invite(
                        mine,
                        new ContactReviewService.Invitation(
                            here, "Ève", "Durand", address("eve"), "Cadre")))
            .isForbidden());
    assertTrue(
        assertThrows(BusinessException.class, () -> requests.markHeld(mine, asked.getId()))
            .isForbidden());
    assertEquals(
        RequestStatus.REQUESTED, association.request(mine, asked.getId()).request().getStatus());
  }

  @Test
  void aCoordinatorInvitesAContactForAPartnerEstablishment() throws Exception {
    long site =
        fixtures.site(
            Fixtures.unique("Université de santé"),
            SiteKind.UNIVERSITY,
            "Tours",
            Region.CENTRE_VAL_DE_LOIRE);
    String email = address("invitee");
    review.invite(
        Callers.coordinator(),
        new ContactReviewService.Invitation(
            site, "Inès", "Roussel", email, "Responsable formation"));
    long account = accountOf(email);
    assertEquals(
        "ACTIVE",
        Sql.text(
            dataSource, "SELECT status FROM establishment_contact WHERE account_id = ?", account));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM password_reset WHERE account_id = ? AND purpose = 'INVITATION'",
            account));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM mail_outbox WHERE kind = 'establishmentContactInvited'"
                + " AND recipient = ? AND body LIKE '%/people/reset?t=%'",
            email));
    assertEquals(
        "!", Sql.text(dataSource, "SELECT password_hash FROM account WHERE id = ?", account));

    long participant = fixtures.participant("Deja", false);
    String theirs = Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", participant);
    review.invite(
        Callers.coordinator(),
        new ContactReviewService.Invitation(
            site, "Deja", "Testeur", theirs, "Infirmière référente"));
    assertEquals(
        "CONTACT,PARTICIPANT",
        Sql.text(
            dataSource,
            "SELECT string_agg(role, ',' ORDER BY role) FROM account_role WHERE account_id = ?",
            participant));
    assertEquals(1, mails("establishmentContactAdded", theirs));
    assertEquals(2, contactDesk.home(Callers.contact(participant)).others().size() + 1);

    InvalidInput twice =
        assertThrows(
            InvalidInput.class,
            () ->
                review.invite(
                    Callers.coordinator(),
                    new ContactReviewService.Invitation(site, "Inès", "Roussel", email, "")));
    assertEquals(
        Set.of("inviteEmail", "inviteJobTitle"),
        twice.getErrors().stream().map(FieldError::field).collect(Collectors.toSet()));
  }

  private long count(String table) throws SQLException {
    return Sql.number(dataSource, "SELECT count(*) FROM " + table);
  }
}
