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
 * drive's detail page with its temperature chart and serial number; the interfaces with their link state;
 * the inventory filtered to HBAs with the drives nested under the HBA, a drive's page naming its HBA and slot,
 * the HBA's page listing its drives; a NIC's page with its ports and a port's link history.
 * One browser session for all of it, to keep the test short.
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
    private static final String TEMPERATURE_CHART = "[data-testid='sensor-chart'][data-sensor='temperature']";

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
                            && !d.findElements(By.cssSelector(TEMPERATURE_CHART + " canvas")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(TEMPERATURE_CHART)).isDisplayed()).isTrue();
            wait.withMessage("serial number " + serial + " on the detail page")
                    .until(d -> serial.equals(d.findElement(By.cssSelector("[data-testid='detail-serial-number']")).getText().trim()));
            assertThat(driver.findElements(By.cssSelector("[data-testid='error-banner'] [data-testid='error-title']"))).isEmpty();

            interfacesShowAdministrativeAndLinkState();
            hbaIsListedWithItsDrivesNestedAndEachLinksTheOther();
            nicPageShowsItsPortsWithLinkAndAPortsHistory();
            assertThat(driver.findElements(By.cssSelector("[data-testid='error-banner'] [data-testid='error-title']"))).isEmpty();
        } catch (RuntimeException | AssertionError e) {
            keepEvidence(e);
            throw e;
        }
    }

    private void interfacesShowAdministrativeAndLinkState() {
        driver.get("http://localhost:" + port + "/#/");
        By smbus0 = By.cssSelector("[data-testid='interface-row'][data-interface='smbus0']");
        wait.withMessage("smbus0 administratively up with its link up and traffic counted")
                .until(d -> !d.findElements(smbus0).isEmpty()
                        && "true".equals(d.findElement(smbus0).getDomAttribute("data-link-up"))
                        && d.findElement(smbus0).findElement(By.cssSelector("[data-testid='packets']")).getText().matches("[1-9][\\d,]* / [1-9][\\d,]*"));
        assertThat(driver.findElement(smbus0).findElement(By.cssSelector("[data-testid='admin-state']")).getText()).isEqualTo("UP");
        assertThat(driver.findElement(smbus0).findElement(By.cssSelector("[data-testid='link-state']")).getText()).isEqualTo("LINK UP");
    }

    private void hbaIsListedWithItsDrivesNestedAndEachLinksTheOther() {
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-testid='class-filter'][data-class='HBA']")).click();
            return true;
        });
        By hbaRow = By.cssSelector("[data-testid='inventory-group'][data-class='HBA'] [data-testid='component-row'][data-depth='0']");
        wait.withMessage("the inventory filtered to HBAs (#/?class=hba), the HBA with its six drives nested under it")
                .until(d -> d.getCurrentUrl().endsWith("#/?class=hba") && !d.findElements(hbaRow).isEmpty()
                        && d.findElements(By.cssSelector("[data-testid='component-row'][data-parent-id='"
                                + d.findElement(hbaRow).getDomAttribute("data-component-id") + "'][data-depth='1']")).size() == 6);
        assertThat(driver.findElements(By.cssSelector("[data-testid='inventory-group']"))).hasSize(1);
        String hbaId = driver.findElement(hbaRow).getDomAttribute("data-component-id");
        assertThat(driver.findElement(hbaRow).findElement(By.cssSelector("[data-testid='drive-count']")).getText()).isEqualTo("6 drives");
        By firstDrive = By.cssSelector("[data-testid='component-row'][data-parent-id='" + hbaId + "'][data-depth='1'] [data-testid='component-link']");
        String slot = wait.until(d -> d.findElement(firstDrive).getText().trim());
        assertThat(slot).as("the drive's slot on the HBA").isEqualTo("drive1");

        wait.until(d -> {
            d.findElement(firstDrive).click();
            return true;
        });
        wait.withMessage("the drive's page naming its HBA and its slot")
                .until(d -> !d.findElements(By.cssSelector("[data-testid='parent-link']")).isEmpty()
                        && slot.equals(d.findElement(By.cssSelector("[data-testid='parent-slot']")).getText().trim()));
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-testid='parent-link']")).click();
            return true;
        });
        wait.withMessage("the HBA's page listing its six drives with temperatures")
                .until(d -> d.getCurrentUrl().endsWith("#/components/" + hbaId)
                        && d.findElements(By.cssSelector("[data-testid='hba-drive-row']")).size() == 6
                        && d.findElements(By.cssSelector("[data-testid='hba-drive-row'] [data-testid='temperature']")).stream()
                                .allMatch(t -> CELSIUS.matcher(t.getText().trim()).matches()));
    }

    private void nicPageShowsItsPortsWithLinkAndAPortsHistory() {
        driver.get("http://localhost:" + port + "/#/?class=nic");
        By nicLink = By.cssSelector("[data-testid='inventory-group'][data-class='NIC'] [data-testid='component-row'] [data-testid='component-link']");
        wait.withMessage("the NICs with their ports up").until(d -> !d.findElements(By.cssSelector("[data-testid='ports-up'][data-total='2']")).isEmpty());
        wait.until(d -> {
            d.findElement(nicLink).click();
            return true;
        });
        By portRows = By.cssSelector("[data-testid='ports'] [data-testid='port-row']");
        wait.withMessage("the NIC's page with two ports, each with its link state")
                .until(d -> d.findElements(portRows).size() == 2);
        wait.until(d -> d.findElements(portRows).stream().allMatch(r -> {
            String link = r.getDomAttribute("data-link");
            return ("UP".equals(link) || "DOWN".equals(link) || "UNKNOWN".equals(link))
                    && link.equals(r.findElement(By.cssSelector("[data-testid='port-link']")).getText().trim());
        }));
        wait.withMessage("port 0's link history, its current state last changed to what the table shows")
                .until(d -> !d.findElements(By.cssSelector("[data-testid='port-history'][data-port='0'] [data-testid='port-history-entry']")).isEmpty());
        wait.until(d -> {
            d.findElement(By.cssSelector("[data-testid='port-row'][data-port='1'] [data-testid='port-link-history']")).click();
            return true;
        });
        wait.withMessage("port 1's history after picking it (#/components/{id}?port=1)")
                .until(d -> d.getCurrentUrl().endsWith("?port=1")
                        && !d.findElements(By.cssSelector("[data-testid='port-history'][data-port='1'] [data-testid='port-history-entry']")).isEmpty());
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
