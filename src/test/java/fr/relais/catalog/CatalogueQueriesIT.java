package fr.relais.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.SqlStatements;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue's queries in the container, on a real PostgreSQL: each filter, paging in date
 * order, a session's page, and a fixed number of statements whatever the page size.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueQueriesIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private CatalogueRepository catalogue;
  @PersistenceUnit private EntityManagerFactory factory;

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
}
