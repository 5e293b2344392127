package org.dossier.app.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, both named by path so that Selenium
 * Manager never looks for (or downloads) a browser or driver. The flags keep Chromium off the
 * network, which this machine does not have: without them it hangs on background connections.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns at every start that it has no DevTools bindings for this Chromium; they are not used. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a browser with a fresh profile. Skips the test where Chromium is not installed, except
     * on CI ({@code CI} set), where {@code .ci/run} installs it and its absence is a failure.
     */
    static Browser start(int width, int height) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed "
                    + "(apt-get install -y chromium chromium-driver)");
        } else if (!installed) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        SELENIUM.setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("dossier-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    /** Opens {@code url} and waits until the page has drawn its view. */
    void open(String url) {
        driver.get(url);
        awaitView();
    }

    /** Waits until the page has drawn the view of its current address (or an error). */
    void awaitView() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.ready || null") != null);
    }

    /** What the page wrote to the browser's console since the last call (errors, CSP violations). */
    java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
