package fr.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.catalog.CatalogueEntry;
import fr.relais.catalog.CatalogueFilter;
import fr.relais.catalog.CatalogueRepository;
import fr.relais.catalog.SessionDetails;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.i18n.Language;
import fr.relais.people.ParticipantStatus;
import fr.relais.people.Profession;
import fr.relais.people.Region;
import fr.relais.people.SignUpForm;
import fr.relais.people.SignUpService;
import fr.relais.people.WorkplaceType;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.testing.SqlStatements;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation in the container, on a real PostgreSQL: migrations, the catalogue query with each
 * filter, sign-up with good and bad input, login against a PBKDF2 hash.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private CatalogueRepository catalogue;
  @Inject private SignUpService signUps;
  @Inject private IdentityStoreHandler identityStores;
  @PersistenceUnit private EntityManagerFactory factory;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  // ---------------------------------------------------------------- migrations

  @Test
  void migrationsAreAppliedAndJpaGeneratedNothing() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertEquals(
          0, Sql.number(c, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
      assertTrue(
          Sql.number(c, "SELECT count(*) FROM flyway_schema_history WHERE version = '1'") == 1);
      for (String table :
          List.of(
              "account",
              "account_role",
              "site",
              "room",
              "theme",
              "activity",
              "session",
              "session_trainer")) {
        assertEquals(
            1,
            Sql.number(
                c,
                "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                    + table
                    + "'"),
            table);
      }
      // EclipseLink's own DDL would have left its SEQUENCE table behind.
      assertEquals(
          0,
          Sql.number(
              c,
              "SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = 'sequence'"));
    }
  }

  // ---------------------------------------------------------------- catalogue

  private static Programme p;

  /** Three upcoming published sessions, plus a draft, a cancelled and a past one. */
  private record Programme(
      long sleep,
      long stress,
      long paris,
      long lyon,
      long ejades,
      long training,
      long talk,
      long draft,
      long cancelled,
      long past,
      LocalDate day) {}

  @BeforeEach
  void programme() {
    if (p != null) {
      return;
    }
    long sleep = fixtures.theme(Fixtures.unique("Sommeil"));
    long stress = fixtures.theme(Fixtures.unique("Stress"));
    long paris =
        fixtures.site(
            Fixtures.unique("Maison Paris"),
            SiteKind.MAISON_DES_SOIGNANTS,
            "Paris",
            Region.ILE_DE_FRANCE);
    long lyon =
        fixtures.site(
            Fixtures.unique("Clinique Lyon"), SiteKind.CLINIC, "Lyon", Region.AUVERGNE_RHONE_ALPES);
    long parisRoom = fixtures.room(paris, "Salle A", 20);
    long lyonRoom = fixtures.room(lyon, "Salle B", 15);
    long ejadesActivity =
        fixtures.activity(Fixtures.unique("eJADES sommeil"), Format.EJADES, sleep, Audience.ALL);
    long trainingActivity =
        fixtures.activity(
            Fixtures.unique("Formation stress"), Format.TRAINING, stress, Audience.PROFESSIONALS);
    long talkActivity =
        fixtures.activity(
            Fixtures.unique("Groupe étudiants"), Format.TALK_GROUP, sleep, Audience.STUDENTS);
    LocalDate day = LocalDate.now(PARIS).plusDays(200 + (System.nanoTime() % 50));
    p =
        new Programme(
            sleep,
            stress,
            paris,
            lyon,
            fixtures.session(
                ejadesActivity, at(day, 18), SessionMode.ONLINE, null, SessionStatus.PUBLISHED, 20),
            fixtures.session(
                trainingActivity,
                at(day.plusDays(1), 9),
                SessionMode.ON_SITE,
                parisRoom,
                SessionStatus.PUBLISHED,
                12),
            fixtures.session(
                talkActivity,
                at(day.plusDays(2), 18),
                SessionMode.HYBRID,
                lyonRoom,
                SessionStatus.PUBLISHED,
                10),
            fixtures.session(
                trainingActivity,
                at(day.plusDays(3), 9),
                SessionMode.ON_SITE,
                lyonRoom,
                SessionStatus.DRAFT,
                12),
            fixtures.session(
                trainingActivity,
                at(day.plusDays(4), 9),
                SessionMode.ON_SITE,
                parisRoom,
                SessionStatus.CANCELLED,
                12),
            fixtures.session(
                ejadesActivity,
                Instant.now().minus(Duration.ofDays(3)),
                SessionMode.ONLINE,
                null,
                SessionStatus.PUBLISHED,
                20),
            day);
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(PARIS).toInstant();
  }

  /** Which of this test's sessions a filter returns (other tests may add sessions of their own). */
  private Set<Long> ours(CatalogueFilter filter) {
    Set<Long> mine = Set.of(p.ejades, p.training, p.talk, p.draft, p.cancelled, p.past);
    List<CatalogueEntry> page = catalogue.page(filter, 0, 10_000);
    assertEquals(catalogue.count(filter), page.size(), "count and page agree");
    return page.stream().map(CatalogueEntry::id).filter(mine::contains).collect(Collectors.toSet());
  }

  private static CatalogueFilter filter(Consumer<FilterBuilder> how) {
    FilterBuilder b = new FilterBuilder();
    how.accept(b);
    return new CatalogueFilter(b.format, b.theme, b.site, b.mode, b.audience, b.from, b.to);
  }

  private static final class FilterBuilder {
    Format format;
    Long theme;
    Long site;
    SessionMode mode;
    Audience audience;
    LocalDate from;
    LocalDate to;
  }

  @Test
  void catalogueListsOnlyUpcomingPublishedSessions() {
    assertEquals(Set.of(p.ejades, p.training, p.talk), ours(CatalogueFilter.ANY));
  }

  @Test
  void catalogueFiltersByFormat() {
    assertEquals(Set.of(p.ejades), ours(filter(f -> f.format = Format.EJADES)));
    assertEquals(Set.of(p.training), ours(filter(f -> f.format = Format.TRAINING)));
    assertEquals(Set.of(), ours(filter(f -> f.format = Format.CONFERENCE)));
  }

  @Test
  void catalogueFiltersByTheme() {
    assertEquals(Set.of(p.ejades, p.talk), ours(filter(f -> f.theme = p.sleep)));
    assertEquals(Set.of(p.training), ours(filter(f -> f.theme = p.stress)));
  }

  @Test
  void catalogueFiltersBySite() {
    assertEquals(Set.of(p.training), ours(filter(f -> f.site = p.paris)));
    assertEquals(Set.of(p.talk), ours(filter(f -> f.site = p.lyon)));
  }

  @Test
  void catalogueFiltersByMode() {
    assertEquals(Set.of(p.ejades), ours(filter(f -> f.mode = SessionMode.ONLINE)));
    assertEquals(Set.of(p.training), ours(filter(f -> f.mode = SessionMode.ON_SITE)));
    assertEquals(Set.of(p.talk), ours(filter(f -> f.mode = SessionMode.HYBRID)));
  }

  @Test
  void catalogueFiltersByAudienceKeepingSessionsForEveryone() {
    assertEquals(
        Set.of(p.ejades, p.training), ours(filter(f -> f.audience = Audience.PROFESSIONALS)));
    assertEquals(Set.of(p.ejades, p.talk), ours(filter(f -> f.audience = Audience.STUDENTS)));
  }

  @Test
  void catalogueFiltersByParisDates() {
    assertEquals(
        Set.of(p.training),
        ours(
            filter(
                f -> {
                  f.from = p.day.plusDays(1);
                  f.to = p.day.plusDays(1);
                })));
    assertEquals(Set.of(p.talk), ours(filter(f -> f.from = p.day.plusDays(2))));
    assertEquals(Set.of(p.ejades), ours(filter(f -> f.to = p.day)));
  }

  @Test
  void catalogueCombinesFilters() {
    assertEquals(
        Set.of(p.talk),
        ours(
            filter(
                f -> {
                  f.theme = p.sleep;
                  f.mode = SessionMode.HYBRID;
                })));
    assertEquals(
        Set.of(),
        ours(
            filter(
                f -> {
                  f.theme = p.sleep;
                  f.site = p.paris;
                })));
  }

  @Test
  void cataloguePagesInDateOrder() {
    CatalogueFilter sleepTheme = filter(f -> f.theme = p.sleep);
    assertEquals(
        List.of(p.ejades),
        catalogue.page(sleepTheme, 0, 1).stream().map(CatalogueEntry::id).toList());
    assertEquals(
        List.of(p.talk),
        catalogue.page(sleepTheme, 1, 1).stream().map(CatalogueEntry::id).toList());
  }

  @Test
  void aSessionPageShowsPublishedSessionsOnly() {
    SessionDetails details = catalogue.details(p.training).orElseThrow();
    assertEquals(12, details.entry().seatsLeft());
    assertEquals("Paris", details.entry().siteCity());
    assertEquals(at(p.day.plusDays(1), 9), details.entry().start());
    assertTrue(details.description().startsWith("Description de"));
    assertTrue(catalogue.details(p.draft).isEmpty());
    assertTrue(catalogue.details(p.cancelled).isEmpty());
    assertTrue(catalogue.find(Long.MAX_VALUE).isEmpty());
  }

  /**
   * The catalogue reads what it shows in SQL: a page is one statement and its count another,
   * whatever the page size, and a session's page a fixed three. An N+1 (a lazy load per line) would
   * add a statement per line.
   */
  @Test
  void theCatalogueSendsAFixedNumberOfStatementsWhateverThePageSize() {
    for (int size : new int[] {1, 3, 100}) {
      List<String> sql =
          SqlStatements.during(
              factory,
              () -> {
                assertTrue(
                    catalogue.page(CatalogueFilter.ANY, 0, size).size() >= Math.min(size, 3));
                catalogue.count(CatalogueFilter.ANY);
              });
      assertEquals(2, sql.size(), "a page of " + size + " and its count: " + sql);
    }
    List<String> sql =
        SqlStatements.during(
            factory,
            () -> assertTrue(catalogue.details(p.training).orElseThrow().trainers() != null));
    assertEquals(3, sql.size(), "a session's page: " + sql);
  }

  // ---------------------------------------------------------------- sign-up and login

  private static SignUpForm form(String email) {
    SignUpForm form = new SignUpForm();
    form.setFirstName("Léa");
    form.setLastName("N'Diaye-Martin");
    form.setEmail(email);
    form.setPassword("garde-de-nuit-42");
    form.setStatus(ParticipantStatus.PROFESSIONAL);
    form.setProfession(Profession.NURSE);
    form.setWorkplaceType(WorkplaceType.UNIVERSITY_HOSPITAL);
    form.setRegion(Region.OCCITANIE);
    form.setPrivacyConsent(true);
    return form;
  }

  private static String uniqueEmail() {
    return "lea." + System.nanoTime() + "@chu-exemple.fr";
  }

  @Test
  void signUpStoresAHashedPasswordAndTheConsentDate() throws SQLException {
    String email = uniqueEmail();
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    signUps.signUp(form("  " + email.toUpperCase() + " "), Language.EN);
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "SELECT a.password_hash, a.privacy_consent_at, a.language, r.role FROM account a"
                    + " JOIN account_role r ON r.account_id = a.id WHERE a.email = ?")) {
      s.setString(1, email);
      ResultSet row = s.executeQuery();
      assertTrue(row.next(), "stored under the normalized e-mail");
      String hash = row.getString(1);
      assertTrue(hash.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), hash);
      assertFalse(hash.contains("garde-de-nuit-42"));
      assertFalse(row.getTimestamp(2).toInstant().isBefore(before));
      assertEquals("EN", row.getString(3));
      assertEquals("PARTICIPANT", row.getString(4));
      assertFalse(row.next(), "one role only");
    }
  }

  @Test
  void loginChecksThePasswordAgainstTheHash() {
    String email = uniqueEmail();
    signUps.signUp(form(email), Language.FR);

    CredentialValidationResult ok =
        identityStores.validate(
            new UsernamePasswordCredential(email.toUpperCase(), "garde-de-nuit-42"));
    assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
    assertEquals(email, ok.getCallerPrincipal().getName());
    assertEquals(Set.of("PARTICIPANT"), ok.getCallerGroups());

    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStores
            .validate(new UsernamePasswordCredential(email, "garde-de-nuit-43"))
            .getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStores
            .validate(new UsernamePasswordCredential("nobody@chu-exemple.fr", "garde-de-nuit-42"))
            .getStatus());
  }

  @Test
  void aSecondAccountForTheSameAddressIsRefusedOnTheEmailField() throws SQLException {
    String email = uniqueEmail();
    signUps.signUp(form(email), Language.FR);
    BusinessException refusal =
        assertThrows(
            BusinessException.class, () -> signUps.signUp(form(email.toUpperCase()), Language.FR));
    assertEquals("signup.emailTaken", refusal.getMessageKey());
    assertEquals("email", refusal.getField().orElseThrow());
    assertEquals(1, accountsWith(email));
  }

  @Test
  void aWeakPasswordIsRefusedOnThePasswordField() throws SQLException {
    String email = uniqueEmail();
    SignUpForm weak = form(email);
    weak.setPassword("azerty1234");
    BusinessException refusal =
        assertThrows(BusinessException.class, () -> signUps.signUp(weak, Language.FR));
    assertEquals("password", refusal.getField().orElseThrow());
    assertEquals(0, accountsWith(email));
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() throws SQLException {
    assertRefused("email", f -> f.setEmail("lea.martin@"));
    assertRefused("privacyConsent", f -> f.setPrivacyConsent(false));
    assertRefused("firstName", f -> f.setFirstName("<script>alert('x')</script>"));
    assertRefused("lastName", f -> f.setLastName("L".repeat(81)));
    assertRefused("profession", f -> f.setProfession(null));
  }

  private void assertRefused(String field, Consumer<SignUpForm> spoil) throws SQLException {
    String email = uniqueEmail();
    SignUpForm form = form(email);
    spoil.accept(form);
    ConstraintViolationException refusal =
        assertThrows(ConstraintViolationException.class, () -> signUps.signUp(form, Language.FR));
    assertTrue(
        refusal.getConstraintViolations().stream()
            .anyMatch(v -> v.getPropertyPath().toString().endsWith(field)),
        () -> field + " not among " + refusal.getConstraintViolations());
    assertEquals(0, accountsWith(email));
  }

  private long accountsWith(String email) throws SQLException {
    return Sql.number(
        dataSource, "SELECT count(*) FROM account WHERE email = ?", email.toLowerCase());
  }
}
