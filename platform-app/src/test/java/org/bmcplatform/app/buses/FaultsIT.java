package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;
import static org.bmcplatform.app.RestApi.object;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.RestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** Faults on demand through REST on the default virtual board: what the platform makes of them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:faults-it;DB_CLOSE_DELAY=-1")
class FaultsIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);
    /** 3 failed polls in a row make a component absent (bmc.polling.absent-after), with 1 s, 2 s backoff between them. */
    private static final Duration ABSENT_WITHIN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    @AfterEach
    void clearFaults() {
        for (String simId : List.of("nvme1", "nvme2")) {
            api.delete("/api/simulation/components/" + simId + "/faults");
        }
    }

    @Test
    void aSilentDriveGoesAbsentAndComesBackWithTheSameIdWhenItsFaultsAreCleared() {
        String id = (String) polled("nvme1").get("id");

        Map<String, Object> plan = api.put("/api/simulation/components/nvme1/faults", Map.of("faults", List.of(Map.of("kind", "silent"))));

        assertThat(array(plan.get("faults"))).hasSize(1);
        await().atMost(ABSENT_WITHIN).untilAsserted(() -> assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("ABSENT"));
        assertThat(((Number) object(api.get("/api/simulation/components/nvme1/faults").get("injected")).get("silent")).longValue()).isPositive();

        Map<String, Object> cleared = api.delete("/api/simulation/components/nvme1/faults");

        assertThat(array(cleared.get("faults"))).isEmpty();
        await().atMost(ABSENT_WITHIN).untilAsserted(() -> assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("PRESENT"));
        assertThat(api.list("/api/components")).filteredOn(c -> "nvme1".equals(c.get("name"))).extracting(c -> c.get("id")).containsExactly(id);
    }

    @Test
    void corruptRepliesShowAsDropsOnTheInterfaceWhilePollingGoesOnForTheOthers() {
        polled("nvme2");
        polled("nvme0");
        polled("nvme3");

        long pecDropsBefore = pecDrops("smbus0");
        api.put("/api/simulation/components/nvme2/faults", Map.of("seed", 7, "faults", List.of(Map.of("kind", "corrupt", "every", 2))));
        Instant applied = Instant.now();

        // damaged on the wire after the drive's binding framed it: the platform's SMBus binding fails the PEC (DSP0237 §6.2)
        await().atMost(DISCOVERY).untilAsserted(() -> {
            assertThat(pecDrops("smbus0")).isGreaterThan(pecDropsBefore);
            for (String other : List.of("nvme0", "nvme3")) {
                Map<String, Object> c = byName(other);
                assertThat(c.get("state")).isEqualTo("PRESENT");
                assertThat(Instant.parse((String) object(c.get("health")).get("readAt"))).isAfter(applied);
            }
        });
        Map<String, Object> status = api.get("/api/simulation/components/nvme2/faults");
        assertThat(status).containsEntry("seed", 7);
        assertThat(object(array(status.get("faults")).get(0))).containsEntry("kind", "corrupt").containsEntry("every", 2);
        assertThat(((Number) object(status.get("injected")).get("corrupt")).longValue()).isPositive();
    }

    private long pecDrops(String bus) {
        Map<String, Object> iface = api.list("/api/interfaces").stream().filter(i -> bus.equals(i.get("name"))).findFirst().orElseThrow();
        return ((Number) object(iface.get("drops")).getOrDefault("BAD_PEC", 0)).longValue();
    }

    @Test
    void aBadPlanIsAProblemDetailSayingWhatToSend() {
        var response = api.putExchange("/api/simulation/components/nvme2/faults", "{\"faults\": [{\"kind\": \"flaky\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).startsWith("faults[0].kind: 'flaky' is not a fault kind; send {")
                .contains("silent, slow, corrupt, wrong-instance-id, truncated");
        var notJson = api.putExchange("/api/simulation/components/nvme2/faults", "slow please");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) notJson.getBody().get("detail")).contains("send {\"seed\": 1, \"faults\": [{\"kind\": \"slow\"");
        var slowWithoutDelay = api.putExchange("/api/simulation/components/nvme2/faults", "{\"faults\": [{\"kind\": \"slow\", \"every\": 2}]}");
        assertThat((String) slowWithoutDelay.getBody().get("detail")).startsWith("faults[0]: a slow fault needs a delay");
        assertThat(array(api.get("/api/simulation/components/nvme2/faults").get("faults"))).isEmpty();
    }

    @Test
    void faultsOfAnUnknownComponentAreAProblemDetailListingTheBoardsComponents() {
        var response = api.exchange("/api/simulation/components/nvme99/faults");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) response.getBody().get("detail")).startsWith("No simulated component 'nvme99'; the board's components are nvme0, ");
    }

    /** The component a board id became, once it has a reading. */
    private Map<String, Object> polled(String simId) {
        return await().atMost(DISCOVERY).until(() -> byName(simId), c -> c != null && c.get("health") != null
                && object(c.get("health")).get("readAt") != null);
    }

    private Map<String, Object> byName(String name) {
        return api.list("/api/components").stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
    }
}
