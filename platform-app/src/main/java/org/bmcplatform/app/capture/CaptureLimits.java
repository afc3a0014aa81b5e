package org.bmcplatform.app.capture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bmcplatform.mctp.capture.CaptureSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a capture stops by itself: after {@code maxPackets} packets, before the file passes
 * {@code maxBytes}, or {@code maxSeconds} after it started; null means no such limit (the byte
 * limit is then {@code bmc.capture.max-bytes}). The body of {@code POST /api/interfaces/{name}/capture}.
 */
record CaptureLimits(Long maxPackets, Long maxBytes, Long maxSeconds) {
    static final CaptureLimits NONE = new CaptureLimits(null, null, null);
    static final long MAX_SECONDS = Duration.ofDays(7).toSeconds();
    private static final Set<String> FIELDS = Set.of("maxPackets", "maxBytes", "maxSeconds");
    private static final String EXAMPLE = "send no body, or a JSON object with any of"
            + " {\"maxPackets\": 1000, \"maxBytes\": 1048576, \"maxSeconds\": 60}";

    /** Strict: a JSON object of whole positive numbers, no other fields; else a 400 problem saying what to send. */
    static CaptureLimits parse(String body, JsonMapper json, long byteCap) {
        if (body == null || body.isBlank()) {
            return NONE;
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw invalid("The body is not JSON; " + EXAMPLE);
        }
        if (node == null || !node.isObject()) {
            throw invalid("The body must be a JSON object; " + EXAMPLE);
        }
        List<String> unknown = new ArrayList<>();
        node.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw invalid("Unknown field(s) " + String.join(", ", unknown) + "; " + EXAMPLE);
        }
        CaptureLimits limits = new CaptureLimits(number(node, "maxPackets", Long.MAX_VALUE),
                number(node, "maxBytes", byteCap), number(node, "maxSeconds", MAX_SECONDS));
        limits.settings(byteCap); // the writer's own checks (room for the section header)
        return limits;
    }

    /** The writer's settings: each packet flushed, so the file can be read while it grows. */
    CaptureSettings settings(long byteCap) {
        try {
            CaptureSettings s = CaptureSettings.DEFAULTS.withMaxFileBytes(maxBytes == null ? byteCap : maxBytes);
            return maxPackets == null ? s : s.withMaxPackets(maxPackets);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage() + "; " + EXAMPLE);
        }
    }

    Duration duration() {
        return maxSeconds == null ? null : Duration.ofSeconds(maxSeconds);
    }

    private static Long number(JsonNode node, String field, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1 || value.longValue() > max) {
            throw invalid("'" + field + "' must be a whole number from 1 to " + max + ", was " + value + "; " + EXAMPLE);
        }
        return value.longValue();
    }

    private static ErrorResponseException invalid(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid capture limits");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
    }
}
