package fr.relais.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.AttendanceExportService;
import fr.relais.help.HelpLine;
import fr.relais.help.HelpLineForm;
import fr.relais.help.HelpLineService;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.people.Caller;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 14's staff tools against the real database and SMTP server: a message to a session's
 * registrants (outbox, GreenMail, audit; refused to anyone but its trainers and coordinators), the
 * attendance spreadsheet read back with POI (coordinators only), the help lines kept by
 * administrators.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffToolsIT {

  /** In the subject of the message the client-side test then looks for in GreenMail. */
  private static final String MARK = "IT-STAFF-MSG";

  private static final String TEXT =
      "La salle change : rendez-vous salle 2.\n<script>alert('x')</script> & <b>merci</b>";

  private static final Caller ADMIN = new Caller(0, "admin.it@relais.test", Set.of(Role.ADMIN));
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private RegistrationService registrations;
  @Inject private SessionMessages messages;
  @Inject private AttendanceExportService export;
  @Inject private HelpLineService helpLines;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  /** A session led by a new trainer: two confirmed participants and one on the waitlist. */
  private record Run(long session, Caller trainer, long[] people) {}

  private Run run(int capacity, int participants) {
    long theme = fixtures.theme(Fixtures.unique("Thème outils"));
    long activity =
        fixtures.activity(Fixtures.unique("Atelier outils"), Format.JADES, theme, Audience.ALL);
    long session =
        fixtures.openSession(activity, Instant.now().plus(Duration.ofDays(420)), capacity, 0);
    long trainer = fixtures.trainer("Formatrice", Fixtures.unique("Outils"));
    fixtures.lead(session, trainer);
    long[] people = new long[participants];
    for (int i = 0; i < participants; i++) {
      people[i] = fixtures.participant("Inscrite" + i, false);
      registrations.register(Callers.participant(people[i]), session, null);
    }
    return new Run(session, Callers.trainer(trainer), people);
  }

  private long number(String sql, Object... values) throws Exception {
    return Sql.number(dataSource, sql, values);
  }

  private static void forbidden(Executable action) {
    BusinessException refusal = assertThrows(BusinessException.class, action);
    assertTrue(refusal.isForbidden(), refusal.getMessageKey());
  }

  @Test
  @Order(1)
  void aTrainerWritesToTheirRegistrantsOneMailEachEvenWithRemindersOff() throws Exception {
    Run run = run(2, 3);
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "UPDATE account SET reminder_mails = FALSE WHERE id = ?", run.people()[0]);
    }
    int sent =
        messages.send(
            run.trainer(),
            run.session(),
            new SessionMessages.Draft(
                "Changement de salle " + MARK + "\r\nBcc: x@y.z", TEXT, false));
    assertEquals(2, sent, "the two confirmed, not the waitlisted one");
    assertEquals(
        2,
        number(
            "SELECT count(*) FROM mail_outbox WHERE kind = 'sessionMessage' AND subject LIKE ?"
                + " AND recipient IN (SELECT email FROM account WHERE id IN (?, ?))"
                + " AND position(? in body) > 0",
            "%" + MARK + "%",
            run.people()[0],
            run.people()[1],
            TEXT));
    assertEquals(
        0,
        number(
            "SELECT count(*) FROM mail_outbox WHERE subject LIKE ? AND (subject LIKE '%Bcc%' AND"
                + " subject LIKE '%' || chr(10) || '%')",
            "%" + MARK + "%"),
        "the subject stays one line");
    String details =
        Sql.text(
            dataSource,
            "SELECT details FROM audit_log WHERE entity = 'session' AND entity_id = ?"
                + " AND action = 'MESSAGED_REGISTRANTS'",
            run.session());
    assertEquals("confirmed=2 waitlisted=0", details);
    assertFalse(details.contains("@"), "no address in the audit log");

    int withWaitlist =
        messages.send(
            Callers.coordinator(),
            run.session(),
            new SessionMessages.Draft("Avec la liste d'attente", "Bonjour à tous", true));
    assertEquals(3, withWaitlist);
    assertEquals(
        "confirmed=2 waitlisted=1",
        Sql.text(
            dataSource,
            "SELECT details FROM audit_log WHERE entity = 'session' AND entity_id = ?"
                + " AND action = 'MESSAGED_REGISTRANTS' ORDER BY id DESC LIMIT 1",
            run.session()));

    // The dispatcher hands them to the SMTP server (GreenMail) after the commit.
    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (number(
                "SELECT count(*) FROM mail_outbox WHERE subject LIKE ? AND status = 'SENT'",
                "%" + MARK + "%")
            < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertEquals(
        2,
        number(
            "SELECT count(*) FROM mail_outbox WHERE subject LIKE ? AND status = 'SENT'",
            "%" + MARK + "%"),
        "sent to the SMTP server");
  }

  @Test
  @Order(2)
  @RunAsClient
  void theSmtpServerReceivedOneMailPerRegistrantWithTheTextAsPlainText() throws Exception {
    List<MimeMessage> received = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    do {
      received.clear();
      for (MimeMessage m : TestEnvironment.get().mail().received()) {
        if (m.getSubject() != null && m.getSubject().contains(MARK)) {
          received.add(m);
        }
      }
      if (received.size() >= 2) {
        break;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    assertEquals(2, received.size(), "one mail per confirmed registrant");
    Set<String> to = new HashSet<>();
    for (MimeMessage m : received) {
      assertEquals(1, m.getAllRecipients().length, "nobody sees the others' addresses");
      to.add(m.getAllRecipients()[0].toString());
      assertTrue(m.isMimeType("text/plain"), m.getContentType());
      String body = String.valueOf(m.getContent()).replace("\r\n", "\n");
      assertTrue(body.contains(TEXT), body);
      assertTrue(m.getSubject().startsWith("Atelier outils"), m.getSubject());
      assertFalse(m.getSubject().contains("\n"));
    }
    assertEquals(2, to.size(), "two different people");
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.ARQUILLIAN_DB);
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT recipient FROM mail_outbox WHERE subject LIKE '%" + MARK + "%'")) {
      Set<String> queued = new HashSet<>();
      while (r.next()) {
        queued.add(r.getString(1));
      }
      assertEquals(queued, to);
    }
  }

  @Test
  @Order(3)
  void nobodyButTheSessionsTrainersAndCoordinatorsMayWriteAndBadInputSendsNothing()
      throws Exception {
    Run run = run(5, 2);
    Run other = run(5, 1);
    long before = number("SELECT count(*) FROM mail_outbox WHERE kind = 'sessionMessage'");
    SessionMessages.Draft draft = new SessionMessages.Draft("Objet", "Texte", true);
    forbidden(() -> messages.send(other.trainer(), run.session(), draft));
    forbidden(() -> messages.send(Callers.participant(run.people()[0]), run.session(), draft));
    InvalidInput invalid =
        assertThrows(
            InvalidInput.class,
            () ->
                messages.send(
                    run.trainer(),
                    run.session(),
                    new SessionMessages.Draft(" \n ", "x".repeat(5001), false)));
    assertEquals(
        List.of("subject", "text"),
        invalid.getErrors().stream().map(InvalidInput.FieldError::field).toList());
    assertEquals(before, number("SELECT count(*) FROM mail_outbox WHERE kind = 'sessionMessage'"));
    assertEquals(
        0,
        number(
            "SELECT count(*) FROM audit_log WHERE entity = 'session' AND entity_id = ?"
                + " AND action = 'MESSAGED_REGISTRANTS'",
            run.session()));
    assertEquals(2, messages.send(run.trainer(), run.session(), draft), "the own trainer may");
  }

  @Test
  @Order(4)
  void theAttendanceSpreadsheetHasOneRowPerPersonAndHalfDayForCoordinatorsOnly() throws Exception {
    Run run = run(5, 2);
    LocalDate day = LocalDate.of(2025, 3, 12);
    fixtures.moveTo(
        run.session(),
        day.atTime(9, 0).atZone(PARIS).toInstant(),
        day.atTime(17, 0).atZone(PARIS).toInstant());
    try (Connection c = dataSource.getConnection()) {
      long first = registration(c, run.session(), run.people()[0]);
      long second = registration(c, run.session(), run.people()[1]);
      String mark =
          "INSERT INTO attendance (registration_id, half_day, status, method, recorded_at,"
              + " recorded_by) VALUES (?, ?, ?, 'HAND', now(), 'it')";
      Sql.update(c, mark, first, 0, "PRESENT");
      Sql.update(c, mark, first, 1, "LATE");
      Sql.update(c, mark, second, 0, "ABSENT");
      Sql.update(
          c,
          "INSERT INTO certificate (registration_id, code, minutes, issued_at)"
              + " VALUES (?, ?, 480, now())",
          first,
          "IT" + (System.nanoTime() % 100_000_000_000_000L));
    }
    forbidden(() -> export.session(run.trainer(), run.session(), Locale.FRENCH));
    forbidden(
        () -> export.session(Callers.participant(run.people()[0]), run.session(), Locale.FRENCH));
    forbidden(() -> export.period(run.trainer(), day, day, Locale.FRENCH));
    long audits = number("SELECT count(*) FROM audit_log WHERE action = 'EXPORTED_PERSONAL_DATA'");

    XSSFSheet sheet = sheet(export.session(Callers.coordinator(), run.session(), Locale.FRENCH));
    assertEquals(5, sheet.getPhysicalNumberOfRows(), "header + 2 people × 2 half-days");
    assertTrue(sheet.getPaneInformation().isFreezePane(), "header frozen");
    assertEquals("A1:M5", sheet.getCTWorksheet().getAutoFilter().getRef());
    List<String> seen = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Row row = sheet.getRow(i);
      assertEquals(run.session(), (long) row.getCell(0).getNumericCellValue());
      assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
      assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)));
      assertEquals(
          LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT),
          row.getCell(2).getLocalDateTimeCellValue());
      assertEquals("Professionnel(le) de santé", row.getCell(8).getStringCellValue());
      assertEquals("Infirmier(ère)", row.getCell(9).getStringCellValue());
      assertEquals(240, row.getCell(11).getNumericCellValue());
      seen.add(
          row.getCell(7).getStringCellValue()
              + "|"
              + row.getCell(3).getStringCellValue()
              + "|"
              + row.getCell(10).getStringCellValue()
              + "|"
              + !row.getCell(12).getStringCellValue().isEmpty());
    }
    assertEquals(
        List.of(
            "Inscrite0|Matin|Présent(e)|true",
            "Inscrite0|Après-midi|En retard|true",
            "Inscrite1|Matin|Absent(e)|false",
            "Inscrite1|Après-midi|Non relevé|false"),
        seen,
        "by name, then half-day");

    XSSFSheet period = sheet(export.period(Callers.coordinator(), day, day, Locale.ENGLISH));
    assertEquals(4, rowsOf(period, run.session()), "the period holds the session");
    assertEquals("Attendance", period.getRow(0).getCell(10).getStringCellValue());
    XSSFSheet after =
        sheet(
            export.period(Callers.coordinator(), day.plusDays(1), day.plusDays(2), Locale.FRENCH));
    assertEquals(0, rowsOf(after, run.session()), "another period does not");
    assertEquals(
        audits + 3,
        number("SELECT count(*) FROM audit_log WHERE action = 'EXPORTED_PERSONAL_DATA'"),
        "each export audited");
  }

  private static long rowsOf(XSSFSheet sheet, long session) {
    long rows = 0;
    for (int i = 1; i < sheet.getPhysicalNumberOfRows(); i++) {
      if ((long) sheet.getRow(i).getCell(0).getNumericCellValue() == session) {
        rows++;
      }
    }
    return rows;
  }

  private static long registration(Connection c, long session, long account) throws Exception {
    return Sql.number(
        c, "SELECT id FROM registration WHERE session_id = ? AND account_id = ?", session, account);
  }

  private static XSSFSheet sheet(byte[] file) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
  }

  @Test
  @Order(5)
  void administratorsKeepTheHelpLinesInOrderAndEveryChangeIsAudited() throws Exception {
    List<HelpLine> seeds = helpLines.all();
    assertTrue(seeds.size() >= 10, "the 2020 list is seeded");
    assertEquals("0 805 23 23 36", seeds.get(0).getNumber(), "the association's line first");
    assertEquals(null, seeds.get(0).getCheckedOn(), "not checked since 2020");

    HelpLineForm form = form("Ligne IT " + System.nanoTime(), "01.02.03.04.05");
    for (Caller caller :
        List.of(Callers.coordinator(), Callers.trainer(1), Callers.participant(1))) {
      forbidden(() -> helpLines.add(caller, form));
      forbidden(() -> helpLines.change(caller, seeds.get(0).getId(), form));
      forbidden(() -> helpLines.remove(caller, seeds.get(0).getId()));
      forbidden(() -> helpLines.move(caller, seeds.get(1).getId(), true));
    }
    assertEquals(seeds.size(), helpLines.all().size(), "nothing changed");
    assertEquals(seeds.get(0).getId(), helpLines.all().get(0).getId());

    HelpLineForm bad = form("Mauvais numéro", "12 34");
    InvalidInput invalid = assertThrows(InvalidInput.class, () -> helpLines.add(ADMIN, bad));
    assertEquals("number", invalid.getErrors().get(0).field());
    assertEquals(seeds.size(), helpLines.all().size());

    long id = helpLines.add(ADMIN, form);
    List<HelpLine> national = national();
    assertEquals(id, national.get(national.size() - 1).getId(), "added at the end");
    assertEquals("01 02 03 04 05", helpLines.find(id).getNumber(), "printed the French way");
    assertTrue(helpLines.move(ADMIN, id, true));
    national = national();
    assertEquals(id, national.get(national.size() - 2).getId(), "moved up one");
    assertFalse(helpLines.move(ADMIN, national.get(0).getId(), true), "the first stays first");

    HelpLineForm changed = HelpLineForm.of(helpLines.find(id));
    changed.setScope(HelpLine.Scope.ILE_DE_FRANCE);
    changed.setHours("Du lundi au vendredi");
    helpLines.change(ADMIN, id, changed);
    List<HelpLine> local =
        helpLines.all().stream().filter(h -> h.getScope() == HelpLine.Scope.ILE_DE_FRANCE).toList();
    assertEquals(id, local.get(local.size() - 1).getId(), "another area: at its end");
    assertEquals("Du lundi au vendredi", helpLines.find(id).getHours());

    helpLines.remove(ADMIN, id);
    assertEquals(seeds.size(), helpLines.all().size());
    assertEquals(
        "HELP_LINE_ADDED,HELP_LINE_MOVED,HELP_LINE_CHANGED,HELP_LINE_REMOVED",
        Sql.text(
            dataSource,
            "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log"
                + " WHERE entity = 'help_line' AND entity_id = ?",
            id));
  }

  private List<HelpLine> national() {
    return helpLines.all().stream().filter(h -> h.getScope() == HelpLine.Scope.NATIONAL).toList();
  }

  private static HelpLineForm form(String name, String number) {
    HelpLineForm form = new HelpLineForm();
    form.setScope(HelpLine.Scope.NATIONAL);
    form.setName(name);
    form.setNumber(number);
    form.setHours("24 h/24");
    form.setAudience("Soignants");
    form.setCheckedOn(LocalDate.now(PARIS));
    return form;
  }
}
