package org.bmcplatform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;
import static org.bmcplatform.app.RestApi.object;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Boots the platform on the default virtual board (8 NVMe drives on two SMBus segments and a basic-management boot
 * drive, a PLDM storage HBA on a third; host firmware over astlpc, a platform controller over PCC and a debug MCU
 * over serial) and drives it through REST. The NICs have their own test, NicsIT, on the same running platform.
 */
@PlatformOnDefaultBoard
class PlatformIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);
    /**
     * 8 NVMe drives, the M.2 boot drive read with the Basic Management Command, the HBA and its 6 drives, 2 NICs,
     * the far ends of the three point-to-point links.
     */
    private static final int COMPONENTS = 21;
    /** Components with an MCTP endpoint of their own (not the drives behind the HBA). */
    private static final int ENDPOINTS = 14;

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    @Test
    void discoversAllEightDrivesWithSerialNumbersAndFreshTemperatures() {
        await().atMost(DISCOVERY).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> components = drives();
            assertThat(components).hasSize(8);
            Instant now = Instant.now();
            for (Map<String, Object> c : components) {
                assertThat(c.get("componentClass")).isEqualTo("DRIVE");
                assertThat(c.get("state")).isEqualTo("PRESENT");
                assertThat((String) object(c.get("assets")).get("serialNumber")).isNotBlank();
                Map<String, Object> health = object(c.get("health"));
                assertThat(health.get("temperatureCelsius")).isInstanceOf(Number.class);
                assertThat(Instant.parse((String) health.get("readAt"))).isAfter(now.minusSeconds(5));
            }
        });
        List<Map<String, Object>> components = drives();
        assertThat(components).extracting(c -> object(c.get("location")).get("slot"))
                .containsExactlyInAnyOrder("Bay 0", "Bay 1", "Bay 2", "Bay 3", "Bay 4", "Bay 5", "Bay 6", "Bay 7");
        assertThat(components).extracting(c -> object(c.get("assets")).get("serialNumber")).doesNotHaveDuplicates();
        for (Map<String, Object> c : components) {
            assertThat(object(c.get("assets"))).containsKeys("model", "firmwareRevision", "manufacturer", "partNumber");
        }
        // the ACME drive refuses Identify with a non-zero controller id: its profile's quirk sends 0
        Map<String, Object> acme = components.stream()
                .filter(c -> "Bay 6".equals(object(c.get("location")).get("slot"))).findFirst().orElseThrow();
        assertThat(acme.get("profile")).isEqualTo("nvme/acme-ssd");
        assertThat(object(acme.get("assets"))).containsEntry("model", "ACME DC1500 3.84TB")
                .containsEntry("firmwareRevision", "1.4.2");
        // the Globex drive reports its temperature only in the Controller Health Status Poll, in Kelvin
        Map<String, Object> globex = components.stream()
                .filter(c -> "Bay 7".equals(object(c.get("location")).get("slot"))).findFirst().orElseThrow();
        assertThat(globex.get("profile")).isEqualTo("nvme/globex-gx7");
        assertThat(((Number) object(globex.get("health")).get("temperatureCelsius")).doubleValue()).isBetween(20.0, 90.0);
    }

    @Test
    void theM2BootDriveIsReadWithTheBasicManagementCommand() {
        await().atMost(DISCOVERY).untilAsserted(() -> {
            Map<String, Object> boot = byName("boot0");
            assertThat(boot).isNotNull().containsEntry("profile", "nvme/basic-management").containsEntry("endpoint", null);
            assertThat(object(boot.get("location"))).containsEntry("bus", "smbus1").containsEntry("address", 0x6a);
            assertThat(object(boot.get("assets"))).containsEntry("serialNumber", "23143C4F8E21").containsEntry("vendorId", "0x1344");
            assertThat(object(boot.get("health")).get("temperatureCelsius")).isInstanceOf(Number.class);
        });
    }

    @Test
    void listsEveryEndpointWithItsEidAndUuid() {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/endpoints")).hasSize(ENDPOINTS));
        List<Map<String, Object>> endpoints = api.list("/api/endpoints");
        for (Map<String, Object> e : endpoints) {
            assertThat(((Number) e.get("eid")).intValue()).isBetween(9, 254);
            assertThat((String) e.get("uuid")).hasSize(36);
            assertThat(e.get("network")).isEqualTo(1);
            assertThat(array(e.get("messageTypes"))).contains("control");
        }
        assertThat(endpoints).filteredOn(e -> List.of("smbus0", "smbus1").contains(e.get("interface")))
                .hasSize(8).allSatisfy(e -> assertThat(array(e.get("messageTypes"))).contains("nvme-mi"));
        assertThat(endpoints).extracting(e -> e.get("eid")).doesNotHaveDuplicates();
    }

    @Test
    void aComponentShowsItsSensorsAndItsReadingHistory() {
        String id = firstDriveId();
        await().atMost(DISCOVERY).untilAsserted(() -> {
            Map<String, Object> page = api.get("/api/components/" + id + "/readings?sensor=temperature");
            assertThat(array(page.get("readings"))).hasSizeGreaterThanOrEqualTo(3);
        });
        Map<String, Object> page = api.get("/api/components/" + id + "/readings");
        assertThat(page.get("componentId")).isEqualTo(id);
        List<Object> readings = array(page.get("readings"));
        Map<String, Object> first = object(readings.get(0));
        assertThat(first).containsKeys("sensor", "value", "unit", "at");
        List<Instant> times = readings.stream().map(r -> Instant.parse((String) object(r).get("at"))).toList();
        assertThat(times).isSorted();

        Map<String, Object> component = api.get("/api/components/" + id);
        assertThat(array(component.get("sensors"))).extracting(s -> object(s).get("sensor")).contains("temperature");
    }

    @Test
    void theFarEndOfEveryPointToPointLinkIsAnEndpointTheBusOwnerSetUp() {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/endpoints")).hasSize(ENDPOINTS));
        Map<String, Map<String, Object>> byInterface = api.list("/api/endpoints").stream()
                .collect(Collectors.toMap(e -> (String) e.get("interface"), e -> e, (a, b) -> a));

        // host firmware over astlpc: no EID of its own, so one from the pool (DSP0236 §8.17)
        assertThat(byInterface.get("host0")).containsEntry("uuid", "6a8be3e4-d8ec-4998-9ff5-a933955a8e03")
                .containsEntry("physicalAddress", "-").containsEntry("state", "AVAILABLE");
        assertThat(array(byInterface.get("host0").get("messageTypes"))).containsExactlyInAnyOrder("control", "pldm");
        // the platform controller over PCC keeps its static EID 0x20: adopted, as mctpd does
        assertThat(byInterface.get("pcc0")).containsEntry("eid", 0x20)
                .containsEntry("uuid", "8e91790e-8327-4a90-92ab-d2444f25d41c");
        // the debug MCU over serial lists a vendor-defined (PCI) message type
        assertThat(byInterface.get("debug0")).containsEntry("uuid", "bac853c9-dd0d-4791-9ea3-061fb3a99804");
        assertThat(array(byInterface.get("debug0").get("messageTypes"))).contains("control", "vendor-pci");

        Map<String, Object> host = byName("host-fw");
        assertThat(host.get("componentClass")).isEqualTo("UNKNOWN");
        assertThat(object(host.get("location"))).containsEntry("bus", "host0").containsEntry("address", null)
                .containsEntry("slot", "CPU0");
    }

    @Test
    void theStorageHbaIsIdentifiedOverPldmWithItsFruAssetsAndItsControllerTemperatureFromThePdrs() {
        Map<String, Object> hba = await().atMost(DISCOVERY).until(() -> byName("hba0"),
                c -> c != null && c.get("health") != null && object(c.get("health")).get("temperatureCelsius") != null);

        assertThat(hba.get("componentClass")).isEqualTo("HBA");
        assertThat(hba.get("profile")).isEqualTo("hba/pldm-io-controller");
        assertThat(object(hba.get("location"))).containsEntry("bus", "smbus2").containsEntry("address", 0x40)
                .containsEntry("slot", "PCIe slot 3");
        // DSP0257 FRU record of the controller's own entity (not one of the six drives' records)
        assertThat(object(hba.get("assets"))).containsEntry("manufacturer", "Broadcom").containsEntry("model", "HBA 9500-8i")
                .containsEntry("serialNumber", "SP23456789").containsEntry("partNumber", "05-50077-00")
                .containsEntry("firmwareRevision", "24.00.00.00");
        // the ROC runs at 55-75 °C in the thermal model; 0.5 °C resolution
        double celsius = ((Number) object(hba.get("health")).get("temperatureCelsius")).doubleValue();
        assertThat(celsius).isBetween(20.0, 95.0);
        assertThat(celsius * 2).isEqualTo(Math.rint(celsius * 2));
        // and its DSP0249 Health State sensor (the state value, sorted by sensor name)
        assertThat(array(api.get("/api/components/" + hba.get("id")).get("sensors")))
                .extracting(s -> object(s).get("sensor")).containsExactly("controllerHealth", "temperature");
    }

    @Test
    void hostFirmwareWithoutSensorsIsWatchedGoesAbsentWhenPoweredOffAndReturnsWithItsIdentity() {
        Map<String, Object> before = await().atMost(DISCOVERY).until(() -> byName("host-fw"),
                c -> c != null && "PRESENT".equals(c.get("state")));
        String id = (String) before.get("id");

        api.post("/api/simulation/components/host-fw/unplug");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("ABSENT"));

        api.post("/api/simulation/components/host-fw/plug");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("PRESENT"));
        assertThat(api.list("/api/endpoints")).filteredOn(e -> "host0".equals(e.get("interface")))
                .singleElement().satisfies(e -> assertThat(e.get("state")).isEqualTo("AVAILABLE"));
        assertThat(api.list("/api/events?limit=200")).filteredOn(e -> id.equals(e.get("componentId")))
                .extracting(e -> e.get("type")).contains("COMPONENT_ABSENT", "COMPONENT_PRESENT");
    }

    @Test
    void anUnpluggedDriveGoesAbsentAndComesBackWithTheSameIdAfterPlug() {
        Map<String, Object> before = await().atMost(DISCOVERY).until(() -> byName("nvme7"), c -> c != null && c.get("health") != null
                && object(c.get("health")).get("readAt") != null);
        String id = (String) before.get("id");
        String serial = (String) object(before.get("assets")).get("serialNumber");
        int eidBefore = ((Number) object(before.get("endpoint")).get("eid")).intValue();

        api.post("/api/simulation/components/nvme7/unplug");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("ABSENT"));
        assertThat(api.list("/api/components")).hasSize(COMPONENTS);

        api.post("/api/simulation/components/nvme7/plug");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("PRESENT"));

        Map<String, Object> after = api.get("/api/components/" + id);
        assertThat(object(after.get("assets")).get("serialNumber")).isEqualTo(serial);
        assertThat(((Number) object(after.get("endpoint")).get("eid")).intValue()).isNotEqualTo(eidBefore);
        assertThat(api.list("/api/components")).hasSize(COMPONENTS);
        List<Map<String, Object>> events = api.list("/api/events?limit=200");
        assertThat(events).filteredOn(e -> id.equals(e.get("componentId"))).extracting(e -> e.get("type"))
                .contains("COMPONENT_ABSENT", "COMPONENT_PRESENT");
    }

    @Test
    void aFirmwareUpdateResetsTheDriveWhichKeepsItsIdentityAndRecordsTheChange() {
        Map<String, Object> before = await().atMost(DISCOVERY).until(() -> byName("nvme5"), c -> c != null && c.get("health") != null
                && object(c.get("health")).get("readAt") != null);
        String id = (String) before.get("id");
        String old = (String) object(before.get("assets")).get("firmwareRevision");
        assertThat(old).isEqualTo("9CV10480");

        Map<String, Object> activated = api.send(HttpMethod.POST, "/api/simulation/components/nvme5/firmware",
                "{\"revision\": \"9CV10510\"}").getBody();
        assertThat(activated).containsEntry("revision", "9CV10510").containsEntry("present", true);

        await().atMost(Duration.ofSeconds(45)).untilAsserted(() ->
                assertThat(object(api.get("/api/components/" + id).get("assets"))).containsEntry("firmwareRevision", "9CV10510"));
        Map<String, Object> after = api.get("/api/components/" + id);
        assertThat(after.get("uuid")).isEqualTo(before.get("uuid"));
        assertThat(api.list("/api/components")).hasSize(COMPONENTS);
        assertThat(api.list("/api/events?limit=200")).filteredOn(e -> id.equals(e.get("componentId")))
                .filteredOn(e -> "ASSET_CHANGED".equals(e.get("type"))).extracting(e -> (String) e.get("message"))
                .anySatisfy(m -> assertThat(m).contains("firmwareRevision changed from 9CV10480 to 9CV10510"));
    }

    @Test
    void aFirmwareRevisionADriveCannotReportIsRefusedWithWhatToSend() {
        ResponseEntity<Map<String, Object>> tooLong = api.send(HttpMethod.POST, "/api/simulation/components/nvme4/firmware",
                "{\"revision\": \"9CV10510-LONG\"}");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat((String) tooLong.getBody().get("detail")).contains("1 to 8 printable ASCII characters").contains("{\"revision\"");
        ResponseEntity<Map<String, Object>> noRevision = api.send(HttpMethod.POST, "/api/simulation/components/nvme4/firmware", "{}");
        assertThat(noRevision.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map<String, Object>> notADrive = api.send(HttpMethod.POST, "/api/simulation/components/hba0/firmware",
                "{\"revision\": \"25.00\"}");
        assertThat(notADrive.getStatusCode().value()).isEqualTo(404);
        assertThat((String) notADrive.getBody().get("detail")).contains("nvme0");
    }

    @Test
    void aRescanFindsTheSameComponentsWithoutDuplicatingThem() {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components")).hasSize(COMPONENTS));
        Map<String, Object> ids = api.list("/api/components").stream()
                .collect(Collectors.toMap(c -> (String) c.get("uuid"), c -> c.get("id")));

        Map<String, Object> result = api.post("/api/discovery");

        assertThat(((Number) result.get("components")).intValue()).isGreaterThanOrEqualTo(ENDPOINTS - 1);
        assertThat(result.get("newEndpoints")).isEqualTo(0);
        assertThat(result).containsKeys("endpoints", "durationMs");
        Map<String, Object> again = api.list("/api/components").stream()
                .collect(Collectors.toMap(c -> (String) c.get("uuid"), c -> c.get("id")));
        assertThat(again).isEqualTo(ids);
    }

    @Test
    void interfacesShowTheBindingClockAndTraffic() {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components")).hasSize(COMPONENTS));
        List<Map<String, Object>> interfaces = api.list("/api/interfaces");
        assertThat(interfaces).extracting(i -> i.get("name")).containsExactly("smbus0", "smbus1", "smbus2", "smbus3", "host0",
                "pcc0", "debug0");
        assertThat(interfaces).extracting(i -> i.get("binding")).containsExactly("smbus", "smbus", "smbus", "smbus", "astlpc",
                "pcc", "serial");
        assertThat(interfaces).extracting(i -> i.get("clockHz")).containsExactly(100_000, 400_000, 100_000, 400_000, 0, 0, 0);
        assertThat(interfaces).extracting(i -> i.get("localAddress")).containsExactly("0x10", "0x10", "0x10", "0x10", "-", "-", "-");
        for (Map<String, Object> i : interfaces) {
            assertThat(i.get("localEid")).isEqualTo(8);
            assertThat(i.get("up")).isEqualTo(true);
            assertThat(((Number) object(i.get("counters")).get("messagesIn")).longValue()).isPositive();
            // a fault-free board never corrupts, loses or reorders a packet (hot-plug NACKs may count)
            assertThat(object(i.get("drops"))).doesNotContainKeys("BAD_PEC", "BAD_LENGTH", "SEQUENCE_ERROR",
                    "UNEXPECTED_FRAGMENT", "REASSEMBLY_ABORTED", "FRAGMENT_SIZE_MISMATCH");
        }
    }

    @Test
    void pollsAndStoredReadingsAreCountedPerBusInTheMetrics() {
        await().atMost(DISCOVERY).untilAsserted(() -> {
            Map<String, Object> polls = api.get("/actuator/metrics/bmc.polls?tag=bus:smbus1");
            assertThat(((Number) object(array(polls.get("measurements")).get(0)).get("value")).doubleValue()).isPositive();
            Map<String, Object> written = api.get("/actuator/metrics/bmc.readings.written");
            assertThat(((Number) object(array(written.get("measurements")).get(0)).get("value")).doubleValue()).isPositive();
        });
    }

    @Test
    void unknownComponentIsAProblemDetailThatSaysHowToListThem() {
        var response = api.exchange("/api/components/424242");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("detail", "No component with id 424242; list them with GET /api/components");
    }

    @Test
    void aBadInstantIsAProblemDetailNamingTheExpectedFormat() {
        String id = firstDriveId();
        var response = api.exchange("/api/components/" + id + "/readings?from=yesterday");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("'from'", "ISO-8601", "2026-11-22T01:00:00Z");
    }

    @Test
    void unknownSimulatedComponentIsAProblemDetailListingTheBoardsComponents() {
        var response = api.postExchange("/api/simulation/components/nvme99/unplug");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) response.getBody().get("detail"))
                .isEqualTo("No simulated component 'nvme99'; the board's components are "
                        + "nvme0, nvme1, nvme2, nvme3, nvme4, nvme5, nvme6, nvme7, boot0, hba0, nic0, nic1, host-fw, platform-ctl, debug-mcu");
    }

    @Test
    void theEventStreamDeliversReadings() throws Exception {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components")).hasSize(COMPONENTS));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> readingLine = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                boolean reading = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("event:reading")) {
                        reading = true;
                    } else if (reading && line.startsWith("data:")) {
                        return line.substring(5);
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String data = readingLine.get(20, TimeUnit.SECONDS);
        assertThat(data).contains("\"componentId\"", "\"sensor\"", "\"value\"", "\"unit\"", "\"at\"");
        response.body().close();
    }

    @Test
    void theDashboardIsServedAtTheRoot() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                getClass().getClassLoader().getResource("META-INF/resources/index.html") != null,
                "the ui jar has no index.html yet");
        var response = api.text("/");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsIgnoringCase("<html");
    }

    /** The drives with an NVMe-MI endpoint of their own (not those behind the HBA, not the basic-management boot drive). */
    private List<Map<String, Object>> drives() {
        return api.list("/api/components").stream()
                .filter(c -> "DRIVE".equals(c.get("componentClass")) && c.get("parentId") == null && c.get("endpoint") != null)
                .toList();
    }

    private String firstDriveId() {
        return (String) await().atMost(DISCOVERY).until(this::drives, l -> !l.isEmpty()).get(0).get("id");
    }

    private Map<String, Object> byName(String name) {
        return api.list("/api/components").stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
    }
}
