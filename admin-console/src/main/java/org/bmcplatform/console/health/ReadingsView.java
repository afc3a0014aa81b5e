package org.bmcplatform.console.health;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer to {@code GET /api/components/{id}/readings}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReadingsView(String componentId, String from, String to, List<Reading> readings) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reading(String sensor, Double value, String unit, String at) {
    }
}
