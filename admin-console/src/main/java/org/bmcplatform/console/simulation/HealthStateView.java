package org.bmcplatform.console.simulation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code GET /api/simulation/components/{simId}/health} and {@code POST .../health/{state}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record HealthStateView(String hba, String state, Integer value, Boolean held) {
}
