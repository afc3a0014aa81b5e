package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Map;

/** How a poll becomes a verdict: severities for health conditions and thresholds on readings. */
public record HealthRules(Map<HealthCondition, HealthStatus> conditions, List<Threshold> thresholds) {
    public static final HealthRules NONE = new HealthRules(Map.of(), List.of());

    public HealthRules {
        conditions = Map.copyOf(conditions);
        thresholds = List.copyOf(thresholds);
        if (conditions.containsValue(HealthStatus.UNKNOWN)) {
            throw new IllegalArgumentException("a condition maps to OK, WARNING or CRITICAL");
        }
    }
}
