package org.bmcplatform.app.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;
import static org.bmcplatform.app.RestApi.object;

import java.time.Duration;
import java.util.Map;
import org.bmcplatform.app.PlatformOnDefaultBoard;
import org.bmcplatform.app.RestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The default board's two NICs through REST: identification with their vendor profiles, ports with link, speed and
 * counters, a link flap in the ports and the event log (with the NIC's AEN), error counters that grow, and a NIC
 * reset that keeps the component.
 */
@PlatformOnDefaultBoard
class NicsIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    @Test
    void theNicsListTheirPortsWithLinkAndSpeedAndALinkDownShowsInThePortAndTheEventLog() {
        Map<String, Object> nic = await().atMost(DISCOVERY).until(() -> byName("nic1"),
                c -> c != null && c.get("ports") != null && array(c.get("ports")).size() == 2);
        String id = (String) nic.get("id");

        assertThat(nic.get("componentClass")).isEqualTo("NIC");
        // Broadcom (PCI vendor 0x14e4 from Get Version ID): the vendor profile that asks for sensor 300, then 3
        assertThat(nic.get("profile")).isEqualTo("nic/broadcom-bcm57xxx");
        // NC-SI Get Version ID (found as package 1) and the PLDM FRU record
        assertThat(object(nic.get("assets"))).containsEntry("firmwareName", "BCM57414").containsEntry("vendorId", "0x14e4")
                .containsEntry("ncsiPackage", "1").containsEntry("serialNumber", "N225GA12345");
        // the ASIC temperature is sensor 300 on this firmware generation: chosen from the PDRs, not assumed
        await().atMost(DISCOVERY).untilAsserted(() ->
                assertThat(object(byName("nic1").get("health")).get("temperatureCelsius")).isInstanceOf(Number.class));
        assertThat(array(nic.get("ports"))).allSatisfy(p -> assertThat(object(p)).containsEntry("link", "UP")
                .containsEntry("speedMbps", 25_000).containsEntry("duplex", "full"));

        // NVIDIA: the vendor profile also reads each port's optical module temperature
        await().atMost(DISCOVERY).untilAsserted(() -> {
            Map<String, Object> nvidia = byName("nic0");
            assertThat(nvidia.get("profile")).isEqualTo("nic/nvidia-connectx");
            assertThat(array(api.get("/api/components/" + nvidia.get("id")).get("sensors"))).extracting(s -> object(s).get("sensor"))
                    .contains("temperature", "port0.moduleTemperature", "port1.moduleTemperature");
        });

        api.post("/api/simulation/components/nic1/ports/1/link-down");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.list("/api/components/" + id + "/ports"))
                .filteredOn(p -> Integer.valueOf(1).equals(p.get("port"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("link", "DOWN").containsEntry("speedMbps", 0)));
        assertThat(api.list("/api/events?limit=300")).filteredOn(e -> id.equals(e.get("componentId")))
                .extracting(e -> e.get("type")).contains("PORT_LINK_DOWN");
        // identification enabled Link Status Change AENs: the NIC told the platform at once
        assertThat(object(nic.get("assets"))).containsEntry("ncsiAens", "link-status-change");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(((Number) object(array(
                api.get("/actuator/metrics/bmc.ncsi.aens.applied").get("measurements")).get(0)).get("value")).doubleValue())
                .isGreaterThanOrEqualTo(1));

        api.post("/api/simulation/components/nic1/ports/1/link-up");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.list("/api/components/" + id + "/ports/1/history"))
                .extracting(h -> h.get("link")).startsWith("UP", "DOWN"));
    }

    @Test
    void aNicsPortCountersShowPerPortAndFcsErrorsThatGrowAreAnEvent() {
        // nic0's first poll read its packet counters (Get Controller Packet Statistics, 64-bit layout)
        Map<String, Object> port0 = await().atMost(DISCOVERY).until(() -> {
            Map<String, Object> nic = byName("nic0");
            return nic == null || nic.get("ports") == null ? null : api.list("/api/components/" + nic.get("id") + "/ports").stream()
                    .filter(p -> Integer.valueOf(0).equals(p.get("port")) && p.get("counters") != null).findFirst().orElse(null);
        }, p -> p != null && ((Number) object(p.get("counters")).get("rxPackets")).longValue() > 0);
        String id = (String) byName("nic0").get("id");
        assertThat(object(port0.get("counters"))).containsEntry("counterBits", 64).containsKeys("txPackets", "rxFcsErrors",
                "rxAlignmentErrors", "rxRuntPackets", "rxJabberPackets", "txExcessiveCollisions", "readAt");
        long fcsBefore = ((Number) object(port0.get("counters")).get("rxFcsErrors")).longValue();

        api.post("/api/simulation/components/nic0/ports/0/bad-frames?count=5");
        // read now rather than after the profile's 30 s
        assertThat(api.postExchange("/api/components/" + id + "/ports/counters/read").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.list("/api/events?component=" + id + "&limit=50"))
                .filteredOn(e -> "PORT_ERRORS".equals(e.get("type"))).extracting(e -> (String) e.get("message"))
                .anySatisfy(m -> assertThat(m).contains("port 0: 5 more frames received with FCS (CRC) errors")));
        assertThat(api.list("/api/components/" + id + "/ports")).filteredOn(p -> Integer.valueOf(0).equals(p.get("port")))
                .singleElement().satisfies(p -> assertThat(((Number) object(p.get("counters")).get("rxFcsErrors")).longValue())
                        .isEqualTo(fcsBefore + 5));
        // a drive has no ports to read counters of
        String drive = (String) api.list("/api/components?class=DRIVE").get(0).get("id");
        ResponseEntity<Map<String, Object>> refused = api.postExchange("/api/components/" + drive + "/ports/counters/read");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).contains("has no ports");
    }

    @Test
    void aNicThatResetsComesBackWithANewEidAsTheSameComponentWithItsPorts() {
        // what the board's nic1 does every half hour (resets: period-s 1800), done at once by hand
        Map<String, Object> before = await().atMost(DISCOVERY).until(() -> byName("nic1"), c -> c != null
                && "PRESENT".equals(c.get("state")) && c.get("ports") != null && c.get("endpoint") != null);
        String id = (String) before.get("id");
        int eidBefore = ((Number) object(before.get("endpoint")).get("eid")).intValue();

        api.post("/api/simulation/components/nic1/unplug");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/components/" + id).get("state")).isEqualTo("ABSENT"));
        api.post("/api/simulation/components/nic1/plug");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> after = api.get("/api/components/" + id);
            assertThat(after.get("state")).isEqualTo("PRESENT");
            assertThat(after.get("uuid")).isEqualTo(before.get("uuid"));
            assertThat(((Number) object(after.get("endpoint")).get("eid")).intValue()).isNotEqualTo(eidBefore);
            assertThat(array(after.get("ports"))).hasSize(2);
        });
        assertThat(api.list("/api/components")).filteredOn(c -> "NIC".equals(c.get("componentClass"))).hasSize(2);
    }

    private Map<String, Object> byName(String name) {
        return api.list("/api/components").stream().filter(c -> name.equals(c.get("name"))).findFirst().orElse(null);
    }
}
