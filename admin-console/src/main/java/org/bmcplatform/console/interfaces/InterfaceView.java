package org.bmcplatform.console.interfaces;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One element of {@code GET /api/interfaces}: {@code up} is the administrative state, {@code linkUp} the medium's. */
@JsonIgnoreProperties(ignoreUnknown = true)
record InterfaceView(String name, String binding, Integer network, Integer mtu, Integer localEid,
                     String localAddress, Long clockHz, Boolean up, Boolean linkUp, Counters counters,
                     Map<String, Long> drops) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Counters(Long packetsIn, Long packetsOut, Long messagesIn, Long messagesOut) {
    }
}
