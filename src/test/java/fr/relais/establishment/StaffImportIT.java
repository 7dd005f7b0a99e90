package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.attendance.AttendanceService;
import fr.relais.attendance.AttendanceStatus;
import fr.relais.kernel.BusinessException;
import fr.relais.kernel.InvalidInput;
import fr.relais.kernel.NotFoundException;
import fr.relais.people.Caller;
import fr.relais.people.Region;
import fr.relais.people.Role;
import fr.relais.programme.Audience;
import fr.relais.programme.Format;
import fr.relais.registration.RegistrationService;
import fr.relais.registration.RegistrationStatus;
import fr.relais.scheduling.SessionMode;
import fr.relais.scheduling.SessionStatus;
import fr.relais.site.SiteKind;
import fr.relais.testing.Callers;
import fr.relais.testing.Deployments;
import fr.relais.testing.Fixtures;
import fr.relais.testing.SessionTimes;
import fr.relais.testing.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An establishment's staff against the real database: a list with bad rows stores nothing at
 * preview and only its good rows at confirmation, each person mailed once; duplicates are one
 * person; a second import invites nobody twice; another establishment's contact is told nothing
 * exists; the quota never goes below the seats held; a reserved session stays closed to others and
 * is never overbooked; the establishment's documents say attendance, never answers.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @Inject private Fixtures fixtures;
  @Inject private EstablishmentRequestService requests;
  @Inject private StaffImport staff;
  @Inject private StaffQuotaService quota;
  @Inject private StaffOverviewService overview;
  @Inject private EstablishmentDocumentService documents;
  @Inject private RegistrationService registrations;
  @Inject private AttendanceService attendance;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** An establishment, its contact, a request and one reserved session with a room. */
  private record World(
      long site, Caller contact, long activity, long request, long session, String code) {}

  private World world(int capacity, Instant start) throws Exception {
    long site =
        fixtures.site(
            Fixtures.unique("CHU Staff"), SiteKind.HOSPITAL, "Amiens", Region.HAUTS_DE_FRANCE);
    long room = fixtures.room(site, Fixtures.unique("Salle"), 20);
    Caller contact = Callers.contact(fixtures.contact(site, ContactStatus.ACTIVE));
    long theme = fixtures.theme(Fixtures.unique("Thème personnel"));
    long activity =
        fixtures.activity(Fixtures.unique("JADES personnel"), Format.JADES, theme, Audience.ALL);
    long request =
        requests
            .submit(
                contact,
                new RequestDetails(
                    activity,
                    List.of(LocalDate.now().plusDays(60)),
                    capacity,
                    Audience.ALL,
                    "Salle du 2e",
                    null))
            .getId();
    long session =
        fixtures.session(
            activity, start, SessionMode.ON_SITE, room, SessionStatus.PUBLISHED, capacity);
    String code = code();
    update(
        "UPDATE session SET establishment_request_id = ?, reserved_for_site_id = ?,"
            + " invitation_code = ? WHERE id = ?",
        request,
        site,
        code,
        session);
    return new World(site, contact, activity, request, session, code);
  }

  private World world(int capacity) throws Exception {
    return world(capacity, Instant.now().plus(Duration.ofDays(30)));
  }

  @Test
  void aPreviewStoresNothingAndTheConfirmationOnlyTheGoodRowsEachMailedOnce() throws Exception {
    World w = world(10);
    long known = fixtures.participant("Connue", false);
    String knownEmail = Sql.text(dataSource, "SELECT email FROM account WHERE id = ?", known);
    String tag = "s" + w.request();
    String list =
        "Nom;Prénom;E-mail;Profession\r\n"
            + "Durand;Alice;alice."
            + tag
            + "@chu.test;Infirmière\r\n"
            + "Martin;Bruno;bruno."
            + tag
            + "@chu.test;\r\n"
            + "Testeur;Connue;"
            + knownEmail
            + ";NURSE\r\n"
            + "Petit;Chloé;pas-une-adresse;\r\n"
            + ";Denis;denis."
            + tag
            + "@chu.test;\r\n"
            + "DURAND;Alice;ALICE."
            + tag
            + "@CHU.test;\r\n";

    StaffList.Preview preview = staff.preview(w.contact(), w.request(), list);
    assertEquals(3, preview.accepted().size());
    assertEquals(2, preview.refused().size());
    assertEquals(1, preview.duplicates().size(), "the same address twice is one person");
    assertEquals(0, invitations(w.request()), "a preview stores nothing");
    assertEquals(0, mails(tag), "nor mails anyone");

    StaffImport.Imported done = staff.confirm(w.contact(), w.request(), list);
    assertEquals(3, done.invited());
    assertEquals(2, done.refused());
    assertEquals(3, invitations(w.request()), "only the good rows");
    assertEquals(1, mails("alice." + tag));
    assertEquals(1, mails("bruno." + tag));
    assertEquals(0, mails("denis." + tag));
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM mail_outbox WHERE kind = 'staffInvited' AND recipient = ?",
            knownEmail));
    String body =
        Sql.text(
            dataSource,
            "SELECT body FROM mail_outbox WHERE kind = 'staffInvited' AND recipient = ?",
            "alice." + tag + "@chu.test");
    assertTrue(body.contains("/catalog/session?id=" + w.session() + "&code=" + w.code()), body);
    assertTrue(body.contains("créez-le"), "no account yet: sign up\n" + body);
    assertTrue(
        body.contains("/people/signup?email=alice." + tag + "%40chu.test"),
        "the sign-up link fills the address in\n" + body);
    assertTrue(
        Sql.text(
                dataSource,
                "SELECT body FROM mail_outbox WHERE kind = 'staffInvited' AND recipient = ?",
                knownEmail)
            .contains("connectez-vous"),
        "an account already: sign in");
    assertEquals(
        known,
        Sql.number(
            dataSource,
            "SELECT account_id FROM staff_invitation WHERE request_id = ? AND email = ?",
            w.request(),
            knownEmail),
        "linked to the account that exists");
    assertEquals(
        "NURSE",
        Sql.text(
            dataSource,
            "SELECT profession FROM staff_invitation WHERE request_id = ? AND email = ?",
            w.request(),
            "alice." + tag + "@chu.test"));

    StaffList.Preview again = staff.preview(w.contact(), w.request(), list);
    assertEquals(0, again.accepted().size());
    assertTrue(
        again.refused().stream()
            .anyMatch(r -> r.reasons().contains("establishment.staff.row.alreadyInvited")));
    BusinessException nobody =
        assertThrows(BusinessException.class, () -> staff.confirm(w.contact(), w.request(), list));
    assertEquals("establishment.staff.nobodyToInvite", nobody.getMessageKey());
    assertEquals(3, invitations(w.request()), "a second import invites nobody twice");
    assertEquals(1, mails("alice." + tag));

    StaffView view = overview.view(w.contact(), w.request());
    assertEquals(3, view.invitedCount());
    assertEquals(3, view.notRegistered().size());
    registrations.register(Callers.participant(known), w.session(), w.code());
    assertEquals(
        2, overview.view(w.contact(), w.request()).notRegistered().size(), "registered now");
  }

  @Test
  void moreRowsThanSeatsLeftAreRefusedAndATooLongListStoresNothing() throws Exception {
    World w = world(2);
    String tag = "q" + w.request();
    StaffList.Preview p =
        staff.preview(
            w.contact(),
            w.request(),
            "A;Un;un."
                + tag
                + "@chu.test\nB;Deux;deux."
                + tag
                + "@chu.test\nC;Trois;trois."
                + tag
                + "@chu.test");
    assertEquals(2, p.accepted().size());
    assertEquals(List.of("establishment.staff.row.noSeat"), p.refused().get(0).reasons());
    StringBuilder tooLong = new StringBuilder();
    for (int i = 0; i < 501; i++) {
      tooLong
          .append("N")
          .append(i)
          .append(";P;p")
          .append(i)
          .append('.')
          .append(tag)
          .append("@chu.test\n");
    }
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> staff.confirm(w.contact(), w.request(), tooLong.toString()));
    assertEquals("establishment.staff.list.tooLong", refused.getErrors().get(0).key());
    assertEquals(0, invitations(w.request()));
  }

  @Test
  void aContactOfAnotherEstablishmentIsToldNothingExists() throws Exception {
    World w = world(5);
    World other = world(5);
    String list = "Durand;Alice;alice.x" + w.request() + "@chu.test";
    assertThrows(NotFoundException.class, () -> staff.preview(other.contact(), w.request(), list));
    assertThrows(NotFoundException.class, () -> staff.confirm(other.contact(), w.request(), list));
    assertThrows(NotFoundException.class, () -> overview.view(other.contact(), w.request()));
    assertThrows(
        NotFoundException.class, () -> quota.change(other.contact(), w.request(), w.session(), 3));
    assertThrows(NotFoundException.class, () -> documents.summary(other.contact(), w.request()));
    assertThrows(
        NotFoundException.class,
        () -> documents.certificates(other.contact(), w.request(), w.session()));
    assertThrows(
        NotFoundException.class,
        () -> documents.certificates(other.contact(), other.request(), w.session()),
        "another request's session, through one's own request");
    long pending = fixtures.contact(w.site(), ContactStatus.REVIEW_PENDING);
    assertThrows(
        NotFoundException.class, () -> staff.preview(Callers.contact(pending), w.request(), list));
    assertEquals(0, invitations(w.request()));
    assertEquals(5, capacity(w.session()));
  }

  @Test
  void theQuotaNeverGoesBelowTheSeatsHeldNorAboveTheRoom() throws Exception {
    World w = world(3);
    registrations.register(
        Callers.participant(fixtures.participant("Une", false)), w.session(), w.code());
    registrations.register(
        Callers.participant(fixtures.participant("Deux", false)), w.session(), w.code());
    Caller coordinator = Callers.coordinator();

    InvalidInput below =
        assertThrows(
            InvalidInput.class, () -> quota.change(coordinator, w.request(), w.session(), 1));
    assertEquals("registration.capacityBelowConfirmed", below.getErrors().get(0).key());
    assertEquals(3, capacity(w.session()), "nothing changed");
    InvalidInput room =
        assertThrows(
            InvalidInput.class, () -> quota.change(coordinator, w.request(), w.session(), 21));
    assertEquals("establishment.staff.quota.aboveRoom", room.getErrors().get(0).key());
    BusinessException noConvention =
        assertThrows(
            BusinessException.class, () -> quota.change(w.contact(), w.request(), w.session(), 4));
    assertEquals("establishment.staff.quota.noConvention", noConvention.getMessageKey());
    assertEquals(3, capacity(w.session()));

    quota.change(coordinator, w.request(), w.session(), 2);
    assertEquals(2, capacity(w.session()), "down to the seats held is fine");
    quota.change(coordinator, w.request(), w.session(), 6);
    assertEquals(6, capacity(w.session()));
    assertEquals(
        2,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM audit_log WHERE entity = 'session' AND entity_id = ?"
                + " AND action = 'QUOTA_CHANGED'",
            w.session()));
  }

  @Test
  void aReservedSessionStaysClosedToOthersAndIsNeverOverbooked() throws Exception {
    World w = world(2);
    long outsider = fixtures.participant("Dehors", false);
    BusinessException closed =
        assertThrows(
            BusinessException.class,
            () -> registrations.register(Callers.participant(outsider), w.session(), null));
    assertEquals("registration.restricted", closed.getMessageKey());
    assertThrows(
        BusinessException.class,
        () -> registrations.register(Callers.participant(outsider), w.session(), "WRONGCODE"));
    List<RegistrationStatus> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long person = fixtures.participant("Invitee" + i, false);
      statuses.add(
          registrations
              .register(Callers.participant(person), w.session(), w.code().toLowerCase())
              .registration()
              .getStatus());
    }
    assertEquals(
        List.of(
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED),
        statuses,
        "one more than the seats waits, it takes no seat");
    assertEquals(
        2,
        Sql.number(
            dataSource,
            "SELECT confirmed_general + confirmed_students FROM session WHERE id = ?",
            w.session()));
    StaffView.Day day = overview.view(w.contact(), w.request()).days().get(0);
    assertEquals(2, day.confirmed());
    assertEquals(1, day.waiting());
    assertEquals(0, day.getSeatsLeft());
    assertTrue(day.link().endsWith("/catalog/session?id=" + w.session() + "&code=" + w.code()));
    assertTrue(day.people().stream().allMatch(p -> p.marks().isEmpty()), "no marks before the day");
  }

  @Test
  void theEstablishmentsDocumentsSayAttendanceAndNeverAnswers() throws Exception {
    World w = world(5);
    long trainer = fixtures.trainer("Formatrice", Fixtures.unique("Établissement"));
    fixtures.lead(w.session(), trainer);
    Caller lead = new Caller(trainer, "t" + trainer + "@relais.test", Set.of(Role.TRAINER));
    long[] regs = new long[2];
    String[] names = {"Alicia", "Bertrand"};
    for (int i = 0; i < 2; i++) {
      long person = fixtures.participant(names[i], false);
      regs[i] =
          registrations
              .register(Callers.participant(person), w.session(), w.code())
              .registration()
              .getId();
    }
    SessionTimes.Span yesterday = SessionTimes.yesterday(9, 0, 8 * 60);
    fixtures.moveTo(w.session(), yesterday.start(), yesterday.end());
    attendance.mark(lead, w.session(), regs[0], 0, AttendanceStatus.PRESENT, null);
    attendance.mark(lead, w.session(), regs[0], 1, AttendanceStatus.PRESENT, null);
    attendance.mark(lead, w.session(), regs[1], 0, AttendanceStatus.LATE, null);
    attendance.mark(lead, w.session(), regs[1], 1, AttendanceStatus.ABSENT, null);
    attendance.signHalfDay(lead, w.session(), 0, drawnSignature());
    attendance.complete(lead, w.session());

    StaffView view = overview.view(w.contact(), w.request());
    StaffView.Day day = view.days().get(0);
    assertTrue(day.over());
    StaffView.Person alicia =
        day.people().stream().filter(p -> p.name().endsWith("Alicia")).findFirst().orElseThrow();
    assertEquals(List.of(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), alicia.marks());
    assertEquals(480, alicia.minutesAttended());
    assertFalse(view.satisfaction().shown(), "no five answers, nothing shown");

    byte[] sheet = documents.sheet(w.contact(), w.request(), w.session(), 0);
    assertArrayEquals(
        sheet, documents.sheet(w.contact(), w.request(), w.session(), 0), "kept file");
    assertThrows(
        NotFoundException.class,
        () -> documents.sheet(w.contact(), w.request(), w.session(), 1),
        "the afternoon is not signed: no sheet yet");

    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(
            new ByteArrayInputStream(
                documents.certificates(w.contact(), w.request(), w.session())))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
        assertTrue(
            new String(zip.readAllBytes(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
      }
    }
    assertEquals(2, entries.size(), entries.toString());
    assertTrue(entries.stream().allMatch(n -> n.startsWith("attestation-") && n.endsWith(".pdf")));

    String realisation = text(documents.realisation(w.contact(), w.request(), regs[0]));
    assertTrue(realisation.contains("Alicia"), realisation);
    assertTrue(realisation.contains("8 h 00"), realisation);
    assertTrue(realisation.contains("☒ action de formation"), realisation);
    String late = text(documents.realisation(w.contact(), w.request(), regs[1]));
    assertTrue(late.contains("4 h 00"), "the morning only\n" + late);
    World other = world(3);
    assertThrows(
        NotFoundException.class,
        () -> documents.realisation(other.contact(), other.request(), regs[0]),
        "a registration of another establishment's day");

    String summary = text(documents.summary(w.contact(), w.request()));
    assertTrue(summary.contains("Bilan de la journée"), summary);
    assertTrue(summary.contains("Moins de cinq réponses"), summary);
    assertFalse(summary.contains("Alicia"), "counts, no names\n" + summary);
    assertFalse(summary.contains("Bertrand"), summary);
    assertEquals(
        1,
        Sql.number(
            dataSource,
            "SELECT count(*) FROM audit_log WHERE entity = 'registration' AND entity_id = ?"
                + " AND action = 'EXPORTED_PERSONAL_DATA'",
            regs[0]));
  }

  @Test
  void satisfactionShowsFromFiveAnswersOnAndNeverAnAnswerOrAComment() throws Exception {
    World w = world(8);
    long[] survey = hotSurvey(w.session());
    for (int i = 0; i < 4; i++) {
      answer(survey, w.session(), i, 5, "Commentaire confidentiel " + i);
    }
    assertFalse(overview.view(w.contact(), w.request()).satisfaction().shown(), "four answers");
    assertEquals(0, overview.view(w.contact(), w.request()).satisfaction().respondents());
    answer(survey, w.session(), 4, 1, "Commentaire confidentiel 4");
    StaffView.Satisfaction five = overview.view(w.contact(), w.request()).satisfaction();
    assertTrue(five.shown(), "five answers");
    assertEquals(5, five.respondents());
    assertEquals(4.2, five.score(), 0.001, "(4 × 5 + 1) / 5, on a 1–5 scale");
    String summary = text(documents.summary(w.contact(), w.request()));
    assertTrue(summary.contains("4,2 / 5"), summary);
    assertFalse(summary.contains("Commentaire confidentiel"), "never a comment\n" + summary);
  }

  /** A hot satisfaction questionnaire (one 1–5 Likert item, one free comment), not active. */
  private long[] hotSurvey(long session) throws Exception {
    long q =
        insert(
            "INSERT INTO questionnaire (kind, title_fr, title_en, created_at) VALUES"
                + " ('SATISFACTION', 'Satisfaction test', 'Satisfaction test', now()) RETURNING id");
    long section =
        insert(
            "INSERT INTO questionnaire_section (questionnaire_id, position, title_fr, title_en)"
                + " VALUES (?, 0, 'Avis', 'Opinion') RETURNING id",
            q);
    long likert =
        insert(
            "INSERT INTO questionnaire_item (section_id, position, type, text_fr, text_en)"
                + " VALUES (?, 0, 'LIKERT', 'Satisfait ?', 'Satisfied?') RETURNING id",
            section);
    for (int v = 1; v <= 5; v++) {
      update(
          "INSERT INTO item_choice (item_id, position, value, label_fr, label_en) VALUES (?, ?, ?, ?, ?)",
          likert,
          v,
          v,
          "n" + v,
          "n" + v);
    }
    long comment =
        insert(
            "INSERT INTO questionnaire_item (section_id, position, type, text_fr, text_en, required)"
                + " VALUES (?, 1, 'TEXT', 'Commentaire', 'Comment', false) RETURNING id",
            section);
    long campaign =
        insert(
            "INSERT INTO campaign (questionnaire_id, phase, session_id, title, active, created_at,"
                + " created_by) VALUES (?, 'HOT', ?, 'Test', false, now(), 'test') RETURNING id",
            q,
            session);
    return new long[] {q, likert, comment, campaign};
  }

  private void answer(long[] survey, long session, int who, int value, String comment)
      throws Exception {
    long response =
        insert(
            "INSERT INTO survey_response (campaign_id, questionnaire_id, session_id, pseudonym,"
                + " submitted, submitted_on) VALUES (?, ?, ?, ?, true, CURRENT_DATE) RETURNING id",
            survey[3],
            survey[0],
            session,
            "pseudo-" + session + "-" + who);
    update(
        "INSERT INTO survey_answer (response_id, item_id, number_value) VALUES (?, ?, ?)",
        response,
        survey[1],
        value);
    update(
        "INSERT INTO survey_answer (response_id, item_id, text_value) VALUES (?, ?, ?)",
        response,
        survey[2],
        comment);
  }

  private long insert(String sql, Object... values) throws Exception {
    try (var c = dataSource.getConnection()) {
      return Sql.number(c, sql, values);
    }
  }

  private long invitations(long request) throws Exception {
    return Sql.number(
        dataSource, "SELECT count(*) FROM staff_invitation WHERE request_id = ?", request);
  }

  private long mails(String localPart) throws Exception {
    return Sql.number(
        dataSource,
        "SELECT count(*) FROM mail_outbox WHERE kind = 'staffInvited' AND recipient LIKE ?",
        "%" + localPart + "%");
  }

  private long capacity(long session) throws Exception {
    return Sql.number(dataSource, "SELECT capacity FROM session WHERE id = ?", session);
  }

  private void update(String sql, Object... values) throws Exception {
    try (var c = dataSource.getConnection()) {
      Sql.update(c, sql, values);
    }
  }

  private static String code() {
    String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    StringBuilder code = new StringBuilder("T");
    for (int i = 0; i < 7; i++) {
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String drawnSignature() throws Exception {
    BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.BLACK);
    g.drawLine(10, 60, 230, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
  }
}
