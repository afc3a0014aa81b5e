package org.bmcplatform.app.capture;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The JSON shape of one capture: {@code file} is the file name in the capture directory and
 * {@code download} where to GET it. Files left by an earlier run have no packet count, stop reason
 * or limits ({@code null}).
 */
record CaptureView(String id, @JsonProperty("interface") String interfaceName, String file, Instant startedAt,
                   Instant stoppedAt, Long packets, long bytes, CaptureState state, StopReason stopReason,
                   CaptureLimits limits) {

    @JsonProperty
    String download() {
        return "/api/captures/" + id + "/file";
    }
}
