package org.bmcplatform.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;
import static org.bmcplatform.app.RestApi.object;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default board's PLDM HBA reports its controller health through a DSP0249 Health State sensor: the platform
 * stores the state as reading {@code controllerHealth}, and a state held on demand through the simulation API
 * (upper critical, value 7) shows as CRITICAL component health naming the state, and as a HEALTH_CHANGED event. The
 * platform is the HBA's PLDM event receiver (SetEventReceiver in identification): the HBA's sensorEvent for the change
 * is answered and logged as a PLDM_EVENT of the HBA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:hba-health-state-it;DB_CLOSE_DELAY=-1")
class HbaHealthStateIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    private String hbaId() {
        Map<String, Object> hba = await().atMost(DISCOVERY).until(() -> api.list("/api/components").stream()
                .filter(c -> "hba0".equals(c.get("name"))).findFirst().orElse(null), c -> c != null);
        return (String) hba.get("id");
    }

    private Number controllerHealth(String id) {
        Object sensors = api.get("/api/components/" + id).get("sensors");
        if (sensors == null) {
            return null;
        }
        return array(sensors).stream().map(RestApi::object).filter(s -> "controllerHealth".equals(s.get("sensor")))
                .map(s -> (Number) s.get("value")).findFirst().orElse(null);
    }

    @Test
    void aHeldHealthStateIsStoredJudgedAndLogged() {
        String id = hbaId();
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(controllerHealth(id)).isNotNull());
        assertThat(controllerHealth(id).intValue()).isIn(1, 5); // from the controller temperature: normal or upper non-critical

        Map<String, Object> held = api.post("/api/simulation/components/hba0/health/upper-critical");
        assertThat(held).containsEntry("state", "upper-critical").containsEntry("value", 7).containsEntry("held", true);

        await().atMost(POLL).untilAsserted(() -> {
            Map<String, Object> health = object(api.get("/api/components/" + id).get("health"));
            assertThat(health.get("status")).isEqualTo("CRITICAL");
            assertThat(array(health.get("warnings"))).contains("controllerHealth: upper critical");
        });
        assertThat(controllerHealth(id).intValue()).isEqualTo(7);
        await().atMost(POLL).untilAsserted(() -> {
            List<Object> stored = array(api.get("/api/components/" + id + "/readings?sensor=controllerHealth").get("readings"));
            assertThat(stored).extracting(r -> ((Number) object(r).get("value")).intValue()).contains(7);
        });
        assertThat(api.list("/api/events?limit=300")).filteredOn(e -> id.equals(e.get("componentId")))
                .filteredOn(e -> "HEALTH_CHANGED".equals(e.get("type")))
                .extracting(e -> (String) e.get("message")).anySatisfy(m -> assertThat(m).contains("-> CRITICAL")
                        .contains("controllerHealth: upper critical"));

        // DSP0248 sensorEvent, stateSensorState: sensor 2, composite 0, upper critical (7) from the state before
        assertThat(object(api.get("/api/components/" + id).get("assets"))).containsEntry("pldmEvents", "async");
        await().atMost(POLL).untilAsserted(() -> assertThat(api.list("/api/events?limit=300"))
                .filteredOn(e -> "PLDM_EVENT".equals(e.get("type")) && id.equals(e.get("componentId")))
                .extracting(e -> (String) e.get("message")).anySatisfy(m -> assertThat(m).contains("sensor 2 (composite 0) state 7")));

        Map<String, Object> released = api.post("/api/simulation/components/hba0/health/auto");
        assertThat(released).containsEntry("held", false);
        await().atMost(POLL).untilAsserted(() -> assertThat(controllerHealth(id).intValue()).isIn(1, 5));
    }

    @Test
    void anUnknownHealthStateIsABadRequestThatListsTheStates() {
        var response = api.postExchange("/api/simulation/components/hba0/health/sickly");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).extractingByKey("detail").asString().contains("upper-critical").contains("auto");
    }
}
