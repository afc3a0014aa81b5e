package org.bmcplatform.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console against the real platform: starts {@code platform-app}'s jar on a free port with an
 * in-memory database and the virtual default board, waits until its 8 drives are listed with
 * serial numbers, then runs the console jar one-shot per command and checks exit codes and output.
 * The platform jar is built earlier in the same reactor run (platform-app precedes admin-console).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminConsoleIT {

    /** The NVMe drives with an MI endpoint (the M.2 boot drive, read with basic management, has none). */
    private static final int DRIVES = 8;
    /** The M.2 boot drive's serial number (default-2u.yaml, boot0). */
    private static final String BOOT_DRIVE_SERIAL = "23143C4F8E21";
    /** The NVMe drives, the M.2 boot drive (basic management), the storage HBA and its 6 drives, the 2 NICs, the far ends of the host, platform-controller and debug links. */
    private static final int COMPONENTS = 21;
    /** Those with an MCTP endpoint of their own (not the drives behind the HBA). */
    private static final int ENDPOINTS = 14;
    private static final Duration PLATFORM_READY = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process platform;
    private Path platformLog;
    private String url;
    private List<JsonNode> components;

    @BeforeAll
    void startPlatform() throws Exception {
        Path jar = Paths.get(System.getProperty("platform.jar", "../platform-app/target/platform-app-0.1.0-SNAPSHOT.jar"));
        assumeTrue(Files.exists(jar), "platform-app jar not built (" + jar + "): run the whole reactor, `./mvnw verify`");
        int port = freePort();
        url = "http://127.0.0.1:" + port;
        Path work = Files.createTempDirectory(ConsoleProcess.workDirectory(), "platform-");
        platformLog = work.resolve("platform.log");
        platform = new ProcessBuilder(ConsoleProcess.java(), "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:console-it",
                "--bmc.data-dir=" + work.resolve("data"))
                .redirectErrorStream(true)
                .redirectOutput(platformLog.toFile())
                .start();
        components = awaitDrivesWithSerialNumbers();
    }

    @AfterAll
    void stopPlatform() throws InterruptedException {
        if (platform != null) {
            platform.destroy();
            if (!platform.waitFor(15, TimeUnit.SECONDS)) {
                platform.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void componentsListsTheEightDrivesWithSerialNumbers() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "components");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (JsonNode c : components) {
            assertThat(r.out()).as(r.toString()).contains(c.path("assets").path("serialNumber").asString());
        }
        assertThat(r.out()).contains(COMPONENTS + " components").contains("SERIAL").contains(BOOT_DRIVE_SERIAL);
    }

    @Test
    void componentShowsOneDriveWithItsAssets() throws Exception {
        JsonNode first = components.get(0);
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "component", first.path("id").asString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Id:").contains("Serial number:")
                .contains(first.path("assets").path("serialNumber").asString());
    }

    @Test
    void readingsShowsTheWindowOfOneDrive() throws Exception {
        String id = components.get(0).path("id").asString();
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "readings", id, "--sensor", "temperature",
                "--from", "-15m");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Component " + id + ", ");
    }

    @Test
    void componentsOfOneClassListOnlyThatClass() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "components", "--class", "nic");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).contains("nic0").contains("nic1").doesNotContain("DRIVE").doesNotContain("HBA")
                .containsPattern("(?m)^\\d+ components?$");
    }

    @Test
    void anUnknownClassSaysWhichClassesExistAndExitsWithUsageError() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "components", "--class", "ssd");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'ssd' is not a component class: give one of DRIVE, NIC, HBA, UNKNOWN");
    }

    @Test
    void anHbaListsItsDrivesAndADriveBehindItNamesItsHbaAndSlot() throws Exception {
        String hbaId = awaitList("/api/components?class=HBA", list -> list.size() == 1).get(0).path("id").asString();
        List<JsonNode> drives = awaitList("/api/components?parent=" + hbaId, list -> list.size() == 6);

        ConsoleProcess.Result hba = ConsoleProcess.run("--bmc.url=" + url, "component", hbaId);

        assertThat(hba.exitCode()).as(hba.toString()).isZero();
        assertThat(hba.out()).as(hba.toString()).contains("Drives:").containsPattern("(?m)^ +\\d+ +drive1 +hba0-drive1 ")
                .containsPattern("(?m)^  6 drives$");
        for (JsonNode d : drives) {
            assertThat(hba.out()).contains(d.path("assets").path("serialNumber").asString("?"));
        }
        ConsoleProcess.Result drive = ConsoleProcess.run("--bmc.url=" + url, "component", drives.get(0).path("id").asString());
        assertThat(drive.exitCode()).as(drive.toString()).isZero();
        assertThat(drive.out()).as(drive.toString()).containsPattern("(?m)^Behind: +hba hba0 \\(component " + hbaId + ", .*\\), slot drive\\d$");
    }

    @Test
    void aNicShowsItsPortsAndAPortsLinkHistory() throws Exception {
        String nicId = awaitList("/api/components?class=NIC", list -> list.size() == 2
                && list.stream().allMatch(n -> n.path("ports").size() == 2)).get(0).path("id").asString();

        ConsoleProcess.Result nic = ConsoleProcess.run("--bmc.url=" + url, "component", nicId);

        assertThat(nic.exitCode()).as(nic.toString()).isZero();
        assertThat(nic.out()).as(nic.toString()).contains("Ports:").containsPattern("(?m)^ +0 +(UP|DOWN|UNKNOWN) ")
                .contains("`port history " + nicId + " <port>`");
        ConsoleProcess.Result history = ConsoleProcess.run("--bmc.url=" + url, "port", "history", nicId, "0");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).as(history.toString()).startsWith("Component " + nicId + " port 0, newest first\n")
                .containsPattern("(?m)^\\S+Z +(UP|DOWN|UNKNOWN) .*\\(current\\)$").containsPattern("(?m)^\\d+ changes?$");
        ConsoleProcess.Result noPort = ConsoleProcess.run("--bmc.url=" + url, "port", "history", nicId, "9");
        assertThat(noPort.exitCode()).as(noPort.toString()).isEqualTo(1);
        assertThat(noPort.err()).contains("has no port 9");
    }

    @Test
    void endpointsListsAnEndpointPerDrive() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "endpoints");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("EID").contains("UUID");
        for (JsonNode c : components) {
            assertThat(r.out()).contains(c.path("uuid").asString());
        }
    }

    @Test
    void discoverRescansAndReportsTheDrives() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "discover");

        // the drives are known already, so each answers the rescan and none is new
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).containsPattern("(?m)^Endpoints:\\s+" + ENDPOINTS + "$")
                .containsPattern("(?m)^New endpoints:\\s+0$").containsPattern("(?m)^Components:\\s+\\d+$")
                .containsPattern("(?m)^Duration:\\s+\\d+ ms$");
    }

    @Test
    void nonNumericIdSaysWhatAnIdIsAndExitsWithUsageError() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "component", "nvme0");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'nvme0' is not a component id").contains("`components`");
    }

    @Test
    void unknownIdShowsTheServersProblemAndExitsNonZero() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "component", "999999");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void interfaceDownAndUpChangeTheAdministrativeStateThePlatformReports() throws Exception {
        try {
            ConsoleProcess.Result down = ConsoleProcess.run("--bmc.url=" + url, "interface", "down", "smbus1");

            assertThat(down.exitCode()).as(down.toString()).isZero();
            assertThat(down.out()).contains("smbus1 is down").contains("`interface up smbus1`");
            ConsoleProcess.Result list = ConsoleProcess.run("--bmc.url=" + url, "interfaces");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            assertThat(list.out()).containsPattern("(?m)^smbus1 .* no +up ").containsPattern("(?m)^smbus0 .* yes +up ")
                    .contains("LINK");
            ConsoleProcess.Result one = ConsoleProcess.run("--bmc.url=" + url, "interface", "smbus1");
            assertThat(one.out()).as(one.toString()).containsPattern("(?m)^Up: +no ");
        } finally {
            ConsoleProcess.Result up = ConsoleProcess.run("--bmc.url=" + url, "interface", "up", "smbus1");
            assertThat(up.exitCode()).as(up.toString()).isZero();
            assertThat(up.out()).contains("smbus1 is up");
            components = awaitDrivesPresent();
        }
        ConsoleProcess.Result unknown = ConsoleProcess.run("--bmc.url=" + url, "interface", "down", "smbus9");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(1);
        assertThat(unknown.err()).contains("No interface 'smbus9'").contains("smbus0");
    }

    @Test
    void aCaptureStartedStoppedAndSavedFromTheConsoleDecodesOffline() throws Exception {
        ConsoleProcess.Result start = ConsoleProcess.run("--bmc.url=" + url, "capture", "start", "smbus0", "--seconds", "300");

        assertThat(start.exitCode()).as(start.toString()).isZero();
        java.util.regex.Matcher idLine = java.util.regex.Pattern.compile("(?m)^Id: +(\\S+)$").matcher(start.out());
        assertThat(idLine.find()).as(start.toString()).isTrue();
        String id = idLine.group(1);
        ConsoleProcess.Result again = ConsoleProcess.run("--bmc.url=" + url, "capture", "start", "smbus0");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(again.err()).contains("smbus0 is being captured already");
        awaitPackets(id, 10);

        ConsoleProcess.Result stop = ConsoleProcess.run("--bmc.url=" + url, "capture", "stop", "smbus0");

        assertThat(stop.exitCode()).as(stop.toString()).isZero();
        assertThat(stop.out()).contains("STOPPED (REQUESTED)").contains("capture get " + id);
        ConsoleProcess.Result list = ConsoleProcess.run("--bmc.url=" + url, "captures");
        assertThat(list.out()).as(list.toString()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(id) + " +smbus0 ");
        Path file = Files.createTempDirectory(ConsoleProcess.workDirectory(), "capture-").resolve("smbus0.pcapng");
        ConsoleProcess.Result get = ConsoleProcess.run("--bmc.url=" + url, "capture", "get", id, "--output", file.toString());
        assertThat(get.exitCode()).as(get.toString()).isZero();
        assertThat(get.out()).contains("Saved capture " + id + " to " + file);

        ConsoleProcess.Result decoded = ConsoleProcess.run("decode", "pcap", file.toString());

        assertThat(decoded.exitCode()).as(decoded.toString()).isZero();
        assertThat(decoded.out()).contains("pcapng capture").containsPattern("(?m) smbus0 +out +0x")
                .containsPattern("(?m) smbus0 +in +0x").contains("records").doesNotContain("INVALID");
    }

    @Test
    void captureArgumentsAreCheckedBeforeAnythingIsSent() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "capture", "start", "smbus0", "--packets", "many");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--packets takes a whole number from 1");
    }

    @Test
    void simFaultShowsInSimFaultsUntilClearFaults() throws Exception {
        // mild enough (20 ms on every 4th reply) not to disturb the other tests on the same platform
        ConsoleProcess.Result added = ConsoleProcess.run("--bmc.url=" + url, "sim", "fault", "nvme5", "slow", "--delay-ms", "20",
                "--every", "4");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).as(added.toString()).startsWith("nvme5: seed ").contains("slow").contains("every 4").contains("20 ms");

        ConsoleProcess.Result shown = ConsoleProcess.run("--bmc.url=" + url, "sim", "faults", "nvme5");
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        assertThat(shown.out()).as(shown.toString()).contains("KIND").contains("slow").contains("1 fault");

        ConsoleProcess.Result cleared = ConsoleProcess.run("--bmc.url=" + url, "sim", "clear-faults", "nvme5");
        assertThat(cleared.exitCode()).as(cleared.toString()).isZero();
        assertThat(cleared.out()).as(cleared.toString()).contains("nvme5: no faults; add one with `sim fault nvme5 <kind>`");
    }

    @Test
    void simFaultWithAnUnknownKindSaysWhichKindsExistAndExitsWithUsageError() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "sim", "fault", "nvme5", "flaky");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'flaky' is not a fault kind: give one of silent, slow, corrupt, wrong-instance-id, truncated");
    }

    @Test
    void simFaultsOfAnUnknownComponentShowsTheServersProblem() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=" + url, "sim", "faults", "nvme99");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("No simulated component 'nvme99'");
    }

    @Test
    void closedPortSaysHowToStartThePlatform() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("--bmc.url=http://127.0.0.1:" + freePort(), "components");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("cannot reach the platform at http://127.0.0.1:").contains("--bmc.url");
    }

    private List<JsonNode> awaitDrivesWithSerialNumbers() throws Exception {
        long deadline = System.nanoTime() + PLATFORM_READY.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!platform.isAlive()) {
                throw new AssertionError("platform exited with " + platform.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/components"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    List<JsonNode> list = new ArrayList<>();
                    json.readTree(response.body()).forEach(list::add);
                    list.removeIf(c -> !"DRIVE".equals(c.path("componentClass").asString("")) || c.has("parentId")
                            || c.path("endpoint").isNull());
                    boolean allSerials = list.stream()
                            .allMatch(c -> !c.path("assets").path("serialNumber").asString("").isBlank());
                    if (list.size() == DRIVES && allSerials) {
                        return list;
                    }
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("platform did not list " + DRIVES + " drives with serial numbers within "
                + PLATFORM_READY.toSeconds() + " s; last answer: " + last + "\n" + logTail());
    }

    /** The JSON list at {@code path} once it satisfies {@code ready} (discovery of the HBA's drives and the NICs' ports). */
    private List<JsonNode> awaitList(String path, java.util.function.Predicate<List<JsonNode>> ready) throws Exception {
        long deadline = System.nanoTime() + PLATFORM_READY.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                List<JsonNode> list = new ArrayList<>();
                json.readTree(response.body()).forEach(list::add);
                if (ready.test(list)) {
                    return list;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " was not ready within " + PLATFORM_READY.toSeconds() + " s; last answer: " + last);
    }

    private void awaitPackets(String id, long packets) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/captures/" + id))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && json.readTree(response.body()).path("packets").asLong() >= packets) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("capture " + id + " did not reach " + packets + " packets; last answer: " + last);
    }

    /** After an interface was down: every drive PRESENT again (the poller re-probes absent ones). */
    private List<JsonNode> awaitDrivesPresent() throws Exception {
        long deadline = System.nanoTime() + PLATFORM_READY.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/components"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                List<JsonNode> list = new ArrayList<>();
                json.readTree(response.body()).forEach(list::add);
                list.removeIf(c -> !"DRIVE".equals(c.path("componentClass").asString("")) || c.has("parentId")
                            || c.path("endpoint").isNull());
                if (list.size() == DRIVES && list.stream().allMatch(c -> "PRESENT".equals(c.path("state").asString("")))) {
                    return list;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the drives did not all come back within " + PLATFORM_READY.toSeconds() + " s; last: " + last);
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(platformLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no platform log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
