package org.bmcplatform.console.simulation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /api/simulation/components/{simId}/faults}: the plan and what it did since it was applied. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FaultPlanView(String simId, Boolean present, Long seed, List<Fault> faults, Double appliedSecondsAgo, Long replies,
                     Map<String, Long> injected, Long failures) {

    /** One fault, in the shape PUT takes back. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fault(String kind, Double rate, Integer every, Long delayMs, Double fromSeconds, Double untilSeconds) {
    }
}
