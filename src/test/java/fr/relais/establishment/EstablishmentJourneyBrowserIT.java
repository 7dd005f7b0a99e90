package fr.relais.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.kernel.Tokens;
import fr.relais.testing.Browser;
import fr.relais.testing.SessionTimes;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import fr.relais.testing.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 16's whole path in a real browser, each step photographed on a desktop and on a phone: a
 * clinic asks for a JADES day on the public form and confirms its address, a coordinator accepts
 * the contact and proposes a day and a convention, the contact accepts the convention with their
 * password, a nurse of the clinic registers through the link, the trainer takes attendance and
 * closes the day, and the contact downloads the sheet and the certificates and sees who attended,
 * never anyone's answers.
 */
class EstablishmentJourneyBrowserIT {

  private static final String DEMO_PASSWORD = "relais-demo-2026";
  private static final String CONTACT_PASSWORD = "Clinique-du-Parc-2027";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @RegisterExtension static Browser browser = new Browser();

  private final String run = Long.toString(System.nanoTime() % 1_000_000_000L);
  private final String contact = "direction.soins." + run + "@clinique-du-parc.test";

  /** A trainer's name no other test gives (the proposal's list is ticked by it). */
  private final String trainerName = "Vasseur-" + lettersOf(run);

  private final String clinic = "Clinique du Parc " + run;
  private int step;

  @Test
  void fromThePublicFormToTheDocumentsOfTheDayHeld() throws Exception {
    // 1. A clinic asks for a day on the public form.
    browser.desktop();
    browser.open("/establishment/apply");
    fillTheForm();
    browser.clickAndWait("#apply\\:submit");
    browser.waitFor().until(d -> browser.find("#done").isDisplayed());
    shots("apply-sent", null);

    // 2. Its contact confirms the address from the mailed link.
    String body =
        sql(
            "SELECT body FROM mail_outbox WHERE recipient = ? AND kind = 'establishmentConfirm'"
                + " ORDER BY id DESC LIMIT 1",
            contact);
    String link = body.substring(body.indexOf("/establishment/confirm?t="));
    link = link.split("\\s")[0];
    browser.open(link);
    shots("confirm", link);
    browser.clickAndWait("#confirm\\:submit");
    assertTrue(browser.mainText().length() > 0);
    assertEquals("REVIEW_PENDING", contactStatus());

    // 3. A coordinator accepts the contact: the request reaches the association.
    browser.signIn("coordination@relais.test", DEMO_PASSWORD);
    browser.open("/establishment/manage/");
    shots("coordinator-checks", "/establishment/manage/");
    browser.click("[data-accept='" + contactId() + "']");
    browser.click(".ui-confirmdialog-yes");
    browser.awaitAjax();
    browser.waitFor().until(d -> "ACTIVE".equals(contactStatus()));
    long request =
        number(
            "SELECT r.id FROM establishment_request r JOIN account a"
                + " ON a.id = r.contact_id WHERE a.email = ?",
            contact);
    assertEquals("REQUESTED", requestStatus(request));

    // 4. The coordinator proposes the day (a trainer of its own, the clinic's room) and the price.
    String trainer = trainerOfItsOwn();
    long room = roomOfTheClinic();
    browser.open("/establishment/manage/propose?request=" + request);
    shots("coordinator-proposes", "/establishment/manage/propose?request=" + request);
    browser.setValue("#proposal\\:room", Long.toString(room));
    browser.tick("#proposal\\:trainers", trainerName, true);
    browser.type("#proposal\\:trainees", "12");
    browser.type("#proposal\\:price", "950");
    browser.clickAndWait("#proposal\\:send");
    browser.waitFor().until(d -> "PROPOSED".equals(requestStatus(request)));
    shots("coordinator-proposed", "/establishment/manage/request?id=" + request);
    long session =
        number("SELECT id FROM session WHERE establishment_request_id = ? ORDER BY id", request);
    assertEquals("DRAFT", sql("SELECT status FROM session WHERE id = ?", session));

    // 5. The contact reads the convention and accepts it with their password.
    browser.signIn(contact, CONTACT_PASSWORD);
    browser.open("/establishment/request?id=" + request);
    shots("contact-request-proposed", "/establishment/request?id=" + request);
    String conventionPage = browser.find("#conventionPage").getAttribute("href");
    browser.open(conventionPage.substring(conventionPage.indexOf("/establishment/")));
    String shownSha = browser.text("#sha256").replaceAll("[^0-9a-f]", "");
    shots("contact-reads-convention", null);
    browser.click("#accept\\:read");
    browser.type("#accept\\:password", CONTACT_PASSWORD);
    browser.clickAndWait("#accept\\:submit");
    browser.waitFor().until(d -> "SCHEDULED".equals(requestStatus(request)));
    shots("contact-accepted", null);
    assertEquals("PUBLISHED", sql("SELECT status FROM session WHERE id = ?", session));
    long convention =
        number("SELECT id FROM convention WHERE request_id = ? AND status = 'ACCEPTED'", request);
    WebClient contactWeb = new WebClient();
    assertTrue(contactWeb.signIn(contact, CONTACT_PASSWORD));
    byte[] first = contactWeb.bytes("/api/conventions/" + convention + ".pdf").body();
    byte[] again = contactWeb.bytes("/api/conventions/" + convention + ".pdf").body();
    assertEquals(Tokens.sha256(first), Tokens.sha256(again), "the same file every time");
    assertTrue(
        shownSha.endsWith(Tokens.sha256(first)) || shownSha.contains(Tokens.sha256(first)),
        "the page shows the hash of the file accepted");
    assertEquals(
        Tokens.sha256(first), sql("SELECT sha256 FROM convention WHERE id = ?", convention));

    // 6. The contact sends the link to a nurse, who registers through it.
    String nurseEmail = nurse();
    browser.open("/establishment/staff?request=" + request);
    String registration = browser.find("#link-" + session).getAttribute("value");
    shots("contact-staff-link", "/establishment/staff?request=" + request);
    browser.signIn(nurseEmail, DEMO_PASSWORD);
    browser.open(registration.substring(registration.indexOf("/catalog/")));
    shots("nurse-opens-the-link", null);
    browser.click("#registration\\:register");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(d -> browser.text("#registration").contains("Vous êtes inscrit(e) à cette séance."));
    shots("nurse-registered", null);

    // 7. On the day, the trainer marks the nurse present, signs the half-day and closes it.
    SessionTimes.Span underWay =
        SessionTimes.underWay(Duration.ofMinutes(5), Duration.ofMinutes(55));
    update(
        "UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?",
        underWay.startsAt(),
        underWay.endsAt(),
        session);
    browser.signIn(trainer, DEMO_PASSWORD);
    browser.open("/attendance/roster?id=" + session);
    browser.click(".roster-line .status-button--PRESENT");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text(".roster-line").contains("Présent(e)"));
    draw("#trainer\\:signature");
    browser.click("#trainer\\:signHalfDay");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#trainer").contains("Demi-journée signée par"));
    shots("trainer-signed", null);
    update("UPDATE session SET ends_at = LEAST(ends_at, now()) WHERE id = ?", session);
    browser.open("/attendance/roster?id=" + session);
    browser.click("#completion\\:complete");
    browser.click(".ui-confirmdialog-yes");
    browser.waitFor().until(d -> browser.mainText().contains("Séance clôturée"));
    assertEquals("COMPLETED", sql("SELECT status FROM session WHERE id = ?", session));

