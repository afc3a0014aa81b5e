package org.bmcplatform.console.interfaces;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One element of {@code GET /api/captures}; files left by an earlier run have no packet count, stop reason or limits. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaptureView(String id, @JsonProperty("interface") String interfaceName, String file, String download,
                   String startedAt, String stoppedAt, Long packets, Long bytes, String state, String stopReason,
                   Limits limits) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Limits(Long maxPackets, Long maxBytes, Long maxSeconds) {
    }
}
