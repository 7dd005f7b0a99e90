package fr.relais.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.SessionTimes;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A session under way, on the trainer's phone: one participant signs on the phone, one scans the QR
 * code, one types the code through the API, one never comes. The trainer signs and locks the
 * half-day, downloads the sheet (rendered to PNG and read), closes the session; certificates follow
 * and their verification page tells a good code from a forged one. Then the roles, both ways.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttendanceBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final String SIGNER = "participant270@relais.test";
  private static final String SCANNER = "participant271@relais.test";
  private static final String TYPIST = "participant272@relais.test";
  private static final String NO_SHOW = "participant273@relais.test";

  @RegisterExtension static Browser browser = new Browser();

  private static long session;
  private static String trainer;

  /**
   * A published eJADES led by a trainer of its own (no demo session can collide with it), with four
   * registrations, then moved to have started five minutes ago (or at 13:00 or midnight if the
   * half-day under way began later: it stays one half-day at any hour).
   */
  @BeforeAll
  static void aSessionUnderWay() throws Exception {
    trainer = "formatrice.emargement." + System.nanoTime() + "@relais.test";
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      long account =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash)"
                  + " SELECT ?, 'Claire', 'Delorme', password_hash FROM account"
                  + " WHERE email = 'coordination@relais.test' RETURNING id",
              trainer);
      Sql.number(c, "INSERT INTO account_role VALUES (?, 'TRAINER') RETURNING account_id", account);
      session =
          Sql.number(
              c,
              "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                  + " status) SELECT id, now() + interval '2 hours', now() + interval '3 hours',"
                  + " 'ONLINE', 'https://visio.relais.test/emargement', 10, 'PUBLISHED'"
                  + " FROM activity WHERE format = 'EJADES' ORDER BY id LIMIT 1 RETURNING id");
      Sql.number(
          c, "INSERT INTO session_trainer VALUES (?, ?) RETURNING session_id", session, account);
    }
    WebClient web = new WebClient();
    for (String person : new String[] {SIGNER, SCANNER, TYPIST, NO_SHOW}) {
      HttpResponse<String> r =
          web.api("POST", "/api/sessions/" + session + "/registrations", person, PASSWORD, "{}");
      assertEquals(201, r.statusCode(), r.body());
    }
    SessionTimes.Span underWay =
        SessionTimes.underWay(Duration.ofMinutes(5), Duration.ofMinutes(55));
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      Sql.update(
          c,
          "UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?",
          underWay.startsAt(),
          underWay.endsAt(),
          session);
    }
  }

  private static void signIn(String email) {
    browser.signIn(email, PASSWORD);
  }

  /** Draws a stroke on a signature pad as a finger would. */
  private static void draw(String padCss) {
    WebElement canvas = browser.find(padCss + " canvas");
    browser.script("arguments[0].scrollIntoView({block:'center'})", canvas);
    new Actions(browser.driver())
        .moveToElement(canvas, -80, 10)
        .clickAndHold()
        .moveByOffset(30, -25)
        .moveByOffset(30, 30)
        .moveByOffset(40, -20)
        .moveByOffset(40, 15)
        .release()
        .perform();
  }

  /** The roster line of a participant (names are shown "LAST First"). */
  private static String lineOf(String lastName) {
    return browser.all(".roster-line").stream()
        .map(WebElement::getText)
        .filter(t -> t.toUpperCase().contains(lastName.toUpperCase()))
        .findFirst()
        .orElse("");
  }

  private static String lastName(String email) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB);
        PreparedStatement s = c.prepareStatement("SELECT last_name FROM account WHERE email = ?")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  @Test
  @Order(1)
  void theTrainerChecksPeopleInSignsLocksAndDownloadsTheSheet() throws Exception {
    browser.phone();
    signIn(trainer);
    browser.open("/attendance/roster?id=" + session);
    assertEquals("Émargement", browser.heading());
    assertEquals(4, browser.all(".roster-line").size());
    Number width =
        (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(width.intValue() <= 0, "no sideways scrolling on a phone: " + width);
    browser.screenshot("attendance-01-roster-phone");

    // By hand, with a drawn signature.
    String signer = lastName(SIGNER);
    WebElement line =
        browser.all(".roster-line").stream()
            .filter(l -> l.getText().toUpperCase().contains(signer.toUpperCase()))
            .findFirst()
            .orElseThrow();
    line.findElement(org.openqa.selenium.By.cssSelector(".status-button--sign")).click();
    browser.awaitAjax();
    browser.find("#pad\\:signature canvas");
    draw("#pad\\:signature");
    browser.screenshot("attendance-02-participant-signs");
    browser.click("#pad\\:savePad");
    browser.awaitAjax();
    browser.waitFor().until(d -> lineOf(signer).contains("Présent(e)"));
    assertTrue(lineOf(signer).contains("✍"), lineOf(signer));

    // By QR code: the code is read from the QR page, the participant opens its link.
    browser.open("/attendance/qr?id=" + session);
    String code = browser.text("#qrCode");
    assertTrue(code.matches("[A-Z2-9]{6}"), code);
    Boolean qrShown =
        (Boolean)
            browser.script(
                "var i = document.querySelector('.qr-screen__image');"
                    + " return i.complete && i.naturalWidth > 100;");
    assertTrue(qrShown, "the QR image loads");
    browser.screenshot("attendance-03-qr-code");

    browser.deleteCookies();
    browser.open("/attendance/checkin?s=" + session + "&c=" + code);
    browser.type("#signin\\:email", SCANNER);
    browser.type("#signin\\:password", PASSWORD);
    browser.clickAndWait("#signin\\:submit");
    browser.waitFor().until(d -> browser.mainText().contains("votre présence est enregistrée"));
    browser.screenshot("attendance-04-checked-in-by-qr");

    // Typed in a video call, through the API; and the same code again is refused.
    WebClient web = new WebClient();
    String body = "{\"code\":\"" + code.toLowerCase() + "\"}";
    HttpResponse<String> typed =
        web.api("POST", "/api/sessions/" + session + "/check-in", TYPIST, PASSWORD, body);
    assertEquals(200, typed.statusCode(), typed.body());
    assertTrue(typed.body().contains("\"PRESENT\""), typed.body());
    HttpResponse<String> again =
        web.api("POST", "/api/sessions/" + session + "/check-in", TYPIST, PASSWORD, body);
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.body().contains("déjà enregistrée"), again.body());
    HttpResponse<String> forged =
        web.api(
            "POST",
            "/api/sessions/" + session + "/check-in",
            NO_SHOW,
            PASSWORD,
            "{\"code\":\"ZZZZZZ\"}");
    assertEquals(400, forged.statusCode(), forged.body());

    // Back to the trainer: everyone but one is in; the trainer signs and locks.
    signIn(trainer);
    browser.open("/attendance/roster?id=" + session);
    assertTrue(lineOf(lastName(SCANNER)).contains("Présent(e)"), lineOf(lastName(SCANNER)));
    assertTrue(lineOf(lastName(TYPIST)).contains("Présent(e)"));
    assertTrue(lineOf(lastName(NO_SHOW)).contains("À pointer"));
    draw("#trainer\\:signature");
    browser.click("#trainer\\:signHalfDay");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#trainer").contains("Demi-journée signée par"));
    assertFalse(
        browser.find(".roster-line .status-button").isEnabled(),
        "locked: the trainer's buttons are off");
    browser.screenshot("attendance-05-signed-and-locked");

    // The sheet, downloaded from the page's link by the signed-in trainer.
    String href = browser.find("#sheet0").getAttribute("href");
    WebClient trainerWeb = new WebClient();
    assertTrue(trainerWeb.signIn(trainer, PASSWORD));
    HttpResponse<byte[]> pdf = trainerWeb.bytes(href.substring(trainerWeb.base().length()));
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = pdfText(pdf.body(), "attendance-06-sign-in-sheet");
    assertTrue(text.contains("Feuille d'émargement"), text);
    assertTrue(text.contains("R6332-26"), text);
    assertTrue(text.contains("Claire Delorme"), "the trainer's name: " + text);
    assertTrue(text.toUpperCase().contains(signer.toUpperCase()), text);
    assertTrue(text.contains("Signé à"), "the drawn signature's time: " + text);
    assertTrue(text.contains("QR code scanné à"), text);
    assertTrue(text.contains("code saisi à"), text);

    HttpResponse<byte[]> blank =
        trainerWeb.bytes(href.substring(trainerWeb.base().length()) + "&blank=true");
    String blankText = pdfText(blank.body(), "attendance-07-blank-sheet");
    assertTrue(blankText.toUpperCase().contains(signer.toUpperCase()), blankText);
    assertFalse(blankText.contains("Signé à"), "a blank sheet for paper: " + blankText);
  }

  /** Renders the first page to target/screenshots/NAME.png and returns the PDF's text. */
  private static String pdfText(byte[] pdf, String name) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      Path png = browser.screenshot(name).resolveSibling(name + ".png");
      ImageIO.write(page, "png", png.toFile());
      assertTrue(Files.size(png) > 10_000, "a rendered page");
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  @Order(2)
  void closingTheSessionGivesRatesAndVerifiableCertificatesToThoseWhoCame() throws Exception {
    // The session has ended (closing is refused before its end).
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      Sql.update(c, "UPDATE session SET ends_at = LEAST(ends_at, now()) WHERE id = ?", session);
    }
    browser.phone();
    signIn(trainer);
    browser.open("/attendance/roster?id=" + session);
    browser.click("#completion\\:complete");
    browser.click(".ui-confirmdialog-yes");
    browser
        .waitFor()
        .until(d -> browser.mainText().contains("Séance clôturée : 3 présent(s) sur 4."));
    assertTrue(
        browser.mainText().contains("Présence : 75 % (3 sur 4) · absences : 1"),
        browser.mainText());
    browser.screenshot("attendance-08-completed");

    signIn(SIGNER);
    browser.open("/registration/mine");
    WebElement link = browser.find(".certificate-link");
    String href = link.getAttribute("href");
    WebClient mine = new WebClient();
    assertTrue(mine.signIn(SIGNER, PASSWORD));
    HttpResponse<byte[]> pdf = mine.bytes(href.substring(mine.base().length()));
    assertEquals(200, pdf.statusCode());
    String text = pdfText(pdf.body(), "attendance-09-certificate");
    assertTrue(text.contains("Certificat de réalisation"), text);
    Matcher code = Pattern.compile("Code de vérification : ([A-Z0-9]{12})").matcher(text);
    assertTrue(code.find(), text);
    assertTrue(text.contains("/verify/" + code.group(1)), text);

    WebClient noShow = new WebClient();
    assertTrue(noShow.signIn(NO_SHOW, PASSWORD));
    long absentRegistration = registrationOf(NO_SHOW);
    assertEquals(
        404,
        noShow
            .bytes("/api/me/registrations/" + absentRegistration + "/certificate.pdf")
            .statusCode(),
        "no certificate for an absentee");
    assertEquals(
        404,
        noShow.bytes(href.substring(noShow.base().length())).statusCode(),
        "nor someone else's");

    browser.deleteCookies();
    browser.open("/verify/" + code.group(1));
    assertEquals("Attestation authentique", browser.text("#verdict h2"));
    assertTrue(browser.text("#verifyName").contains(lastName(SIGNER)));
    assertFalse(browser.mainText().contains("@"), "nothing else, not even an e-mail");
    browser.screenshot("attendance-10-verified");
    browser.open("/verify/FORGED234567");
    assertTrue(browser.text("#unknown").contains("Attestation introuvable"));
    assertEquals(404, new WebClient().get("/verify/FORGED234567").statusCode());
    assertEquals(200, new WebClient().get("/verify/" + code.group(1)).statusCode());
  }

  private static long registrationOf(String email) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT r.id FROM registration r JOIN account a ON a.id = r.account_id"
                    + " WHERE a.email = ? AND r.session_id = ?")) {
      s.setString(1, email);
      s.setLong(2, session);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Test
  @Order(3)
  void theSheetAndTheCertificatesAreForTheirPeopleOnly() throws Exception {
    WebClient web = new WebClient();
    String sheet = "/api/sessions/" + session + "/attendance";
    HttpResponse<String> own = web.api("GET", sheet, trainer, PASSWORD, null);
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(own.body().contains("\"completed\":true"), own.body());
    assertTrue(own.body().contains("ABSENT"), own.body());
    assertEquals(
        403,
        web.api("GET", sheet, "formatrice.marchand@relais.test", PASSWORD, null).statusCode(),
        "another session's trainer");
    assertEquals(403, web.api("GET", sheet, SIGNER, PASSWORD, null).statusCode());
    assertEquals(401, web.api("GET", sheet, null, null, null).statusCode());
    assertEquals(
        200, web.api("GET", sheet, "coordination@relais.test", PASSWORD, null).statusCode());

    String zip = "/api/sessions/" + session + "/certificates.zip";
    WebClient coordinator = new WebClient();
    assertTrue(coordinator.signIn("coordination@relais.test", PASSWORD));
    HttpResponse<byte[]> all = coordinator.bytes(zip);
    assertEquals(200, all.statusCode());
    int entries = 0;
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(all.body()))) {
      while (in.getNextEntry() != null) {
        entries++;
      }
    }
    assertEquals(3, entries, "one certificate per person who came");
    WebClient trainerWeb = new WebClient();
    assertTrue(trainerWeb.signIn(trainer, PASSWORD));
    assertEquals(403, trainerWeb.bytes(zip).statusCode(), "certificates are the coordinators'");

    String checkIn = "/api/sessions/" + session + "/check-in";
    assertEquals(
        403,
        web.api("POST", checkIn, trainer, PASSWORD, "{\"code\":\"ABCDEF\"}").statusCode(),
        "check-in is for participants");
    assertEquals(401, web.api("POST", checkIn, null, null, "{\"code\":\"ABCDEF\"}").statusCode());

    WebClient participant = new WebClient();
    assertTrue(participant.signIn(SIGNER, PASSWORD));
    assertEquals(
        403, participant.get("/attendance/roster?id=" + session).statusCode(), "page roles");
    WebClient other = new WebClient();
    assertTrue(other.signIn("formatrice.marchand@relais.test", PASSWORD));
    assertEquals(
        403,
        other.get("/attendance/roster?id=" + session).statusCode(),
        "another session's trainer");
  }

  @Test
  @Order(4)
  void aWeekAheadTheTrainersButtonsAreOffAndSayWhenTheyOpen() throws Exception {
    long ahead;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      ahead =
          Sql.number(
              c,
              "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                  + " status) SELECT id, now() + interval '7 days', now() + interval '7 days 1 hour',"
                  + " 'ONLINE', 'https://visio.relais.test/emargement', 10, 'PUBLISHED'"
                  + " FROM activity WHERE format = 'EJADES' ORDER BY id LIMIT 1 RETURNING id");
      Sql.number(
          c,
          "INSERT INTO session_trainer SELECT ?, id FROM account WHERE email = ?"
              + " RETURNING session_id",
          ahead,
          trainer);
    }
    HttpResponse<String> registered =
        new WebClient()
            .api("POST", "/api/sessions/" + ahead + "/registrations", NO_SHOW, PASSWORD, "{}");
    assertEquals(201, registered.statusCode(), registered.body());

    browser.phone();
    signIn(trainer);
    browser.open("/attendance/roster?id=" + ahead);
    assertTrue(
        browser.text("#roster\\:notOpen").contains("Le pointage et la signature de cette"),
        browser.mainText());
    assertFalse(browser.find(".roster-line .status-button").isEnabled(), "buttons off");
    assertTrue(browser.all("#trainer\\:signHalfDay").isEmpty(), "nothing to sign yet");
    assertTrue(browser.text("#trainer").contains("ouvrent le"), browser.text("#trainer"));
    assertFalse(browser.find("#completion\\:complete").isEnabled(), "nor to close");
    assertTrue(
        browser.text("#completion\\:notEnded").contains("après la fin de la séance"),
        browser.text("#completion"));
    browser.screenshot("attendance-11-not-open-yet");

    signIn("coordination@relais.test");
    browser.open("/attendance/roster?id=" + ahead);
    assertTrue(
        browser.text("#roster\\:notOpen").contains("chaque pointage anticipé est tracé"),
        browser.text("#roster\\:notOpen"));
    browser.click(".roster-line .status-button--EXCUSED");
    browser.awaitAjax();
    String absent = lastName(NO_SHOW);
    browser.waitFor().until(d -> lineOf(absent).contains("Excusé(e)"));
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          1,
          Sql.number(
              c,
              "SELECT count(*) FROM audit_log WHERE action = 'MARKED_AHEAD_OF_TIME' AND entity_id"
                  + " IN (SELECT t.id FROM attendance t JOIN registration r ON r.id ="
                  + " t.registration_id WHERE r.session_id = ?)",
              ahead),
          "the coordinator's early mark is on the record");
    }
  }

  private static final String[] IN_THE_ROOM = {
    "participant280@relais.test",
    "participant281@relais.test",
    "participant282@relais.test",
    "participant283@relais.test"
  };

  /**
   * Another session under way (as in aSessionUnderWay), with those registered, led by a trainer of
   * its own (the first trainer is busy at that time).
   */
  private static long anotherSessionUnderWay(String leader, String... people) throws Exception {
    long id;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      long account =
          Sql.number(
              c,
              "INSERT INTO account (email, first_name, last_name, password_hash)"
                  + " SELECT ?, 'Yanis', 'Perrot', password_hash FROM account"
                  + " WHERE email = 'coordination@relais.test' RETURNING id",
              leader);
      Sql.number(c, "INSERT INTO account_role VALUES (?, 'TRAINER') RETURNING account_id", account);
      id =
          Sql.number(
              c,
              "INSERT INTO session (activity_id, starts_at, ends_at, mode, video_link, capacity,"
                  + " status) SELECT id, now() + interval '2 hours', now() + interval '3 hours',"
                  + " 'ONLINE', 'https://visio.relais.test/tous-presents', 10, 'PUBLISHED'"
                  + " FROM activity WHERE format = 'EJADES' ORDER BY id LIMIT 1 RETURNING id");
      Sql.number(
          c,
          "INSERT INTO session_trainer SELECT ?, id FROM account WHERE email = ?"
              + " RETURNING session_id",
          id,
          leader);
    }
    WebClient web = new WebClient();
    for (String person : people) {
      HttpResponse<String> r =
          web.api("POST", "/api/sessions/" + id + "/registrations", person, PASSWORD, "{}");
      assertEquals(201, r.statusCode(), r.body());
    }
    SessionTimes.Span underWay =
        SessionTimes.underWay(Duration.ofMinutes(5), Duration.ofMinutes(55));
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      Sql.update(
          c,
          "UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?",
          underWay.startsAt(),
          underWay.endsAt(),
          id);
    }
    return id;
  }

  @Test
  @Order(5)
  void theTrainerMarksEveryoneNotYetMarkedPresentInOneConfirmedClick() throws Exception {
    String leader = "formateur.touspresents." + System.nanoTime() + "@relais.test";
    long running = anotherSessionUnderWay(leader, IN_THE_ROOM);
    browser.phone();
    signIn(leader);
    browser.open("/attendance/roster?id=" + running);
    String excused = lastName(IN_THE_ROOM[0]);

    // The search keeps the lines whose name holds what is typed, whatever the case.
    String wanted = lastName(IN_THE_ROOM[1]);
    browser.type("#rosterSearch", wanted.toLowerCase());
    browser
        .waitFor()
        .until(
            d -> browser.all(".roster-line").stream().filter(WebElement::isDisplayed).count() < 4);
    java.util.List<String> shown =
        browser.all(".roster-line").stream()
            .filter(WebElement::isDisplayed)
            .map(WebElement::getText)
            .toList();
    assertFalse(shown.isEmpty());
    assertTrue(
        shown.stream().allMatch(t -> t.toUpperCase().contains(wanted.toUpperCase())), "" + shown);
    assertEquals(
        shown.size() + " sur 4 affiché(s)", browser.text("#rosterSearchCount"), "said aloud too");
    assertEquals(
        "Rechercher un nom",
        browser.find("label[for=rosterSearch]").getText(),
        "the field has its label");
    browser.screenshot("staff-04-roster-search-phone");
    browser.find("#rosterSearch").clear();
    browser.type("#rosterSearch", "zzzz");
    browser
        .waitFor()
        .until(d -> browser.all(".roster-line").stream().noneMatch(WebElement::isDisplayed));
    browser.find("#rosterSearch").clear();
    browser.script("document.getElementById('rosterSearch').dispatchEvent(new Event('input'))");
    browser
        .waitFor()
        .until(
            d -> browser.all(".roster-line").stream().filter(WebElement::isDisplayed).count() == 4);

    browser.all(".roster-line").stream()
        .filter(l -> l.getText().toUpperCase().contains(excused.toUpperCase()))
        .findFirst()
        .orElseThrow()
        .findElement(org.openqa.selenium.By.cssSelector(".status-button--EXCUSED"))
        .click();
    browser.awaitAjax();
    browser.waitFor().until(d -> lineOf(excused).contains("Excusé(e)"));

    // The dialog opens on the safe choice: Enter changes nothing.
    browser.click("#roster\\:markAllPresent");
    browser.find(".ui-confirm-dialog .ui-confirmdialog-yes");
    assertTrue(
        browser.text(".ui-confirm-dialog").contains("Marquer présentes les 3 personne(s)"),
        browser.text(".ui-confirm-dialog"));
    assertEquals("Marquer présentes", browser.text(".ui-confirm-dialog .ui-confirmdialog-yes"));
    WebElement focused = browser.driver().switchTo().activeElement();
    assertEquals("Ne rien changer", focused.getText(), "the focus is on the safe choice");
    browser.screenshot("staff-01-all-present-confirm-phone");
    focused.sendKeys(org.openqa.selenium.Keys.ENTER);
    browser
        .waitFor()
        .until(d -> browser.all(".ui-confirm-dialog").stream().noneMatch(WebElement::isDisplayed));
    assertEquals(1, attendanceLines(running), "nothing changed");

    browser.click("#roster\\:markAllPresent");
    browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(d -> browser.mainText().contains("3 personne(s) marquée(s) présente(s)."));
    for (String person : IN_THE_ROOM) {
      String line = lineOf(lastName(person));
      assertTrue(line.contains(person.equals(IN_THE_ROOM[0]) ? "Excusé(e)" : "Présent(e)"), line);
    }
    assertTrue(browser.all("#roster\\:markAllPresent").isEmpty(), "nobody left to mark");
    assertEquals(4, attendanceLines(running));
    browser.screenshot("staff-02-all-present-done-phone");

    // The projector page counts them.
    browser.open("/attendance/qr?id=" + running);
    assertEquals("3 présent(s) sur 4 inscrit(s)", browser.text("#qrCount"));
    assertTrue(browser.text("#qrSession").length() > 3, "the session's title");
    assertTrue(browser.text("#qrCode").matches("[A-Z2-9]{6}"));
    assertTrue(browser.all(".site-header").stream().noneMatch(WebElement::isDisplayed));
    Number qrWidth =
        (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(qrWidth.intValue() <= 0, "no sideways scrolling on a phone: " + qrWidth);
    browser.screenshot("staff-08-projector-phone");
    browser.desktop();
    browser.open("/attendance/qr?id=" + running);
    browser.screenshot("staff-09-projector-desktop");
    browser.open("/attendance/roster?id=" + running);
    browser.screenshot("staff-03-roster-desktop");
  }

  private static long attendanceLines(long sessionId) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.number(
          c,
          "SELECT count(*) FROM attendance t JOIN registration r ON r.id = t.registration_id"
              + " WHERE r.session_id = ?",
          sessionId);
    }
  }
}
