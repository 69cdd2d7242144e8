package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving Kehu CRM like a user: Debian's chromium and chromium-driver. Where they are
 * missing the browser tests are skipped, except on CI (CI=true), where that is a failure.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE = System.getProperty("kehu.url", "http://localhost:8080/crm/");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        // An upper bound, not a measure: on a busy two-core machine (CI runs three suites side by side) a page that
        // starts a job, such as the churn check, may take longer than 20 seconds to show its result.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // Ajax updates replace elements while a condition reads them: read again.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser open() {
        return open(null);
    }

    /** A browser that saves downloads, without asking, into {@code downloads} (when not null). */
    public static Browser open(Path downloads) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            String why = "Chromium or chromedriver not found at " + CHROMIUM + " / " + DRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=zh-CN", "--window-size=1366,768");
        // the console, to find Content-Security-Policy violations (cspViolations)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String path) {
        driver.get(BASE + path);
    }

    public void login(String username, String password) {
        get("login.xhtml");
        submitLogin(username, password);
    }

    /** Fills the login form already on screen. */
    public void submitLogin(String username, String password) {
        type("login:username", username);
        type("login:password", password);
        WebElement submit = waitFor(By.id("login:submit"));
        submit.click();
        // A full page load follows (the next page, or the login page again with its message).
        waitUntilGone(submit);
        waitFor(By.tagName("body"));
    }

    /** Waits until {@code element} left the document: the page it was on has been replaced. */
    private void waitUntilGone(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // stale, or Chromium's "node does not belong to the document" while the next page loads
                return true;
            }
        });
    }

    public void logout() {
        WebElement logout = waitFor(By.id("topbarForm:logout"));
        logout.click();
        waitUntilGone(logout);
        waitFor(By.id("login:username"));
    }

    public void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
        wait.until(d -> text.equals(d.findElement(By.id(id)).getDomProperty("value")));
    }

    /** Clicks the element, first scrolled to the middle of the window: at the top, the fixed top bar would get the click. */
    public void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /** Chooses {@code value} in a PrimeFaces select menu, as a click on the option would (change events included). */
    public void select(String id, String value) {
        waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.triggerChange();", id, value);
        waitForAjax();
    }

    /** Waits for a message (next to a field or in a message area) that contains {@code text}. */
    public void waitForMessage(String text) {
        wait.until(d -> d.findElements(By.cssSelector(".ui-message, .ui-messages")).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits for PrimeFaces' ajax queue to be empty. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public String title() {
        return waitFor(By.id("pageTitle")).getText();
    }

    /** The side menu's items, top to bottom. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector(".layout-sidebar .ui-menuitem-text")).stream()
                .map(WebElement::getText).toList();
    }

    /** The texts of the messages on screen. */
    public String messages() {
        return String.join(" | ", driver.findElements(By.cssSelector(".ui-messages, .ui-message, .ui-growl"))
                .stream().map(WebElement::getText).toList());
    }

    /**
     * The Content-Security-Policy violations Chromium reported on its console since the last call (a blocked inline
     * script or handler, eval, a resource from elsewhere): the page needs something the policy forbids.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    public void screenshot(String name) {
        String dir = System.getProperty("kehu.screenshots", "target/screenshots");
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
