package org.bmcplatform.console.simulation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code POST /api/simulation/components/{simId}/unplug} and {@code /plug}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SimComponentView(String id, String bus, Integer address, String slot, Boolean present) {
}
