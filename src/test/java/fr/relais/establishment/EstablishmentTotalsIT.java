package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.establishment.EstablishmentOverviewService.YearRow;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Region;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.reporting.AnnualReport;
import fr.relais.reporting.ReportFilter;
import fr.relais.reporting.ReportTable;
import fr.relais.reporting.Reports;
import fr.relais.reporting.TableFiles;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An establishment's totals per year from fixtures (sessions, attendance and conventions written
 * directly: the proposal service is another helper's): days held, distinct trainees, amounts of the
 * conventions in force, on the coordinators' page and in the activity report's "Établissements
 * clients" table (trainees a people figure: hidden under five), its CSV and the annual report.
 */
@ExtendWith(ArquillianExtension.class)
class EstablishmentTotalsIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private EstablishmentRequestService requests;
  @Inject private EstablishmentOverviewService overviews;
  @Inject private EstablishmentRepository repository;
  @Inject private RegistrationService registrations;
  @Inject private Reports reports;
  @Inject private AnnualReport annualReport;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Test
  void totalsPerYearOnThePageAndInTheReports() throws Exception {
    String name = Fixtures.unique("Clinique des Totaux");
    long site = fixtures.site(name, SiteKind.CLINIC, "Nancy", Region.GRAND_EST);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    long theme = fixtures.theme(Fixtures.unique("Thème totaux"));
    long activity =
        fixtures.activity(Fixtures.unique("JADES totaux"), Format.JADES, theme, Audience.ALL);
    long first = request(contact, activity);
    long second = request(contact, activity);
    long[] people = new long[6];
    for (int i = 0; i < people.length; i++) {
      people[i] = fixtures.participant("Stagiaire" + i, false);
    }
    // 2024: two days of the first request; a third, cancelled, counts for nothing.
    long may14 = held(first, activity, day(2024, 5, 14), people[0], people[1], people[2]);
    long may15 = held(first, activity, day(2024, 5, 15), people[0]);
    long cancelled = session(activity, day(2024, 5, 16), SessionStatus.CANCELLED);
    link(cancelled, first);
    absent(may14, people[2]);
    // 2025: one day of the second request, five people present (one also came in 2024).
    held(second, activity, day(2025, 2, 3), people[0], people[1], people[3], people[4], people[5]);
    // Version 1 accepted then replaced: only version 2, in force, is agreed.
    convention(
        first, 1, "SUPERSEDED", 100_000, "PER_DAY", "STANDARD", 20, day(2024, 3, 1), contact);
    convention(first, 2, "ACCEPTED", 120_000, "PER_DAY", "STANDARD", 20, day(2024, 4, 1), contact);
    convention(second, 1, "ACCEPTED", 5_000, "PER_PERSON", "EXEMPT", 12, day(2025, 1, 10), contact);
    convention(second, 2, "PROPOSED", 6_000, "PER_PERSON", "EXEMPT", 12, null, null);

    EstablishmentOverviewService.Overview page = overviews.of(Callers.coordinator(), site);

    assertEquals(
        List.of(new YearRow(2025, 1, 5, 60_000), new YearRow(2024, 2, 2, 288_000)),
        page.years(),
        "2024: 2 days × 1 200 € + 20 % VAT; 2025: 12 × 50 €, exempt");
    assertEquals(1, page.contacts().size());
    assertEquals(2, page.requests().size());
    assertEquals(4, page.conventions().size());
    for (EstablishmentOverviewService.ConventionRow row : page.conventions()) {
      Convention entity =
          repository.conventions(row.requestId()).stream()
              .filter(c -> c.getNumber() == row.number())
              .findFirst()
              .orElseThrow();
      int days = row.requestId() == first ? 2 : 1;
      assertEquals(entity.totalCents(days), row.totalCents(), "the SQL total is the entity's");
    }
    EstablishmentOverviewService.SessionRow may14Row =
        page.sessions().stream().filter(s -> s.id() == may14).findFirst().orElseThrow();
    assertEquals(3, may14Row.registered());
    assertEquals(2, may14Row.attended());
    assertEquals(4, page.sessions().size());

    ReportTable.Row row2024 = rowOf(establishments(2024), name);
    assertEquals(2.0, row2024.figure(0).value(), "days held");
    assertTrue(row2024.figure(1).hidden(), "two trainees: < 5");
    assertEquals(1.0, row2024.figure(2).value(), "one convention in force");
    assertEquals(2880.0, row2024.figure(3).value(), 1e-9, "in euros");
    ReportTable.Row row2025 = rowOf(establishments(2025), name);
    assertEquals(5.0, row2025.figure(1).value(), "five trainees are shown");
    assertEquals(600.0, row2025.figure(3).value(), 1e-9);
    String csv = TableFiles.csv(establishments(2025), Locale.FRENCH);
    assertTrue(csv.contains(name) && csv.contains("600,00"), csv);

    byte[] pdf = annualReport.generate(2025, LocalDate.now(), "", p -> {}).pdf();
    Files.write(
        Path.of(System.getProperty("java.io.tmpdir"), "annual-report-2025-establishments.pdf"),
        pdf);
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Établissements clients"), "the annual report's section");
      assertTrue(text.contains(name), "with the establishment's row");
    }
  }

  @Test
  void onlyCoordinatorsSeeAnEstablishment() throws Exception {
    long site =
        fixtures.site(
            Fixtures.unique("EHPAD Privé"), SiteKind.NURSING_HOME, "Metz", Region.GRAND_EST);
    long contact = fixtures.contact(site, ContactStatus.ACTIVE);
    BusinessException refused =
        assertThrows(BusinessException.class, () -> overviews.of(Callers.contact(contact), site));
    assertTrue(refused.isForbidden(), "not even its own contact: that is the contact's pages");
    assertThrows(
        BusinessException.class,
        () -> overviews.of(Callers.participant(fixtures.participant("Curieuse", false)), site));
    assertThrows(NotFoundException.class, () -> overviews.of(Callers.coordinator(), 99_999_999));
    EstablishmentOverviewService.Overview empty = overviews.of(Callers.coordinator(), site);
    assertTrue(empty.years().isEmpty() && empty.requests().isEmpty());
    assertFalse(empty.contacts().isEmpty());
  }

  /** The year's table (sessions of this establishment's requests are online: no site filter). */
  private ReportTable establishments(int year) {
    return reports
        .build(Reports.Kind.ACTIVITY, ReportFilter.year(year), Locale.FRENCH)
        .table("activity-by-establishment")
        .orElseThrow();
  }

  private static ReportTable.Row rowOf(ReportTable table, String label) {
    return table.rows().stream()
        .filter(r -> r.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(label + " not in " + table.rows()));
  }

  private long request(long contact, long activity) {
    return requests
        .submit(
            Callers.contact(contact),
            new RequestDetails(
                activity, List.of(LocalDate.now().plusDays(50)), 15, Audience.ALL, null, null))
        .getId();
  }

  private static Instant day(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 9, 0, 0, 0, PARIS).toInstant();
  }

  /** A completed session of the request on that day, these people registered and present. */
  private long held(long request, long activity, Instant start, long... present)
      throws SQLException {
    long session =
        session(activity, Instant.now().plus(Duration.ofDays(200)), SessionStatus.PUBLISHED);
    for (long person : present) {
      registrations.register(Callers.participant(person), session, null);
    }
    fixtures.moveTo(session, start, start.plus(Duration.ofHours(7)));
    sql("UPDATE session SET status = 'COMPLETED' WHERE id = ?", session);
    link(session, request);
    for (long person : present) {
      sql(
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at, recorded_by)"
              + " SELECT id, 0, 'PRESENT', 'HAND', now(), 'test' FROM registration"
              + " WHERE session_id = ? AND account_id = ?",
          session,
          person);
    }
    return session;
  }

  /** Registered to that held session, and absent. */
  private void absent(long session, long person) throws SQLException {
    sql(
        "UPDATE attendance SET status = 'ABSENT' WHERE registration_id IN (SELECT id FROM"
            + " registration WHERE session_id = ? AND account_id = ?)",
        session,
        person);
  }

  private long session(long activity, Instant start, SessionStatus status) {
    long session =
        fixtures.session(
            activity,
            Instant.now().plus(Duration.ofDays(200)),
            SessionMode.ONLINE,
            null,
            status,
            30);
    fixtures.moveTo(session, start, start.plus(Duration.ofHours(7)));
    return session;
  }

  private void link(long session, long request) throws SQLException {
    sql("UPDATE session SET establishment_request_id = ? WHERE id = ?", request, session);
  }

  private void convention(
      long request,
      int number,
      String status,
      long priceCents,
      String basis,
      String vat,
      int trainees,
      Instant acceptedAt,
      Long acceptedBy)
      throws SQLException {
    boolean accepted = acceptedAt != null;
    sql(
        "INSERT INTO convention (request_id, number, status, price_cents, price_basis, vat,"
            + " trainees, payment_terms, objectives, content, means, evaluation, created_at,"
            + " created_by, pdf, sha256, accepted_at, accepted_by_id, accepted_by_name, place,"
            + " trainers) VALUES (?, ?, ?, ?, ?, ?, ?, '30 jours', 'Objectifs', 'Contenu',"
            + " 'Moyens', 'Évaluation', now(), 'coordination.tests@relais.test', ?, ?, ?, ?, ?,"
            + " 'Salle du test', 'Formatrice du test')",
        request,
        number,
        status,
        priceCents,
        basis,
        vat,
        trainees,
        new byte[] {0x25, 0x50, 0x44, 0x46},
        String.valueOf(number).repeat(64),
        accepted ? Timestamp.from(acceptedAt) : null,
        acceptedBy,
        accepted ? "Camille Contact" : null);
  }

  private void sql(String statement, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, statement, values);
    }
  }
}
