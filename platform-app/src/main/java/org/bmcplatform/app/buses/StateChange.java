package org.bmcplatform.app.buses;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The body of {@code PUT /api/interfaces/{name}/state}: {@code {"up": true}} or {@code {"up": false}}. */
record StateChange(boolean up) {
    static final String EXPECTED = "send {\"up\": false} to bring the interface down or {\"up\": true} to bring it up"
            + " (Content-Type: application/json)";

    /** Strict: a JSON object whose {@code up} is a JSON boolean; anything else is a 400 problem saying what to send. */
    static StateChange parse(String body, JsonMapper json) {
        if (body == null || body.isBlank()) {
            throw invalid("The body is empty; " + EXPECTED);
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw invalid("The body is not JSON; " + EXPECTED);
        }
        JsonNode up = node == null || !node.isObject() ? null : node.get("up");
        if (up == null || !up.isBoolean()) {
            throw invalid("The body needs a boolean field 'up'; " + EXPECTED);
        }
        return new StateChange(up.booleanValue());
    }

    private static ErrorResponseException invalid(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid interface state");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
    }
}
