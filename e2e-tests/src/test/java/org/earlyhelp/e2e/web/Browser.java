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
    static final String SESSION = "q_session";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    /**
     * axe-core with the WCAG 2.2 A and AA rules only, reporting violations in detail (not the passes, which are most of a
     * result's bulk). Legacy mode runs {@code axe.run} in the page itself: the pages have no frames, and the newer mode
     * opens a blank tab and injects axe a second time for every page.
     */
    private static final com.deque.html.axecore.args.AxeRunOptions AXE_OPTIONS = new com.deque.html.axecore.args.AxeRunOptions();

    static {
        com.deque.html.axecore.args.AxeRunOnlyOptions only = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG);
        AXE_OPTIONS.setRunOnly(only);
        AXE_OPTIONS.setResultTypes(List.of("violations"));
    }

    /** Pages axe checked and what it found, across every browser of the run. */
    static final List<String> CHECKED = new ArrayList<>();
    static final List<String> VIOLATIONS = new ArrayList<>();
    /** Where the run's time went (milliseconds by kind), printed at the end so a slow run says why. */
    static final Map<String, Long> TIME = new java.util.concurrent.ConcurrentSkipListMap<>();

    static <T> T timed(String kind, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            TIME.merge(kind, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    static void timed(String kind, Runnable work) {
        timed(kind, () -> {
            work.run();
            return null;
        });
    }

    final WebDriver driver;
    final boolean javascript;
    private final String base;
    private final Path profile;
    /** Each person's web session (the sealed session cookie's value), kept while the browser serves someone else. */
    private final Map<String, String> sessions = new java.util.HashMap<>();
    private String signedIn;

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
        timed("page loads", () -> driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
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
        timed("page loads", () -> clickAndWait(what));
        check();
        return this;
    }

    private void clickAndWait(By what) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(page -> left(leaving));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            throw new AssertionError("Still on " + driver.getCurrentUrl() + " a minute after clicking " + what, stayed);
        }
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60)).until(
                page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
    }

    /**
     * Whether the page's old root element has left the document. Selenium's {@code stalenessOf} counts only a stale
     * element reference as gone; while the new page replaces the old, Chromium may instead answer that the node "does
     * not belong to the document", which is the same fact.
     */
    private static boolean left(WebElement root) {
        try {
            root.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
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
        if (!username.equals(signedIn)) {
            timed("sign-in", () -> {
                keepSession();
                if (!resume(username)) {
                    signInAtKeycloak(username);
                }
            });
            signedIn = username;
            check();
        }
        return this;
    }

    /**
     * The person's web session again, as a second browser tab of theirs would have it: their session cookie back in
     * place of whoever's was there, and the home page says they are signed in. False if they have none that still works.
     */
    private boolean resume(String username) {
        String session = sessions.get(username);
        if (session == null) {
            return false;
        }
        ((ChromeDriver) driver).executeCdpCommand("Network.setCookie", Map.of("name", SESSION, "value", session, "url", base + "/",
                "httpOnly", true, "sameSite", "Lax"));
        driver.get(base + "/");
        if (driver.getCurrentUrl().startsWith(base) && !driver.findElements(By.id("signed-in-as")).isEmpty()) {
            return true;
        }
        sessions.remove(username);
        return false;
    }

    /** Keeps the session of whoever is signed in now (its cookie may have been renewed since they signed in). */
    private void keepSession() {
        if (signedIn != null) {
            sessionCookie().ifPresent(session -> sessions.put(signedIn, session));
        }
        signedIn = null;
    }

    /**
     * The web session cookie's value, read through the DevTools protocol: ChromeDriver's own cookie reading needs
     * JavaScript, which one of the browsers has off.
     */
    @SuppressWarnings("unchecked")
    private java.util.Optional<String> sessionCookie() {
        Map<String, Object> answer = ((ChromeDriver) driver).executeCdpCommand("Network.getCookies", Map.of("urls", List.of(base + "/")));
        return ((List<Map<String, Object>>) answer.getOrDefault("cookies", List.of())).stream()
                .filter(cookie -> SESSION.equals(cookie.get("name"))).map(cookie -> String.valueOf(cookie.get("value"))).findFirst();
    }

    private void signInAtKeycloak(String username) {
        // Nobody's session, neither the web's nor Keycloak's single sign-on (which would sign the last person in again):
        // cookies of every port of this host go, the kept sessions stay kept.
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
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
        sessions.put(username, sessionCookie().orElseThrow(() -> new AssertionError("No " + SESSION + " cookie after signing in")));
    }

    private String keycloakMessage() {
        List<WebElement> messages = driver.findElements(By.cssSelector("#input-error, .kc-feedback-text, .pf-v5-c-alert__title, h1"));
        return messages.stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList().toString();
    }

    /** Signs in at Keycloak's login page even if the person has a session in this browser already. */
    Browser signInAfresh(String username) {
        keepSession();
        sessions.remove(username);
        return signIn(username);
    }

    /** Signs out whoever is signed in (their web and Keycloak sessions end); their kept session is forgotten. */
    Browser signOut() {
        if (signedIn != null) {
            sessions.remove(signedIn);
            signedIn = null;
        }
        timed("sign-out", () -> driver.get(base + "/sign-out"));
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
        Files.write(file, timed("screenshots", () -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
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
        if (!firstTime(path + " (without JavaScript)", "no-script:" + html)) {
            return;
        }
        timed("axe: pages without JavaScript rebuilt", () -> rebuild(html));
        runAxe(path + " (without JavaScript)");
    }

    private void rebuild(String html) {
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
    }

    /** Markup already checked, by the hash of its {@link #template}: the same template gets the same result, so axe runs once. */
    private static final java.util.Set<String> MARKUP_CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Pages whose markup was the same as a page's already checked. */
    static final List<String> SAME_AS_CHECKED = new ArrayList<>();
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The markup as axe judges it: every element, attribute and class as shown, with only what differs between two
     * families' pages of one template masked. CSRF tokens go; record ids are numbered in order of appearance (so which
     * element a label or a link points at is kept, and two ids that were equal stay equal); the words of a text become one
     * letter, while a blank text stays blank (an empty heading or link is still one); digits in attribute values (dates,
     * counts, references) become 0. Two pages of one template differ only in words and numbers, which no WCAG A or AA
     * rule of axe judges.
     */
    static String template(String html) {
        java.util.regex.Matcher ids = UUID.matcher(html.replaceAll("(name=\"csrf-token\" value=\")[^\"]*", "$1"));
        Map<String, String> numbered = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(out, numbered.computeIfAbsent(ids.group(), id -> "id-" + letters(numbered.size())));
        }
        ids.appendTail(out);
        String texts = out.toString().replaceAll(">[^<]*[^<\\s][^<]*<", ">T<");
        // Digits in attribute values only (texts are gone): h1 to h6 are what the heading rules read.
        java.util.regex.Matcher values = java.util.regex.Pattern.compile("=\"[^\"]*\"").matcher(texts);
        StringBuilder masked = new StringBuilder();
        while (values.find()) {
            values.appendReplacement(masked, java.util.regex.Matcher.quoteReplacement(values.group().replaceAll("[0-9]+", "0")));
        }
        values.appendTail(masked);
        return masked.toString();
    }

    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return letters.toString();
    }

    /** True if the markup's template is new (and is now remembered); false if a page of the same template was checked. */
    private static boolean firstTime(String page, String html) {
        String masked = template(html);
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(masked.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (MARKUP_CHECKED.add(hash)) {
            return true;
        }
        synchronized (CHECKED) {
            CHECKED.add(page);
            SAME_AS_CHECKED.add(page);
        }
        return false;
    }

    private void analyze(String page) {
        if (!firstTime(page, driver.getPageSource())) {
            return;
        }
        runAxe(page);
    }

    private void runAxe(String page) {
        Results results = timed("axe", () -> new AxeBuilder().withOptions(AXE_OPTIONS).setLegacyMode(true).disableIframeTesting()
                .analyze(driver));
        if (results.isErrored()) {
            throw new AssertionError("axe-core did not run on " + page + ": " + results.getErrorMessage());
        }
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
