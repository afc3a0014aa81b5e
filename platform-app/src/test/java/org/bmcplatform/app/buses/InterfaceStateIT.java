package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.object;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.PlatformOnDefaultBoard;
import org.bmcplatform.app.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** `mctp link set smbus1 down|up` through REST on the default virtual board: the drives behind it go absent, then come back. */
@PlatformOnDefaultBoard
class InterfaceStateIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    @Test
    void downingAnInterfaceMakesItsDrivesAbsentAndBringingItUpBringsThemBack() {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(drivesOn("smbus1")).hasSize(4)
                .allSatisfy(c -> assertThat(c.get("state")).isEqualTo("PRESENT")));
        long downEvents = events("INTERFACE_DOWN");

        ResponseEntity<Map<String, Object>> down = setUp("smbus1", "{\"up\": false}");

        assertThat(down.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(down.getBody()).containsEntry("name", "smbus1").containsEntry("up", false).containsEntry("linkUp", true);
        assertThat(api.get("/api/interfaces/smbus1")).containsEntry("up", false);
        // idempotent: a second "down" changes nothing and logs nothing
        assertThat(setUp("smbus1", "{\"up\":false}").getBody()).containsEntry("up", false);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(drivesOn("smbus1"))
                .allSatisfy(c -> assertThat(c.get("state")).isEqualTo("ABSENT")));
        // the M.2 boot drive is read with SMBus block reads, not MCTP: the MCTP interface's state does not stop them
        assertThat(api.list("/api/components")).filteredOn(c -> "boot0".equals(c.get("name"))).singleElement()
                .satisfies(c -> assertThat(c.get("state")).isEqualTo("PRESENT"));
        assertThat(drivesOn("smbus0")).allSatisfy(c -> assertThat(c.get("state")).isEqualTo("PRESENT"));
        assertThat(api.list("/api/endpoints")).filteredOn(e -> "smbus1".equals(e.get("interface")))
                .allSatisfy(e -> assertThat(e.get("state")).isEqualTo("ABSENT"));
        assertThat(events("INTERFACE_DOWN")).isEqualTo(downEvents + 1);
        assertThat(api.list("/api/events?limit=1000")).filteredOn(e -> "INTERFACE_DOWN".equals(e.get("type")))
                .first().satisfies(e -> assertThat((String) e.get("message")).contains("smbus1"));

        ResponseEntity<Map<String, Object>> up = setUp("smbus1", "{\"up\": true}");

        assertThat(up.getBody()).containsEntry("up", true);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(drivesOn("smbus1")).hasSize(4)
                .allSatisfy(c -> assertThat(c.get("state")).isEqualTo("PRESENT")));
        assertThat(api.list("/api/events?limit=1000")).extracting(e -> e.get("type")).contains("INTERFACE_UP");
    }

    @Test
    void interfacesShowTheLinkStateBesideTheAdministrativeState() {
        List<Map<String, Object>> interfaces = api.list("/api/interfaces");

        assertThat(interfaces).extracting(i -> i.get("name")).contains("smbus0", "smbus1");
        assertThat(interfaces).allSatisfy(i -> assertThat(i).containsKeys("up", "linkUp", "counters", "drops"));
        Map<String, Object> one = api.get("/api/interfaces/smbus0");
        assertThat(one).containsEntry("name", "smbus0").containsEntry("binding", "smbus").containsEntry("linkUp", true)
                .containsEntry("clockHz", 100_000);
        assertThat(object(one.get("counters"))).containsKeys("packetsIn", "packetsOut", "messagesIn", "messagesOut");
    }

    @Test
    void anUnknownInterfaceIsAProblemNamingTheInterfaces() {
        ResponseEntity<Map<String, Object>> response = api.exchange("/api/interfaces/smbus9");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((String) response.getBody().get("detail")).startsWith("No interface 'smbus9'; the interfaces are smbus0, smbus1");
        assertThat(setUp("smbus9", "{\"up\": false}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aStateBodyWithoutABooleanUpIsAProblemSayingWhatToSend() {
        for (String body : new String[] {"{\"up\": \"no\"}", "{\"state\": \"down\"}", "down", "[true]", "{\"up\": 0}"}) {
            ResponseEntity<Map<String, Object>> response = setUp("smbus0", body);

            assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) response.getBody().get("detail")).as(body)
                    .contains("send {\"up\": false} to bring the interface down or {\"up\": true} to bring it up");
        }
        ResponseEntity<Map<String, Object>> empty = api.send(HttpMethod.PUT, "/api/interfaces/smbus0/state", null);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) empty.getBody().get("detail")).startsWith("The body is empty;");
        assertThat(api.get("/api/interfaces/smbus0")).containsEntry("up", true);
    }

    private ResponseEntity<Map<String, Object>> setUp(String name, String body) {
        return api.send(HttpMethod.PUT, "/api/interfaces/" + name + "/state", body);
    }

    /** The components with an MCTP endpoint on the bus (not the boot drive read with basic management). */
    private List<Map<String, Object>> drivesOn(String bus) {
        return api.list("/api/components").stream().filter(c -> bus.equals(object(c.get("location")).get("bus"))
                && c.get("endpoint") != null).toList();
    }

    private long events(String type) {
        return api.list("/api/events?limit=1000").stream().filter(e -> type.equals(e.get("type"))).count();
    }
}
