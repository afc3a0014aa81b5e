package org.bmcplatform.profiles.profile;

import java.time.Instant;
import java.util.List;

/** The outcome of one poll: when, the health verdict, the readings and what could not be read or is wrong. */
public record PollResult(Instant at, HealthStatus status, List<Reading> readings, List<String> warnings) {
    public PollResult {
        if (at == null || status == null) {
            throw new IllegalArgumentException("at and status are required");
        }
        readings = List.copyOf(readings);
        warnings = List.copyOf(warnings);
    }
}
