package org.bmcplatform.app.health;

import java.time.Instant;
import java.util.List;

/**
 * The per-component health shown in GET /api/components: the status of the last poll, the
 * temperature (°C) and NVMe percentage used when the profile reads them, the warnings, and when.
 */
public record HealthSummary(String status, Double temperatureCelsius, Double percentageUsed,
                            List<String> warnings, Instant readAt) {
    public static final HealthSummary UNKNOWN = new HealthSummary("UNKNOWN", null, null, List.of(), null);

    public HealthSummary {
        warnings = List.copyOf(warnings);
    }
}