    // 8. The contact sees who attended (never an answer) and downloads sheet and certificates.
    browser.signIn(contact, CONTACT_PASSWORD);
    browser.open("/establishment/request?id=" + request);
    shots("contact-after-the-day", "/establishment/request?id=" + request);
    shots("contact-sees-attendance", "/establishment/staff?request=" + request, ".staff-table");
    String page = browser.mainText();
    String nurse = sql("SELECT upper(last_name) FROM account WHERE email = ?", nurseEmail);
    assertTrue(page.toUpperCase().contains(nurse), page);
    assertTrue(page.contains("Présent(e)"), page);
    assertTrue(page.contains("Moins de cinq réponses"), "no answer shown under five: " + page);
    assertEquals("HELD", requestStatus(request), "Relais holds the request once its day is done");

    List<String> hrefs = new ArrayList<>();
    for (WebElement a : browser.all("a[href*='/documents/']")) {
      hrefs.add(a.getAttribute("href"));
    }
    String sheet = only(hrefs, "/sheets/");
    String zip = only(hrefs, "/certificates/");
    HttpResponse<byte[]> sheetPdf = contactWeb.bytes(path(sheet));
    assertEquals(200, sheetPdf.statusCode());
    assertEquals("%PDF", new String(sheetPdf.body(), 0, 4, "US-ASCII"));
    HttpResponse<byte[]> certificates = contactWeb.bytes(path(zip));
    assertEquals(200, certificates.statusCode());
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(certificates.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertEquals(1, entries.size(), entries.toString());
    assertTrue(entries.get(0).endsWith(".pdf"), entries.toString());
    // Survey answers are never the contact's: the survey pages refuse them.
    assertEquals(403, contactWeb.send("GET", "/survey/results?campaign=1", null).statusCode());
  }

