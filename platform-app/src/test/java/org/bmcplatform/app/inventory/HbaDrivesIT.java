package org.bmcplatform.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
 * The SAS drives behind the default board's PLDM HBA: each a DRIVE component under the HBA with its FRU model,
 * serial and firmware and a temperature from the HBA's sensor on its entity; a drive pulled from the HBA goes
 * ABSENT at the next inventory refresh (2 s here) and comes back with the same id when it is put back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:hba-drives-it;DB_CLOSE_DELAY=-1", "bmc.polling.inventory-refresh=2s"})
class HbaDrivesIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    private Map<String, Object> byName(String name) {
        return api.list("/api/components").stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
    }

    private List<Map<String, Object>> behind(String parentId) {
        return api.list("/api/components").stream().filter(c -> parentId.equals(c.get("parentId"))).toList();
    }

    @Test
    void theDrivesBehindTheHbaAreComponentsWithFruAssetsAndTemperatures() {
        Map<String, Object> hba = await().atMost(DISCOVERY).until(() -> byName("hba0"), c -> c != null);
        String hbaId = (String) hba.get("id");
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(behind(hbaId)).hasSize(6).allSatisfy(d ->
                assertThat(d.get("health")).isNotNull()));

        List<Map<String, Object>> drives = behind(hbaId);
        assertThat(drives).allSatisfy(d -> {
            assertThat(d.get("componentClass")).isEqualTo("DRIVE");
            assertThat(d.get("state")).isEqualTo("PRESENT");
            assertThat(object(d.get("location"))).containsEntry("bus", "smbus2").containsEntry("address", 0x40);
        });
        assertThat(drives).extracting(d -> object(d.get("assets")).get("serialNumber"))
                .containsExactlyInAnyOrder("ZL2ABC01", "ZL2ABC02", "3RG0XY1A", "3RG0XY1B", "X1F0A00GFJDH", "X1F0A00GFJDJ");
        Map<String, Object> wd = drives.stream().filter(d -> "3RG0XY1A".equals(object(d.get("assets")).get("serialNumber")))
                .findFirst().orElseThrow();
        assertThat(object(wd.get("assets"))).containsEntry("model", "WUH721818AL5204").containsEntry("firmwareRevision", "C232");
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(behind(hbaId)).allSatisfy(d ->
                assertThat(object(d.get("health")).get("temperatureCelsius")).isInstanceOf(Number.class)));
    }

    @Test
    void aDrivePulledFromTheHbaGoesAbsentAndReturnsWithItsIdWhenPutBack() {
        Map<String, Object> hba = await().atMost(DISCOVERY).until(() -> byName("hba0"), c -> c != null);
        String hbaId = (String) hba.get("id");
        Map<String, Object> drive = await().atMost(DISCOVERY).until(() -> behind(hbaId).stream()
                .filter(d -> "3RG0XY1A".equals(object(d.get("assets")).get("serialNumber"))).findFirst().orElse(null),
                d -> d != null);
        String id = (String) drive.get("id");

        api.post("/api/simulation/components/hba0/drives/2/pull");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("ABSENT"));
        assertThat(behind(hbaId)).filteredOn(d -> "PRESENT".equals(d.get("state"))).hasSize(5);

        api.post("/api/simulation/components/hba0/drives/2/insert");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("PRESENT"));
        assertThat(api.list("/api/events?limit=300")).filteredOn(e -> id.equals(e.get("componentId")))
                .extracting(e -> e.get("type")).contains("COMPONENT_ABSENT", "COMPONENT_PRESENT");
    }
}
