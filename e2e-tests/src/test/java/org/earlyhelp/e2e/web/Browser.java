package org.earlyhelp.e2e.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's Chromium, headless, driven by its own ChromeDriver (no download at run time), with or without JavaScript.
 * With JavaScript on, every page visited through {@link #open} or {@link #submit} is checked with axe-core for WCAG
 * 2.2 A and AA; serious and critical violations are collected for the suite's one assertion.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** Pages axe checked and what it found, across every browser of the run. */
    static final List<String> CHECKED = new ArrayList<>();
    static final List<String> VIOLATIONS = new ArrayList<>();

    final WebDriver driver;
    final boolean javascript;
    private final String base;
    private final Path profile;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(String base, boolean javascript) throws IOException {
        this.base = base;
        this.javascript = javascript;
        this.profile = Files.createTempDirectory("earlyhelp-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Goes to a path of the gateway (or a full URL) and checks the page. */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        check();
        return this;
    }

    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser choose(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    /**
     * Clicks a button or link, waits for the page it leads to (every click of these journeys leads to a page: forms post
     * to the server, which answers with a page or a redirect) and checks it. Without the wait, a loaded machine lets the
     * next step read the page being left.
     */
    Browser click(By what) {
        clickAndWait(what);
        check();
        return this;
    }

    private void clickAndWait(By what) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(leaving));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            throw new AssertionError("Still on " + driver.getCurrentUrl() + " a minute after clicking " + what, stayed);
        }
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60)).until(
                page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
    }

    Browser submit() {
        return click(By.cssSelector("main form button[type=submit].govuk-button:not(.govuk-button--secondary)"));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        List<WebElement> main = driver.findElements(By.tagName("main"));
        if (main.isEmpty()) {
            String page = driver.getPageSource();
            throw new AssertionError("No <main> at " + driver.getCurrentUrl() + ": "
                    + page.substring(0, Math.min(page.length(), 2000)));
        }
        return main.get(0).getText();
    }

    /** Chooses an option of a select by its value. */
    Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Ticks (or chooses) every input the CSS selector finds. */
    Browser tick(String cssSelector) {
        List<WebElement> found = driver.findElements(By.cssSelector(cssSelector));
        assertThat(found).as("inputs %s", cssSelector).isNotEmpty();
        found.forEach(WebElement::click);
        return this;
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Signs in at Keycloak's own login page, as a person would. Keycloak's login page (the auth session behind it) may
     * expire while a loaded machine is slow to post it; then the person starts again, once, as a person would.
     */
    Browser signIn(String username) {
        if (driver.manage().getCookieNamed("q_session") != null) {
            driver.get(base + "/sign-out"); // whoever was signed in before (a test that failed half-way)
        }
        for (int attempt = 1; ; attempt++) {
            driver.get(base + "/sign-in");
            assertThat(driver.getCurrentUrl()).contains("/realms/early-help/protocol/openid-connect/auth");
            driver.findElement(By.id("username")).sendKeys(username);
            if (driver.findElements(By.id("password")).isEmpty()) {
                // With Organizations on, Keycloak asks for the username first (to find the person's organisation).
                clickAndWait(By.id("kc-login"));
            }
            driver.findElement(By.id("password")).sendKeys("demo-password");
            clickAndWait(By.id("kc-login"));
            if (driver.getCurrentUrl().startsWith(base) || attempt == 2) {
                break;
            }
            System.out.println("Sign-in of " + username + " stayed at Keycloak (" + keycloakMessage() + "); starting again");
        }
        assertThat(driver.getCurrentUrl()).as("signed in as %s, not at Keycloak: %s", username, keycloakMessage()).startsWith(base);
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).startsWith("Signed in as");
        check();
        return this;
    }

    private String keycloakMessage() {
        List<WebElement> messages = driver.findElements(By.cssSelector("#input-error, .kc-feedback-text, .pf-v5-c-alert__title, h1"));
        return messages.stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList().toString();
    }

    Browser signOut() {
        driver.get(base + "/sign-out");
        assertThat(heading()).isEqualTo("You have signed out");
        return this;
    }

    /** Width in CSS pixels; the window is a little wider for the scroll bar a headless window does not have. */
    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 1000));
    }

    boolean scrollsSideways() {
        Object wider = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        return Boolean.TRUE.equals(wider);
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Pages the browser without JavaScript showed (path and markup), for axe to check in a browser with JavaScript. */
    static final List<String[]> WITHOUT_SCRIPT = new ArrayList<>();

    /**
     * axe-core on the page now shown. axe runs in the page, so a browser without JavaScript keeps the page's markup, and
     * {@link #checkMarkup} checks it later in a browser with JavaScript.
     */
    void check() {
        if (!javascript) {
            synchronized (WITHOUT_SCRIPT) {
                WITHOUT_SCRIPT.add(new String[] {path(), driver.getPageSource()});
            }
            return;
        }
        analyze(path());
    }

    /**
     * Checks markup a browser without JavaScript was shown: written into a page of the same origin (so its stylesheets
     * load as they did there), then axe as for any page.
     */
    void checkMarkup(String path, String html) {
        driver.get(base + "/signed-out");
        ((JavascriptExecutor) driver).executeScript("document.open(); document.write(arguments[0]); document.close();", html);
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && !Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && [...document.styleSheets].length > 0"))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        analyze(path + " (without JavaScript)");
    }

    private void analyze(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        synchronized (CHECKED) {
            CHECKED.add(page);
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    VIOLATIONS.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
                }
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
