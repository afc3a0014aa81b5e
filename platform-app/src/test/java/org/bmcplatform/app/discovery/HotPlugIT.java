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

/** Drives that are not there when the platform starts: an empty bay filled later, a drive removed while it was down. */
class HotPlugIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aDrivePluggedIntoAnEmptyBayIsDiscovered() throws IOException {
        Path board = board("empty-bay.yaml", true, false);
        try (ConfigurableApplicationContext app = start(board, "jdbc:h2:mem:empty-bay;DB_CLOSE_DELAY=-1")) {
            RestApi api = api(app);
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(api.list("/api/components")).extracting(c -> c.get("name")).containsExactly("bay0"));

            api.post("/api/simulation/components/bay1/plug");

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.list("/api/components"))
                    .extracting(c -> c.get("name"), c -> c.get("state"))
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("bay0", "PRESENT"),
                            org.assertj.core.groups.Tuple.tuple("bay1", "PRESENT")));
        }
    }

    @Test
    void aDriveRemovedWhileThePlatformWasDownIsAbsentAfterRestart() throws IOException {
        String db = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bmc");
        String bay1Id;
        try (ConfigurableApplicationContext app = start(board("both.yaml", true, true), db)) {
            RestApi api = api(app);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.list("/api/components")).hasSize(2));
            bay1Id = (String) byName(api.list("/api/components"), "bay1").get("id");
        }
        try (ConfigurableApplicationContext app = start(board("one-removed.yaml", true, false), db)) {
            RestApi api = api(app);
            await().atMost(PATIENCE).untilAsserted(() -> {
                List<Map<String, Object>> components = api.list("/api/components");
                assertThat(byName(components, "bay1")).containsEntry("id", bay1Id).containsEntry("state", "ABSENT");
                assertThat(byName(components, "bay0")).containsEntry("state", "PRESENT");
            });

            api.post("/api/simulation/components/bay1/plug");

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/components/" + bay1Id))
                    .containsEntry("state", "PRESENT"));
        }
    }

    private static Map<String, Object> byName(List<Map<String, Object>> components, String name) {
        return components.stream().filter(c -> name.equals(c.get("name"))).findFirst().orElseThrow();
    }

    private ConfigurableApplicationContext start(Path board, String url) {
        return new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0", "--bmc.board=" + board, "--spring.datasource.url=" + url);
    }

    private static RestApi api(ConfigurableApplicationContext context) {
        return new RestApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private Path board(String name, boolean bay0Present, boolean bay1Present) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                board:
                  name: two-bays
                  description: two NVMe bays on one SMBus segment
                mctp:
                  network: 1
                  local-eid: 8
                  dynamic-eids: 9-254
                buses:
                  - name: smbus0
                    clock-khz: 400
                    address: 0x10
                components:
                """ + drive("bay0", 0x1d, "Bay 0", "S0000000001", "0b6f2a58-5a55-4f0e-8d41-2d7d0e1a0001", bay0Present)
                + drive("bay1", 0x1e, "Bay 1", "S0000000002", "0b6f2a58-5a55-4f0e-8d41-2d7d0e1a0002", bay1Present));
        return file;
    }

    private static String drive(String id, int address, String slot, String serial, String uuid, boolean present) {
        return String.format("""
                  - id: %s
                    type: nvme-drive
                    bus: smbus0
                    address: 0x%02x
                    slot: "%s"
                    present: %s
                    identity:
                      manufacturer: Example
                      model: EXAMPLE NVME 1TB
                      serial: %s
                      firmware: 1.0.0
                      part-number: EX-NVME-1T
                      vendor-id: 0x1b96
                      uuid: %s
                    thermal: { idle-celsius: 30, load-celsius: 50 }
                """, id, address, slot, present, serial, uuid);
    }
}
