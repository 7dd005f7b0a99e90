package fr.relais;

import fr.relais.testing.AccessMatrix;
import fr.relais.testing.AccessMatrix.Row;
import fr.relais.testing.Accessibility;
import fr.relais.testing.Accessibility.Violation;
import fr.relais.testing.Browser;
import fr.relais.testing.TestEnvironment;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;

/**
 * WCAG 2.1 AA in the browser: every page of the access matrix (docs/security.md), for each role
 * that may open it, signed in as that role's demo account: axe-core finds no serious or critical
 * violation, and at 390 and 320 px (each page loaded at that width, as a phone would) nothing is
 * wider than the screen (WCAG 1.4.10). A few states besides: a form showing its errors, a
 * confirmation dialog open, the WHO-5 answer page. Every failure is collected, then all reported at
 * once.
 */
class AccessibilityBrowserIT {

  private static final String PASSWORD = "relais-demo-2026";
  private static final List<String> ROLES =
      List.of("visitor", "participant", "trainer", "coordinator", "admin", "contact");
  private static final Map<String, String> ACCOUNTS =
      Map.of(
          "participant",
          "participante@relais.test",
          "trainer",
          "formatrice@relais.test",
          "coordinator",
          "coordination@relais.test",
          "admin",
          "admin@relais.test",
          "contact",
          "etablissement@relais.test");
  private static final int[] PHONE_WIDTHS = {390, 320};

  @RegisterExtension static Browser browser = new Browser();

  private static final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> byRule = new LinkedHashMap<>();

  @BeforeAll
  static void samples() throws Exception {
    browser.open("/"); // the application (and its demo data) is up
    try (Connection c = TestEnvironment.get().connect(TestEnvironment.APP_DB)) {
      values.putAll(AccessMatrix.samples(c));
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void everyPageOfTheMatrixForEveryRoleMeetsWcag21AaAndFitsAPhone() throws Exception {
    long start = System.nanoTime();
    List<Row> pages =
        AccessMatrix.rows(ROLES.size()).stream().filter(r -> r.method().equals("PAGE")).toList();
    Set<String> lookedAtOnAPhone = new HashSet<>();
    int visits = 0;
    for (int i = 0; i < ROLES.size(); i++) {
      String role = ROLES.get(i);
      signInAs(role);
      List<String> paths = new ArrayList<>();
      for (Row row : pages) {
        if (row.expected().get(i).equals("ok")) {
          try {
            paths.add(AccessMatrix.fill(row.sample(), values));
          } catch (IllegalArgumentException noValue) {
            failures.add(row.sample() + ": " + noValue.getMessage() + " in AccessibilityBrowserIT");
          }
        }
      }
      browser.desktop();
      for (String path : paths) {
        if (load(path, role)) {
          axe(role + " " + path + " (desktop)");
          visits++;
        }
      }
      for (int width : PHONE_WIDTHS) {
        resize(width);
        for (String path : paths) {
          if (load(path, role)) {
            fits(role + " " + path + " at " + width + " px");
            // Once per page on a phone: the layout differs, the roles' menus hardly.
            if (width == 390 && lookedAtOnAPhone.add(path)) {
              axe(role + " " + path + " (390 px)");
            }
          }
        }
      }
    }
    visits += states();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.println(
        "AccessibilityBrowserIT: "
            + visits
            + " page states checked in "
            + took.toSeconds()
            + " s; serious/critical violations by rule: "
            + byRule);
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size() + " accessibility failures:\n" + String.join("\n", failures));
    }
  }

  /** A form showing its errors, a confirmation dialog, the WHO-5 answer page. */
  private int states() {
    browser.desktop();
    browser.deleteCookies();
    browser.open("/people/signup");
    browser.clickAndWait("#signup\\:submit");
    axe("visitor /people/signup with its errors");

    signInAs("participant");
    browser.open("/survey/mine");
    List<org.openqa.selenium.WebElement> answer = browser.all("a[href*='/survey/answer?i=']");
    if (answer.isEmpty()) {
      failures.add("participant /survey/mine: no questionnaire to answer (WHO-5 expected)");
    } else {
      browser.clickAndWait("a[href*='/survey/answer?i=']");
      axe("participant " + browser.path() + " (a questionnaire to answer)");
      resize(320);
      browser.open(browser.path());
      fits("participant " + browser.path() + " at 320 px");
      browser.desktop();
    }

    signInAs("coordinator");
    browser.open("/programme/activities");
    String delete = "button.ui-button-danger";
    if (browser.all(delete).isEmpty()) {
      failures.add("coordinator /programme/activities: no button opening a confirmation dialog");
    } else {
      browser.click(delete);
      browser.find(".ui-confirm-dialog");
      axe("coordinator /programme/activities with its confirmation dialog open");
      browser.click(".ui-confirm-dialog .ui-confirmdialog-no");
    }
    // The half-day switch shows on a session of two half-days.
    browser.open("/attendance/roster?id=" + values.get("twoHalfDays"));
    browser.find("#roster\\:halfDay");
    axe("coordinator /attendance/roster with its half-day switch");

    // A message banner (PrimeFaces' messages): sending the mail queue now says how many went.
    signInAs("admin");
    browser.open("/admin/operations");
    browser.click("#ops\\:sendNow");
    browser.awaitAjax();
    browser.find(
        "#messages .ui-messages-info, #messages .ui-messages-warn, #messages .ui-messages-error");
    axe("admin /admin/operations with a message banner");
    return 5;
  }

  private void signInAs(String role) {
    if ("visitor".equals(role)) {
      browser.deleteCookies();
    } else {
      browser.desktop();
      browser.signIn(ACCOUNTS.get(role), PASSWORD);
    }
  }

  private void resize(int width) {
    browser.driver().manage().window().setSize(new Dimension(width, 800));
  }

  /** Opens the page; a role sent to the sign-in page or an error instead is a failure too. */
  private boolean load(String path, String role) {
    browser.open(path);
    browser.awaitAjax();
    if (!"visitor".equals(role)
        && !path.startsWith("/people/signin")
        && browser.path().startsWith("/people/signin")) {
      failures.add(role + " " + path + ": sent to the sign-in page");
      return false;
    }
    return true;
  }

  private void axe(String what) {
    for (Violation v : Accessibility.violations(browser)) {
      failures.add(what + ": " + v);
      byRule.merge(v.rule(), v.nodes(), Integer::sum);
    }
  }

  private void fits(String what) {
    String why = Accessibility.overflow(browser);
    if (why != null) {
      failures.add(what + ": " + why);
      byRule.merge("reflow", 1, Integer::sum);
    }
  }
}
