package fr.relais.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.testing.Browser;
import fr.relais.testing.Sql;
import fr.relais.testing.TestEnvironment;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A coordinator builds a month of the programme from the pages alone, five months ahead (after the
 * demo's own sessions): a partner establishment with its room, a new trainer and activity, JADES
 * days reserved for two establishments, eJADES twice a week as a series, a training, a talk group
 * and a conference; then the catalogue and the calendar show them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulingBrowserIT {

  @RegisterExtension static Browser browser = new Browser();

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate MONTH = LocalDate.now(PARIS).plusMonths(5).withDayOfMonth(1);
  private static final String NEW_SITE = "Centre hospitalier de Belle-Rive";
  private static final String NEW_ACTIVITY = "Conférence : le sommeil des soignants de nuit";

  static LocalDate weekday(int week, DayOfWeek day) {
    return MONTH.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(week).with(day);
  }

  @Test
  @Order(1)
  void aCoordinatorSignsInAndSeesTheSchedulingMenu() throws Exception {
    browser.desktop();
    browser.deleteCookies();
    browser.open("/people/signin");
    browser.type("#signin\\:email", "coordination@relais.test");
    browser.type("#signin\\:password", "relais-demo-2026");
    browser.clickAndWait("#signin\\:submit");
    String menu = browser.text("#main-nav");
    for (String entry :
        List.of("Programmation", "Activités", "Lieux", "Formateurs", "Calendrier")) {
      assertTrue(menu.contains(entry), entry + " in " + menu);
    }
  }

  @Test
  @Order(2)
  void sheAddsAPartnerEstablishmentWithARoom() throws Exception {
    browser.open("/site/site");
    browser.type("#site\\:name", NEW_SITE);
    browser.choose("#site\\:kind", "Hôpital");
    browser.type("#site\\:address", "3 rue des Tilleuls");
    browser.type("#site\\:postalCode", "33000");
    browser.type("#site\\:city", "Bordeaux");
    browser.choose("#site\\:region", "Nouvelle-Aquitaine");
    browser.type("#site\\:emailDomain", "ch-bellerive.test");
    browser.clickAndWait("#site\\:save");
    assertEquals(NEW_SITE, browser.heading());
    browser.type("#rooms\\:roomName", "Salle Garonne");
    browser.type("#rooms\\:roomCapacity", "0");
    browser.click("#rooms\\:saveRoom");
    browser.awaitAjax();
    assertTrue(browser.text("#rooms").contains("Entre 1 et"), browser.text("#rooms"));
    browser.type("#rooms\\:roomCapacity", "16");
    browser.click("#rooms\\:saveRoom");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#rooms\\:list").contains("Salle Garonne"));
    browser.screenshot("scheduling-01-site");
  }

  @Test
  @Order(3)
  void sheAppointsATrainerAndCreatesAnActivity() throws Exception {
    browser.open("/people/trainers");
    browser.type("#appoint\\:email", "ines.morel@relais.test");
    browser.type("#appoint\\:firstName", "Inès");
    browser.type("#appoint\\:lastName", "Morel");
    browser.click("#appoint\\:submit");
    browser.awaitAjax();
    browser.waitFor().until(d -> browser.text("#trainers\\:list").contains("Inès Morel"));
    assertTrue(browser.mainText().contains("Mot de passe provisoire"), browser.mainText());

    browser.open("/programme/activity");
    browser.type("#activity\\:title", NEW_ACTIVITY);
    browser.choose("#activity\\:format", "Conférence");
    browser.choose("#activity\\:theme", "Sommeil");
    browser.choose("#activity\\:audience", "Professionnels et étudiants");
    browser.type(
        "#activity\\:description", "Une soirée pour comprendre et apaiser les nuits de garde.");
    browser.clickAndWait("#activity\\:save");
    assertTrue(browser.mainText().contains(NEW_ACTIVITY), "listed after saving");
  }

  private void newSession(String activity, LocalDate day, String start, String end, String mode) {
    browser.open("/scheduling/session");
    browser.choose("#session\\:activity", activity);
    browser.awaitAjax();
    browser.setValue("#session\\:day", day.toString());
    browser.setValue("#session\\:start", start);
    browser.setValue("#session\\:end", end);
    browser.tick("#session\\:mode", mode, true);
    browser.awaitAjax();
  }

  private String saveAndPublish() {
    browser.clickAndWait("#session\\:savePublish");
    return browser.mainText();
  }

  @Test
  @Order(4)
  void sheSchedulesJadesDaysReservedForTwoEstablishments() throws Exception {
    newSession(
        "JADES – Journée d'ateliers dynamiques et d'échanges en santé",
        weekday(1, DayOfWeek.TUESDAY),
        "09:30",
        "16:00",
        "Sur place");
    browser.choose("#session\\:room", "CHU Val-de-Seine – Salle de formation 2 (18)");
    browser.choose("#session\\:reservedFor", "CHU Val-de-Seine");
    browser.type("#session\\:capacity", "15");
    browser.tick("#session\\:trainers", "Hélène Garnier", true);
    String page = saveAndPublish();
    assertTrue(page.contains("Séance enregistrée et publiée."), page);
    assertTrue(browser.text("#invitation-code").matches("[A-Z2-9]{8}"));
    browser.screenshot("scheduling-02-jades-day");

    newSession(
        "JADES – Journée d'ateliers dynamiques et d'échanges en santé",
        weekday(2, DayOfWeek.THURSDAY),
        "09:30",
        "16:00",
        "Sur place");
    browser.choose("#session\\:room", NEW_SITE + " – Salle Garonne (16)");
    browser.choose("#session\\:reservedFor", NEW_SITE);
    browser.type("#session\\:capacity", "16");
    browser.tick("#session\\:trainers", "Inès Morel", true);
    assertTrue(saveAndPublish().contains("Séance enregistrée et publiée."));
  }

  @Test
  @Order(5)
  void theSameRoomTwiceAtOnceIsRefusedNamingTheOtherSession() throws Exception {
    newSession(
        "Le management bienveillant", weekday(1, DayOfWeek.TUESDAY), "14:00", "17:30", "Sur place");
    browser.choose("#session\\:room", "CHU Val-de-Seine – Salle de formation 2 (18)");
    browser.type("#session\\:capacity", "30");
    browser.setValue("#session\\:end", "13:00");
    browser.tick("#session\\:trainers", "Julien Morel", true);
    browser.clickAndWait("#session\\:savePublish");
    String page = browser.mainText();
    assertTrue(page.contains("La fin doit être après le début."), page);
    browser.setValue("#session\\:end", "17:30");
    browser.clickAndWait("#session\\:savePublish");
    page = browser.mainText();
    assertTrue(page.contains("La salle ne compte que 18 places."), page);
    browser.type("#session\\:capacity", "12");
    browser.clickAndWait("#session\\:savePublish");
    page = browser.mainText();
    assertTrue(page.contains("La salle « Salle de formation 2 » est déjà prise par « JADES"), page);
    browser.screenshot("scheduling-03-conflict");
  }

  @Test
  @Order(6)
  void sheCreatesEjadesTwiceAWeekAsASeries() throws Exception {
    browser.open("/scheduling/series");
    browser.choose("#series\\:activity", "eJADES – Souffler avant la garde : gérer son stress");
    browser.tick("#series\\:weekdays", "mardi", true);
    browser.tick("#series\\:weekdays", "jeudi", true);
    browser.setValue("#series\\:startTime", "18:00");
    browser.setValue("#series\\:endTime", "19:30");
    browser.setValue("#series\\:firstDay", MONTH.toString());
    browser.setValue("#series\\:lastDay", MONTH.withDayOfMonth(MONTH.lengthOfMonth()).toString());
    browser.tick("#series\\:mode", "En visioconférence", true);
    browser.type("#series\\:videoLink", "https://visio.relais.test/ejades-serie");
    browser.type("#series\\:capacity", "20");
    browser.type("#series\\:studentSeats", "5");
    browser.tick("#series\\:trainers", "Sophie Lambert", true);
    browser.click("#series\\:preview");
    browser.awaitAjax();
    List<WebElement> days =
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("#series\\:chosenDays input"));
    long ticked = days.stream().filter(WebElement::isSelected).count();
    assertTrue(days.size() >= 8, "Tuesdays and Thursdays of a month");
    browser.screenshot("scheduling-04-series-preview");
    // The coordinator leaves out one more day.
    WebElement last = days.get(days.size() - 1);
    if (last.isSelected()) {
      last.click();
      ticked--;
    }
    browser.clickAndWait("#series\\:create");
    assertTrue(browser.mainText().contains(ticked + " séances créées."), browser.mainText());
    assertEquals(ticked, browser.all("#sessions\\:list_data > tr").size());
    browser.screenshot("scheduling-05-series-created");
  }

  @Test
  @Order(7)
  void sheAddsATrainingATalkGroupAndAConference() throws Exception {
    newSession(
        "Le Mindfulness : pleine conscience au quotidien",
        weekday(1, DayOfWeek.SATURDAY),
        "10:00",
        "13:00",
        "Sur place");
    browser.choose("#session\\:room", "Maison des soignants – Paris – Salle Étoile (20)");
    browser.type("#session\\:capacity", "16");
    browser.tick("#session\\:trainers", "Sophie Lambert", true);
    assertTrue(saveAndPublish().contains("publiée"));

    newSession(
        "Groupe de parole des soignants",
        weekday(2, DayOfWeek.WEDNESDAY),
        "18:00",
        "20:00",
        "Sur place");
    browser.choose("#session\\:room", "Maison des soignants – Paris – Salon d'écoute (10)");
    browser.type("#session\\:capacity", "8");
    browser.tick("#session\\:trainers", "Hélène Garnier", true);
    assertTrue(saveAndPublish().contains("publiée"));

    newSession(
        NEW_ACTIVITY,
        weekday(3, DayOfWeek.WEDNESDAY),
        "19:00",
        "21:00",
        "Sur place ou en visioconférence");
    browser.choose("#session\\:room", "Maison des soignants – Montpellier – Salle Réalis (25)");
    browser.type("#session\\:videoLink", "http://visio.relais.test/conference");
    browser.type("#session\\:capacity", "25");
    browser.tick("#session\\:trainers", "Karim Benali", true);
    browser.clickAndWait("#session\\:savePublish");
    assertTrue(
        browser.mainText().contains("Le lien doit être une adresse https"), browser.mainText());
    browser.type("#session\\:videoLink", "https://visio.relais.test/conference");
    assertTrue(saveAndPublish().contains("publiée"));
    browser.screenshot("scheduling-06-conference");
  }

  @Test
  @Order(8)
  void theCatalogueAndTheCalendarShowTheMonth() throws Exception {
    String month = "from=" + MONTH + "&to=" + MONTH.withDayOfMonth(MONTH.lengthOfMonth());
    browser.open("/?" + month + "&format=JADES");
    List<WebElement> jades = browser.all(".catalogue .ui-datatable-data > tr");
    assertEquals(2, jades.size());
    assertTrue(
        browser.mainText().contains("Réservé au personnel de CHU Val-de-Seine"),
        browser.mainText());
    assertTrue(browser.mainText().contains("Réservé au personnel de " + NEW_SITE));
    browser.open("/?" + month + "&format=CONFERENCE");
    assertTrue(browser.mainText().contains(NEW_ACTIVITY));
    browser.open("/?" + month + "&format=TALK_GROUP");
    assertEquals(1, browser.all(".catalogue .ui-datatable-data > tr").size());
    browser.screenshot("scheduling-07-catalogue");

    browser.open("/catalog/calendar?date=" + MONTH);
    browser.waitFor().until(d -> !browser.all(".fc-event").isEmpty());
    String calendar = browser.text(".fc");
    assertTrue(calendar.contains("JADES"), calendar);
    assertTrue(calendar.contains("eJADES – Souffler avant la garde"), calendar);
    assertTrue(calendar.contains("Mindfulness"), calendar);
    browser.screenshot("scheduling-08-calendar");
  }

  @Test
  @Order(9)
  void sheDuplicatesTheTalkGroupAWeekLaterAsADraftAndTheGuardStillApplies() throws Exception {
    LocalDate day = weekday(2, DayOfWeek.WEDNESDAY);
    long original;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      original =
          Sql.number(
              c,
              "SELECT s.id FROM session s JOIN activity a ON a.id = s.activity_id"
                  + " WHERE a.title = 'Groupe de parole des soignants' AND s.starts_at = ?",
              Timestamp.from(day.atTime(18, 0).atZone(PARIS).toInstant()));
    }
    browser.desktop();
    browser.open("/scheduling/session?id=" + original);
    // Its history reads in Paris time and words, not the audit log's UTC instants and codes.
    String history = browser.text(".history");
    assertTrue(history.contains("Création et publication"), history);
    assertTrue(history.contains(" h 00 – "), history);
    assertFalse(history.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), history);
    assertFalse(history.contains("ON_SITE") || history.contains("ONLINE"), history);
    browser.clickAndWait("#duplicate");
    assertEquals("Nouvelle séance", browser.heading());
    assertTrue(browser.text("#copyNotice").contains("une semaine plus tard"));
    assertEquals(day.plusWeeks(1).toString(), browser.find("#session\\:day").getAttribute("value"));
    assertEquals("18:00", browser.find("#session\\:start").getAttribute("value"));
    assertEquals("20:00", browser.find("#session\\:end").getAttribute("value"));
    assertEquals("8", browser.find("#session\\:capacity").getAttribute("value"));
    assertTrue(
        new Select(browser.find("#session\\:room"))
            .getFirstSelectedOption()
            .getText()
            .contains("Salon d'écoute"));
    assertEquals(
        "Hélène Garnier",
        browser.script(
            "return Array.from(document.querySelectorAll('#session input:checked'))"
                + ".filter(i => i.name.endsWith('trainers'))"
                + ".map(i => i.labels[0].textContent.trim()).join(',')"));
    assertTrue(browser.all("#session\\:savePublish").isEmpty(), "a copy is saved as a draft");
    browser.screenshot("staff-05-duplicate-form-desktop");
    browser.phone();
    Number width =
        (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(width.intValue() <= 0, "no sideways scrolling on a phone: " + width);
    browser.screenshot("staff-06-duplicate-form-phone");
    browser.desktop();

    browser.clickAndWait("#session\\:saveDraft");
    assertTrue(browser.mainText().contains("Séance enregistrée."), browser.mainText());
    assertTrue(browser.text(".page-head .status").contains("Brouillon"));
    assertFalse(browser.url().endsWith("id=" + original), "a new session: " + browser.url());
    browser.screenshot("staff-07-duplicate-saved-desktop");

    // The same copy again: the room is now taken that evening, by the first copy.
    browser.open("/scheduling/session?duplicate=" + original);
    browser.clickAndWait("#session\\:saveDraft");
    assertTrue(
        browser.mainText().contains("La salle « Salon d'écoute » est déjà prise"),
        browser.mainText());
    assertEquals(
        day.plusWeeks(1).toString(),
        browser.find("#session\\:day").getAttribute("value"),
        "the form keeps what was filled");
    browser.setValue("#session\\:day", weekday(3, DayOfWeek.THURSDAY).toString());
    browser.clickAndWait("#session\\:saveDraft");
    assertTrue(browser.mainText().contains("Séance enregistrée."), browser.mainText());
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      assertEquals(
          2,
          Sql.number(
              c,
              "SELECT count(*) FROM session s JOIN activity a ON a.id = s.activity_id"
                  + " WHERE a.title = 'Groupe de parole des soignants' AND s.status = 'DRAFT'"
                  + " AND s.starts_at > ?",
              Timestamp.from(day.atTime(18, 0).atZone(PARIS).toInstant())));
    }
  }

  /** The session ids of the list's rows, top to bottom. */
  private static java.util.List<Long> rowIds() {
    return browser.all("#sessions\\:list_data > tr a.strong").stream()
        .map(a -> Long.parseLong(a.getAttribute("href").replaceAll(".*id=", "")))
        .toList();
  }

  /** The fill rates of the list's rows, in percent. */
  private static java.util.List<Integer> fills() {
    return browser.all("#sessions\\:list_data > tr .fill + br + .small").stream()
        .map(e -> Integer.parseInt(e.getText().replaceAll("[^0-9]", "")))
        .toList();
  }

  @Test
  @Order(10)
  void theListOpensOnWhatComesWithHowFullItIsAndSortsByAnyColumn() throws Exception {
    browser.desktop();
    long soonest;
    long latestPast;
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      soonest =
          Sql.number(
              c, "SELECT id FROM session WHERE ends_at > now() ORDER BY starts_at, id LIMIT 1");
      latestPast =
          Sql.number(
              c,
              "SELECT id FROM session WHERE ends_at <= now() ORDER BY starts_at DESC, id DESC"
                  + " LIMIT 1");
    }
    browser.open("/scheduling/sessions");
    assertEquals(soonest, rowIds().get(0), "opens on what comes first, not on September");
    assertTrue(!rowIds().contains(latestPast), "nothing over on the first tab");
    assertTrue(browser.text("#sessions\\:list").contains("Remplissage"));
    assertTrue(browser.text("#period").contains("Passées"));
    browser.screenshot("staff-08-sessions-upcoming-desktop");

    // Sorted by fill rate, fullest first (the second click sorts downwards).
    browser.click("#sessions\\:list thead th:nth-child(5)");
    browser.awaitAjax();
    browser.click("#sessions\\:list thead th:nth-child(5)");
    browser.awaitAjax();
    browser
        .waitFor()
        .until(
            d -> {
              java.util.List<Integer> f = fills();
              return f.size() > 1 && f.get(0) >= f.get(f.size() - 1) && f.get(0) > 0;
            });
    java.util.List<Integer> sorted = fills();
    for (int i = 1; i < sorted.size(); i++) {
      assertTrue(sorted.get(i - 1) >= sorted.get(i), "fullest first: " + sorted);
    }

    browser.clickAndWait("#period a[href$='period=past']");
    assertEquals(latestPast, rowIds().get(0), "the past tab starts with the latest");
    assertTrue(!rowIds().contains(soonest));
    browser.screenshot("staff-09-sessions-past-desktop");
    browser.phone();
    browser.open("/scheduling/sessions");
    Number width =
        (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    assertTrue(width.intValue() <= 0, "no sideways scrolling on a phone: " + width);
    browser.screenshot("staff-10-sessions-phone");
    browser.desktop();
  }
}
