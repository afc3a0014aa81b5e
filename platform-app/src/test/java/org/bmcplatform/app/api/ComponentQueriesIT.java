package org.bmcplatform.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.PlatformOnDefaultBoard;
import org.bmcplatform.app.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The queries the dashboard's inventory and component pages use on the default board: components of one class,
 * the drives one HBA reports, a component's asset history and its own events; bad values are 400s that say
 * what to send, an unknown component a 404.
 */
@PlatformOnDefaultBoard
class ComponentQueriesIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    private Map<String, Object> hba() {
        return await().atMost(DISCOVERY).until(() -> api.list("/api/components").stream()
                .filter(c -> "hba0".equals(c.get("name"))).findFirst().orElse(null), c -> c != null);
    }

    @Test
    void classFilterListsOnlyThatClassInAnyCase() {
        // both NICs found and polled once (a NIC's ports appear with its first poll)
        await().atMost(DISCOVERY).until(() -> api.list("/api/components?class=NIC"),
                l -> l.size() == 2 && l.stream().allMatch(c -> c.get("ports") != null));

        List<Map<String, Object>> nics = api.list("/api/components?class=nic");

        assertThat(nics).extracting(c -> c.get("name")).containsExactlyInAnyOrder("nic0", "nic1");
        assertThat(nics).allSatisfy(c -> assertThat(c.get("ports")).isNotNull());
        long drives = api.list("/api/components").stream().filter(c -> "DRIVE".equals(c.get("componentClass"))).count();
        assertThat(api.list("/api/components?class=DRIVE")).hasSize((int) drives)
                .allSatisfy(c -> assertThat(c.get("componentClass")).isEqualTo("DRIVE"));
    }

    @Test
    void parentFilterListsTheDrivesBehindTheHbaAndCombinesWithClass() {
        String hbaId = (String) hba().get("id");
        await().atMost(DISCOVERY).until(() -> api.list("/api/components?parent=" + hbaId).size() == 6);

        assertThat(api.list("/api/components?parent=" + hbaId)).allSatisfy(d -> {
            assertThat(d.get("parentId")).isEqualTo(hbaId);
            assertThat(d.get("componentClass")).isEqualTo("DRIVE");
        });
        assertThat(api.list("/api/components?parent=" + hbaId + "&class=NIC")).isEmpty();
    }

    @Test
    void anUnknownClassIsA400ListingTheClasses() {
        var response = api.exchange("/api/components?class=ssd");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("parameter", "class").containsEntry("detail",
                "Parameter 'class' must be one of DRIVE, NIC, HBA, UNKNOWN (any case); was 'ssd'");
    }

    @Test
    void aBadParentIsA400AndAnUnknownOneA404() {
        var bad = api.exchange("/api/components?parent=hba0");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) bad.getBody().get("detail")).contains("'parent'", "a number such as 12", "?class=HBA", "'hba0'");

        var unknown = api.exchange("/api/components?parent=424242");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("detail", "No component with id 424242; list them with GET /api/components");
    }

    @Test
    void theAssetHistoryHoldsTheCurrentValueOfEveryAsset() {
        String hbaId = (String) hba().get("id");
        Map<String, Object> assets = RestApi.object(api.get("/api/components/" + hbaId).get("assets"));

        List<Map<String, Object>> history = api.list("/api/components/" + hbaId + "/assets/history");

        assertThat(history).filteredOn(p -> p.get("validTo") == null)
                .extracting(p -> p.get("key")).containsExactlyInAnyOrderElementsOf(assets.keySet());
        assertThat(history).filteredOn(p -> "serialNumber".equals(p.get("key"))).last()
                .satisfies(p -> assertThat(p.get("value")).isEqualTo(assets.get("serialNumber")))
                .satisfies(p -> assertThat(p.get("validFrom")).isNotNull());
    }

    @Test
    void eventsOfOneComponentAreOnlyItsOwn() {
        String hbaId = (String) hba().get("id");

        List<Map<String, Object>> events = api.list("/api/events?limit=50&component=" + hbaId);

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.get("componentId")).isEqualTo(hbaId));
        assertThat(events).extracting(e -> e.get("type")).contains("COMPONENT_DISCOVERED");
        var bad = api.exchange("/api/events?component=hba0");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).containsEntry("parameter", "component");
        assertThat(api.exchange("/api/events?component=424242").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
