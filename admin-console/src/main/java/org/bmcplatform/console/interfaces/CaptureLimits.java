package org.bmcplatform.console.interfaces;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bmcplatform.console.shell.CommandFailure;

/**
 * {@code --packets N --bytes N --seconds N} of {@code capture start}, checked before anything is
 * sent, as the body of {@code POST /api/interfaces/{name}/capture}.
 */
record CaptureLimits(Long maxPackets, Long maxBytes, Long maxSeconds) {

    static CaptureLimits parse(String packets, String bytes, String seconds) {
        return new CaptureLimits(whole("--packets", packets, "--packets 1000"), whole("--bytes", bytes, "--bytes 1048576"),
                whole("--seconds", seconds, "--seconds 60"));
    }

    /** The JSON body: only the limits given. */
    Map<String, Long> body() {
        Map<String, Long> body = new LinkedHashMap<>();
        if (maxPackets != null) {
            body.put("maxPackets", maxPackets);
        }
        if (maxBytes != null) {
            body.put("maxBytes", maxBytes);
        }
        if (maxSeconds != null) {
            body.put("maxSeconds", maxSeconds);
        }
        return body;
    }

    private static Long whole(String option, String raw, String example) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(raw.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw CommandFailure.usage(option + " takes a whole number from 1, e.g. " + example + "; was '" + raw.strip() + "'");
    }
}
