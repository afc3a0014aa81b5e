package org.bmcplatform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;
import static org.bmcplatform.app.RestApi.object;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Two runs of the platform in sequence on the same H2 file: the second keeps the first's components and readings. */
class RestartIT {
    /** The default board: 8 NVMe drives, the basic-management boot drive, the HBA and its 6 drives, 2 NICs, the far ends of three point-to-point links. */
    private static final int COMPONENTS = 21;
    private static final int ENDPOINTS = 14;
    private static final String BASIC = "nvme/basic-management";

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsComponentIdsAndReadingHistory() {
        Map<String, Object> idsByUuid;
        Map<String, Object> serialsByUuid;
        String probeId;
        int readingsBefore;
        try (ConfigurableApplicationContext first = start()) {
            RestApi api = api(first);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<Map<String, Object>> components = api.list("/api/components");
                assertThat(components).hasSize(COMPONENTS);
                String id = firstDriveId(components);
                assertThat(array(api.get("/api/components/" + id + "/readings").get("readings"))).hasSizeGreaterThanOrEqualTo(2);
            });
            List<Map<String, Object>> components = api.list("/api/components");
            idsByUuid = components.stream().collect(Collectors.toMap(c -> (String) c.get("uuid"), c -> c.get("id")));
            serialsByUuid = serials(components);
            probeId = firstDriveId(components);
            readingsBefore = array(api.get("/api/components/" + probeId + "/readings").get("readings")).size();
        }

        try (ConfigurableApplicationContext second = start()) {
            RestApi api = api(second);
            List<Map<String, Object>> stored = api.list("/api/components");
            assertThat(stored).hasSize(COMPONENTS);
            assertThat(array(api.get("/api/components/" + probeId + "/readings").get("readings")))
                    .hasSizeGreaterThanOrEqualTo(readingsBefore);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<Map<String, Object>> components = api.list("/api/components");
                assertThat(components).hasSize(COMPONENTS);
                // every component has its MCTP endpoint again but the boot drive, read with basic management (no endpoint)
                assertThat(components).filteredOn(c -> !BASIC.equals(c.get("profile")))
                        .allSatisfy(c -> assertThat(c.get("endpoint")).isNotNull());
                assertThat(components).filteredOn(c -> BASIC.equals(c.get("profile"))).singleElement()
                        .satisfies(c -> assertThat(c.get("state")).isEqualTo("PRESENT"));
                assertThat(api.list("/api/events?limit=500")).anySatisfy(e -> assertThat(e.get("type")).isEqualTo("DISCOVERY"));
            });
            List<Map<String, Object>> components = api.list("/api/components");
            assertThat(components.stream().collect(Collectors.toMap(c -> (String) c.get("uuid"), c -> c.get("id"))))
                    .isEqualTo(idsByUuid);
            assertThat(serials(components)).isEqualTo(serialsByUuid);
            assertThat(api.list("/api/endpoints")).hasSize(ENDPOINTS);
        }
    }

    /** Serial numbers of the drives by UUID (the other components have none). */
    private static Map<String, Object> serials(List<Map<String, Object>> components) {
        return components.stream().filter(c -> "DRIVE".equals(c.get("componentClass")))
                .collect(Collectors.toMap(c -> (String) c.get("uuid"), c -> object(c.get("assets")).get("serialNumber")));
    }

    private static String firstDriveId(List<Map<String, Object>> components) {
        return components.stream().filter(c -> "DRIVE".equals(c.get("componentClass"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no drive yet"));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0",
                "--bmc.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("bmc"));
    }

    private static RestApi api(ConfigurableApplicationContext context) {
        return new RestApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
