package org.bmcplatform.console.discovery;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One element of {@code GET /api/endpoints}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EndpointView(Integer network, Integer eid, String uuid, @JsonProperty("interface") String interfaceName,
                    String physicalAddress, List<String> messageTypes, String state, String componentId,
                    String firstSeen, String lastSeen) {
}