  private void fillTheForm() {
    browser.click("#apply\\:unlisted");
    browser.awaitAjax();
    browser.type("#apply\\:siteName", clinic);
    browser.setValue("#apply\\:siteKind", "CLINIC");
    browser.type("#apply\\:address", "3 avenue du Parc");
    browser.type("#apply\\:postalCode", "33000");
    browser.type("#apply\\:city", "Bordeaux");
    browser.setValue("#apply\\:region", "NOUVELLE_AQUITAINE");
    browser.type("#apply\\:firstName", "Hélène");
    browser.type("#apply\\:lastName", "Parc");
    browser.type("#apply\\:email", contact);
    browser.type("#apply\\:jobTitle", "Directrice des soins");
    String password =
        browser.all("#apply\\:password_input").isEmpty()
            ? "#apply\\:password"
            : "#apply\\:password_input";
    browser.type(password, CONTACT_PASSWORD);
    browser.setValue(
        "#apply\\:activity",
        sql("SELECT id FROM activity WHERE format = 'JADES' AND NOT archived ORDER BY id LIMIT 1"));
    WebElement day = browser.all("input[type=date]").get(0);
    browser.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        day,
        LocalDate.now(PARIS).plusDays(45).toString());
    browser.type("#apply\\:headcount", "12");
    browser.setValue("#apply\\:audience", "PROFESSIONALS");
    browser.type("#apply\\:rooms", "Salle du conseil, 20 places");
    browser.click("#apply\\:consent");
  }

  /**
   * A professional among the demo's participants 230–249, whom no other test uses (a test that
   * waits for someone's mail must not find this one's).
   */
  private static String nurse() {
    return sql(
        "SELECT min(email) FROM account WHERE email BETWEEN 'participant230@relais.test'"
            + " AND 'participant249@relais.test' AND status = 'PROFESSIONAL'");
  }

  /** A trainer no other session uses at that hour, who signs in with the demo password. */
  private String trainerOfItsOwn() throws Exception {
    String email = "formatrice.parc." + run + "@relais.test";
    long account =
        number(
            "INSERT INTO account (email, first_name, last_name, password_hash)"
                + " SELECT ?, 'Claire', ?, password_hash FROM account"
                + " WHERE email = 'coordination@relais.test' RETURNING id",
            email,
            trainerName);
    number("INSERT INTO account_role VALUES (?, 'TRAINER') RETURNING account_id", account);
    number(
        "INSERT INTO trainer_profile (account_id, feed_token) VALUES (?, ?) RETURNING account_id",
        account,
        Tokens.random());
    return email;
  }

  /** The room a coordinator adds on the Lieux page once the clinic is known. */
  private long roomOfTheClinic() throws Exception {
    return number(
        "INSERT INTO room (site_id, name, capacity, accessible) SELECT id, 'Salle du conseil', 20,"
            + " true FROM site WHERE name = ? RETURNING id",
        clinic);
  }

  /** Photographs the page on a desktop, then (reloaded at {@code path}, or as is) on a phone. */
  private void shots(String name, String path) throws Exception {
    shots(name, path, null);
  }

  /** The same, scrolled to the element {@code focusCss} first (when it is not null). */
  private void shots(String name, String path, String focusCss) throws Exception {
    step++;
    String prefix = String.format("establishment-%02d-%s", step, name);
    scrollTo(focusCss);
    browser.screenshot(prefix + "-desktop");
    browser.phone();
    if (path != null) {
      browser.open(path);
    }
    scrollTo(focusCss);
    Number overflow =
        (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(overflow.intValue() <= 0, prefix + ": no sideways scrolling on a phone");
    browser.screenshot(prefix + "-phone");
    browser.desktop();
    if (path != null) {
      browser.open(path);
    }
  }

  private static void scrollTo(String css) {
    if (css != null) {
      browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.find(css));
    }
  }

  private static void draw(String padCss) {
    WebElement canvas = browser.find(padCss + " canvas");
    browser.script("arguments[0].scrollIntoView({block:'center'})", canvas);
    new Actions(browser.driver())
        .moveToElement(canvas, -80, 10)
        .clickAndHold()
        .moveByOffset(30, -25)
        .moveByOffset(30, 30)
        .moveByOffset(40, -20)
        .release()
        .perform();
  }

  /** "2781" → "Chib": digits as letters, so the name reads as a name. */
  private static String lettersOf(String digits) {
    StringBuilder name = new StringBuilder();
    for (char d : digits.toCharArray()) {
      name.append((char) ('a' + (d - '0')));
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String only(List<String> hrefs, String part) {
    List<String> found = hrefs.stream().filter(h -> h.contains(part)).toList();
    assertEquals(1, found.size(), part + " in " + hrefs);
    return found.get(0);
  }

  private static String path(String href) {
    return href.substring(href.indexOf("/api/"));
  }

  private String contactStatus() {
    return sql(
        "SELECT c.status FROM establishment_contact c JOIN account a ON a.id = c.account_id"
            + " WHERE a.email = ?",
        contact);
  }

  private long contactId() throws Exception {
    return number("SELECT id FROM account WHERE email = ?", contact);
  }

  private String requestStatus(long request) {
    return sql("SELECT status FROM establishment_request WHERE id = ?", request);
  }

  private static String sql(String query, Object... values) {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.text(c, query, values);
    } catch (Exception e) {
      throw new IllegalStateException(query, e);
    }
  }

  private static long number(String query, Object... values) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      return Sql.number(c, query, values);
    }
  }

  private static void update(String query, Object... values) throws Exception {
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      Sql.update(c, query, values);
    }
  }
}
