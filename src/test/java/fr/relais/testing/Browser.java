package fr.relais.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) driving the running Relais, with
 * helpers that read the page as a person would. One browser per test class; register it with
 * {@code @RegisterExtension static Browser browser = new Browser();}.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  private static final String CHROMIUM = System.getProperty("relais.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("relais.chromedriver", "/usr/bin/chromedriver");

  private WebDriver driver;
  private String base;
  private Path profile;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    base = RunningRelais.baseUrl();
    Path target = TestEnvironment.get().target();
    profile =
        Files.createTempDirectory(Files.createDirectories(target.resolve("tmp")), "chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=fr-FR",
        "--user-data-dir=" + profile);
    // The console is read after each test: a script the Content-Security-Policy blocked fails it.
    options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    // A page or script that never answers fails the test instead of hanging the build.
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    desktop();
  }

  /** Fails the test if the page logged a Content-Security-Policy violation: a feature broke. */
  @Override
  public void afterEach(ExtensionContext context) {
    List<String> violations =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    if (!violations.isEmpty()) {
      throw new AssertionError("blocked by the Content-Security-Policy: " + violations);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(code, arguments);
  }

  public void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  public void phone() {
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  /** Opens a path of the application, e.g. "/catalog/session?id=3". */
  public void open(String path) {
    driver.get(base + path);
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  public WebElement find(String css) {
    return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Finds and reads in one wait: an ajax update may replace the element in between, and
   * chromedriver then reports the vanished node as a stale element or as an unknown error.
   */
  public String text(String css) {
    return waitFor()
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              WebElement element = d.findElement(By.cssSelector(css));
              return element.isDisplayed() ? element.getText() : null;
            });
  }

  public String heading() {
    return text("h1");
  }

  /** The visible text of the whole page's main region. */
  public String mainText() {
    return text("main");
  }

  public void type(String css, String value) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(value);
  }

  /** Sets a date, time or other input's value as the browser would submit it (ISO form). */
  public void setValue(String css, String value) {
    WebElement field = find(css);
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            value);
  }

  /** Ticks (or unticks) the checkbox or radio whose label contains the text, inside a container. */
  public void tick(String containerCss, String labelText, boolean ticked) {
    WebElement label =
        find(containerCss)
            .findElement(
                By.xpath(
                    ".//label[contains(normalize-space(.), " + xpathLiteral(labelText) + ")]"));
    WebElement box = driver.findElement(By.id(label.getAttribute("for")));
    if (box.isSelected() != ticked) {
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block:'center'})", box);
      box.click();
    }
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }

  public void choose(String css, String visibleText) {
    new Select(find(css)).selectByVisibleText(visibleText);
  }

  public void click(String css) {
    WebElement element =
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    element.click();
  }

  /** Clicks and waits for the next page to load (a new document replaces the current one). */
  public void clickAndWait(String css) {
    // A mark on the old window object, not an element handle: chromedriver may report a
    // vanished node as an unknown error instead of a stale element.
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.relaisOldPage = true;");
    click(css);
    waitFor().until(d -> newPageLoaded());
  }

  private boolean newPageLoaded() {
    try {
      return Boolean.TRUE.equals(
          ((JavascriptExecutor) driver)
              .executeScript("return !window.relaisOldPage && document.readyState === 'complete'"));
    } catch (WebDriverException navigating) {
      return false; // the old document went away while the script ran
    }
  }

  /** Waits until PrimeFaces has no ajax request in flight. */
  public void awaitAjax() {
    waitFor()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
  }

  public WebDriverWait waitFor() {
    return waitFor(Duration.ofSeconds(15));
  }

  /** A longer wait, for what runs in the background (the annual report) on a loaded machine. */
  public WebDriverWait waitFor(Duration atMost) {
    WebDriverWait wait = new WebDriverWait(driver, atMost);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Saves what the browser shows as target/screenshots/NAME.png and returns its path. */
  public Path screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(TestEnvironment.get().target().resolve("screenshots"));
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path destination = dir.resolve(name + ".png");
    Files.copy(shot.toPath(), destination, StandardCopyOption.REPLACE_EXISTING);
    return destination;
  }

  /** Signs in through the sign-in page, leaving whoever was signed in before. */
  public void signIn(String email, String password) {
    deleteCookies();
    open("/people/signin");
    type("#signin\\:email", email);
    type("#signin\\:password", password);
    clickAndWait("#signin\\:submit");
  }

  public void deleteCookies() {
    driver.manage().deleteAllCookies();
  }
}
