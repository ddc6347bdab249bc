package jp.tokyo.mcc.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium on console pages at a phone's width (390 px, as a phone: the page's viewport meta
 * applies) or a desk's, in a time zone far from Tokyo, with two checks for any page: nothing scrolls sideways, and
 * axe-core (the vendored webjar, injected into the page) finds no serious or critical accessibility violation.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final int PHONE_WIDTH = 390;
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    final ChromeDriver driver;
    private final Path profile;
    private final int port;

    private ConsoleBrowser(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
    }

    static ConsoleBrowser phone(int port) throws IOException {
        ConsoleBrowser browser = start(port, 1000, 900);
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                "height", 844, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    static ConsoleBrowser desk(int port) throws IOException {
        return start(port, 1400, 1000);
    }

    private static ConsoleBrowser start(int port, int width, int height) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed");
        Path profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // the browser lives far from Tokyo: times on the pages must still be Japan's
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Los_Angeles"));
        return new ConsoleBrowser(driver, profile, port);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    void login(String username, String password) {
        open("/console/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(10).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The element's text, read in one script call (null when it is not on the page). */
    String textOf(String css) {
        return (String) script("var e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
    }

    boolean present(String css) {
        return (Boolean) script("return document.querySelector(arguments[0]) !== null;", css);
    }

    void waitForText(String css, String text) {
        waitUpTo(10).until(d -> {
            String shown = textOf(css);
            return shown != null && shown.contains(text);
        });
    }

    WebDriverWait waitUpTo(int seconds) {
        // three times as long on a loaded CI machine: a wait ends as soon as its condition holds
        return new WebDriverWait(driver, Duration.ofSeconds(seconds * 3L));
    }

    /** How much wider than the viewport the document is (0: nothing scrolls sideways), and the viewport's width. */
    long[] overflow() {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) script("return [document.documentElement.scrollWidth, "
                + "document.body.scrollWidth, window.innerWidth];");
        long widest = Math.max(widths.get(0).longValue(), widths.get(1).longValue());
        return new long[] {Math.max(0, widest - widths.get(2).longValue()), widths.get(2).longValue()};
    }

    /** The elements that stick out to the right of the viewport, for a readable failure. */
    @SuppressWarnings("unchecked")
    List<String> widerThanViewport() {
        return (List<String>) script("var out = []; document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect(); if (r.right > window.innerWidth + 1) {"
                + " out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                + " ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(r.right)); } });"
                + " return out.slice(0, 15);");
    }

    /** axe-core's serious and critical violations on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations() throws IOException {
        if (!(Boolean) script("return typeof window.axe !== 'undefined';")) {
            script(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + " done(JSON.stringify(r.violations.filter(function (v) {"
                        + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                        + "  return v.impact + ' ' + v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(function (n) {"
                        + "   return n.target.join(' '); }).join(' | '); }))); })"
                        + ".catch(function (e) { done(JSON.stringify(['axe failed: ' + e])); });");
        List<String> lines = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)) {
            lines.add(n.asText());
        }
        return lines;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = ConsoleBrowser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar is not on the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }
}
