package org.bmcplatform.app.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.PlatformApplication;
import org.bmcplatform.app.RestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drives read with the NVMe Basic Management Command (SMBus block reads at the addresses a bus lists, no MCTP):
 * found, identified by vendor id and serial, polled, ABSENT when pulled and PRESENT again; and a drive that also
 * has an MI endpoint listed once, by its MI endpoint.
 */
class BasicManagementIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void basicOnlyDriveIsDiscoveredPolledAndGoesAbsentWhenPulled() throws IOException {
        try (ConfigurableApplicationContext app = start(board(), "jdbc:h2:mem:basic-only;DB_CLOSE_DELAY=-1")) {
            RestApi api = api(app);
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(byName(api.list("/api/components"), "boot0")).isNotNull());
            Map<String, Object> boot = byName(api.list("/api/components"), "boot0");
            String id = (String) boot.get("id");

            assertThat(boot).containsEntry("componentClass", "DRIVE").containsEntry("profile", "nvme/basic-management")
                    .containsEntry("state", "PRESENT").containsEntry("endpoint", null);
            assertThat(RestApi.object(boot.get("location"))).containsEntry("bus", "smbus0").containsEntry("address", 0x6a)
                    .containsEntry("slot", "M.2 0");
            assertThat(RestApi.object(boot.get("assets"))).containsEntry("vendorId", "0x1344")
                    .containsEntry("serialNumber", "23143C4F8E21");
            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<String, Object> page = api.get("/api/components/" + id + "/readings?sensor=temperature");
                assertThat(RestApi.array(page.get("readings"))).hasSizeGreaterThanOrEqualTo(3);
                Map<String, Object> health = RestApi.object(api.get("/api/components/" + id).get("health"));
                assertThat(((Number) health.get("temperatureCelsius")).doubleValue()).isBetween(20.0, 60.0);
            });
            // the no-PEC drive at 0x6b is read without the PEC, as its bus entry says
            assertThat(byName(api.list("/api/components"), "boot1")).containsEntry("state", "PRESENT");

            api.post("/api/simulation/components/boot0/unplug");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/components/" + id)).containsEntry("state", "ABSENT"));

            api.post("/api/simulation/components/boot0/plug");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/components/" + id)).containsEntry("state", "PRESENT"));
            assertThat(api.list("/api/events?limit=200")).filteredOn(e -> id.equals(e.get("componentId")))
                    .extracting(e -> e.get("type")).contains("COMPONENT_ABSENT", "COMPONENT_PRESENT");
        }
    }

    @Test
    void driveWithMiAndBasicManagementIsListedOnceByItsMiEndpoint() throws IOException {
        try (ConfigurableApplicationContext app = start(board(), "jdbc:h2:mem:basic-and-mi;DB_CLOSE_DELAY=-1")) {
            RestApi api = api(app);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.list("/api/components"))
                    .extracting(c -> c.get("name")).containsExactlyInAnyOrder("nvme0", "boot0", "boot1"));

            // a rescan reads 0x6c (nvme0's basic management) again, after nvme0's MI endpoint: still one nvme0
            Map<String, Object> result = api.post("/api/discovery");

            assertThat(((Number) result.get("components")).intValue()).isEqualTo(3);
            List<Map<String, Object>> components = api.list("/api/components");
            assertThat(components).hasSize(3);
            assertThat(byName(components, "nvme0")).containsEntry("profile", "nvme/generic-nvme-mi");
            assertThat(byName(components, "nvme0").get("endpoint")).isNotNull();
            assertThat(components).filteredOn(c -> "S6EXNA0W601284".equals(RestApi.object(c.get("assets")).get("serialNumber")))
                    .hasSize(1);
        }
    }

    private static Map<String, Object> byName(List<Map<String, Object>> components, String name) {
        return components.stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
    }

    private ConfigurableApplicationContext start(Path board, String url) {
        return new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0", "--bmc.board=" + board, "--spring.datasource.url=" + url);
    }

    private static RestApi api(ConfigurableApplicationContext context) {
        return new RestApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** nvme0 answers NVMe-MI at 0x1d and basic management at 0x6c; boot0 only basic management (PEC), boot1 without PEC. */
    private Path board() throws IOException {
        Path file = dir.resolve("basic.yaml");
        Files.writeString(file, """
                board:
                  name: basic-management
                mctp:
                  network: 1
                  local-eid: 8
                  dynamic-eids: 9-254
                buses:
                  - name: smbus0
                    clock-khz: 100
                    address: 0x10
                    basic-management: [0x6a, {address: 0x6b, pec: false}, 0x6c]
                components:
                  - id: nvme0
                    type: nvme-drive
                    bus: smbus0
                    address: 0x1d
                    basic-management: 0x6c
                    slot: "Bay 0"
                    identity: { manufacturer: Samsung, model: SAMSUNG MZQL23T8HDLA-00B7C, serial: S6EXNA0W601284,
                                firmware: GDC7302Q, part-number: MZQL23T8HDLA-00B7C, vendor-id: 0x144d,
                                uuid: f4e49add-1709-4fc1-9752-ed6c13ab9d5f }
                    thermal: { idle-celsius: 34, load-celsius: 55 }
                  - id: boot0
                    type: nvme-drive
                    bus: smbus0
                    address: 0x6a
                    mi: false
                    slot: "M.2 0"
                    identity: { manufacturer: Micron Technology, model: Micron_7450_MTFDKBA480TFR, serial: 23143C4F8E21,
                                firmware: E2MU200, part-number: MTFDKBA480TFR-1BC1ZABYY, vendor-id: 0x1344,
                                uuid: 5d0b7e42-3c1a-4f6e-8b9d-2e7f4a1c6b30 }
                    thermal: { idle-celsius: 38, load-celsius: 55 }
                  - id: boot1
                    type: nvme-drive
                    bus: smbus0
                    address: 0x6b
                    mi: false
                    pec: false
                    slot: "M.2 1"
                    identity: { manufacturer: KIOXIA, model: KIOXIA KBG50ZNV256G, serial: 92DPB0XKQ8Z1,
                                firmware: HP02AN00, part-number: KBG50ZNV256G, vendor-id: 0x1e0f,
                                uuid: 5d0b7e42-3c1a-4f6e-8b9d-2e7f4a1c6b31 }
                    thermal: { idle-celsius: 36, load-celsius: 50 }
                """);
        return file;
    }
}
