package org.bmcplatform.console.inventory;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One element of {@code GET /api/components}, or {@code GET /api/components/{id}} (which adds the sensors); a
 * NIC carries its ports, a drive behind an HBA its parent's id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ComponentView(String id, String parentId, String uuid, String componentClass, String profile, String name,
                     Location location, String state, EndpointRef endpoint, Map<String, String> assets, Health health,
                     List<Sensor> sensors, List<Port> ports) {

    String asset(String key) {
        return assets == null ? null : assets.get(key);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(String bus, String address, String slot) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EndpointRef(Integer network, Integer eid) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Health(String status, Double temperatureCelsius, Double percentageUsed, List<String> warnings,
                  String readAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sensor(String sensor, Double value, String unit, String readAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Port(Integer port, String link, Long speedMbps, String duplex, Boolean autonegotiation, String detail,
                String since, Counters counters) {
    }

    /** A port's latest packet counters (NC-SI Get Controller Packet Statistics); absent until the platform read them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counters(Long rxPackets, Long txPackets, Long rxFcsErrors, Long rxAlignmentErrors, Long rxRuntPackets,
                    Long rxJabberPackets, Long txExcessiveCollisions, String readAt) {
    }
}
