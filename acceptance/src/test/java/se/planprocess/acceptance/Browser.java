package se.planprocess.acceptance;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium through its own chromedriver, with explicit paths (so Selenium never tries to download
 * a browser). Without Chromium the browser tests are skipped with a loud message; CI installs it.
 */
public final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("planprocess.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("planprocess.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static void assumeAvailable() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            System.err.println("\n*************************************************************************\n"
                    + "*  BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing.\n"
                    + "*  Install them with: apt-get install -y chromium chromium-driver\n"
                    + "*************************************************************************\n");
        }
        Assumptions.assumeTrue(available, "Chromium and chromedriver are not installed");
    }

    public static WebDriver open(String language) {
        assumeAvailable();
        try {
            Path profile = Files.createTempDirectory("planprocess-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                    "--lang=" + language, "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path screenshot(WebDriver driver, String name) {
        Path dir = Path.of(System.getProperty("planprocess.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
