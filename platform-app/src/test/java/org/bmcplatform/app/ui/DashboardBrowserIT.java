package org.bmcplatform.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Pattern;
import org.bmcplatform.app.PlatformApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Boots the app on the default virtual board and drives the dashboard (ui module, served from
 * META-INF/resources) in headless Chromium: live temperatures for all eight drives, then one
 * drive's detail page with its temperature chart and serial number.
 * Skipped when Debian's chromium or chromium-driver is not installed.
 */
@SpringBootTest(classes = PlatformApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * The eight NVMe drives, the M.2 boot drive (basic management), the HBA and the six drives behind it, and the two
     * NICs have a temperature.
     */
    private static final int WITH_TEMPERATURE_ON_DEFAULT_BOARD = 18;
    /** Those and the far ends of the host, platform-controller and debug links, which have no sensors. */
    private static final int COMPONENTS_ON_DEFAULT_BOARD = 21;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern CELSIUS = Pattern.compile("-?\\d+(\\.\\d+)?\\s*°C");
    private static final By ROWS = By.cssSelector("[data-testid='component-row']");
    private static final By TEMPERATURE = By.cssSelector("[data-testid='temperature']");

    @LocalServerPort
    private int port;

    @TempDir
    private Path profile;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void requireChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "needs " + CHROMIUM + " (apt-get install chromium)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "needs " + CHROMEDRIVER + " (apt-get install chromium-driver)");
    }

    @BeforeEach
    void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        // An explicit driver executable keeps Selenium Manager from looking for one on the network.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void dashboardShowsLiveTemperaturesOfAllDrivesAndADrivesDetailWithChart() {
        try {
            driver.get("http://localhost:" + port + "/");

            wait.withMessage("eighteen component rows (drives, HBA, NICs) with a numeric temperature")
                    .until(d -> rowsWithTemperature(d) >= WITH_TEMPERATURE_ON_DEFAULT_BOARD);
            wait.withMessage("a row for every component").until(d -> d.findElements(ROWS).size() == COMPONENTS_ON_DEFAULT_BOARD);
            assertThat(rowsWithTemperature(driver)).isEqualTo(WITH_TEMPERATURE_ON_DEFAULT_BOARD);
            assertThat(driver.findElements(By.cssSelector("[data-testid='component-row'] [data-testid='health-badge']")))
                    .hasSize(COMPONENTS_ON_DEFAULT_BOARD);

            // Rows are re-rendered when components change, so each lookup is retried on a stale element.
            String componentId = wait.until(d -> d.findElements(ROWS).stream()
                    .filter(r -> CELSIUS.matcher(r.findElement(TEMPERATURE).getText().trim()).matches())
                    .map(r -> r.getDomAttribute("data-component-id")).findFirst().orElse(null));
            By row = By.cssSelector("[data-testid='component-row'][data-component-id='" + componentId + "']");
            String serial = wait.until(d -> d.findElement(row).findElement(By.cssSelector("[data-testid='serial-number']")).getText().trim());
            assertThat(serial).isNotBlank().isNotEqualTo("—");

            wait.until(d -> {
                d.findElement(row).findElement(By.cssSelector("[data-testid='component-link']")).click();
                return true;
            });

            wait.withMessage("the detail page of " + componentId + " with its temperature chart")
                    .until(d -> d.getCurrentUrl().endsWith("#/components/" + componentId)
                            && !d.findElements(By.cssSelector("[data-testid='temperature-chart'] canvas")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("[data-testid='temperature-chart']")).isDisplayed()).isTrue();
            wait.withMessage("serial number " + serial + " on the detail page")
                    .until(d -> serial.equals(d.findElement(By.cssSelector("[data-testid='detail-serial-number']")).getText().trim()));
            assertThat(driver.findElements(By.cssSelector("[data-testid='error-banner'] [data-testid='error-title']"))).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            keepEvidence(e);
            throw e;
        }
    }

    private static long rowsWithTemperature(WebDriver d) {
        return d.findElements(ROWS).stream()
                .map(row -> row.findElement(TEMPERATURE).getText().trim())
                .filter(text -> CELSIUS.matcher(text).matches())
                .count();
    }

    /** Saves a screenshot and the DOM under target/dashboard-it so a failure on CI can be looked at. */
    private void keepEvidence(Throwable failure) {
        try {
            Path dir = Path.of("target", "dashboard-it");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve("dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("dashboard.html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
