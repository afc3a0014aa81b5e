package org.bmcplatform.app.health;

import java.time.Instant;
import java.util.List;

/** A component's health status changed (OK, WARNING, CRITICAL, UNKNOWN). */
public record HealthChanged(long componentId, String status, String previousStatus, List<String> warnings, Instant at) {

    public HealthChanged {
        warnings = List.copyOf(warnings);
    }
}
