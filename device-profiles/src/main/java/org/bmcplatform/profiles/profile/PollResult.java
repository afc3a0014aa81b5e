package org.bmcplatform.profiles.profile;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one poll: when, the health verdict, the readings and what could not be read or is wrong,
 * the results of the components the terminus contains (a drive behind an HBA), a NIC's ports and, when the poll
 * read them, its ports' packet counters.
 */
public record PollResult(Instant at, HealthStatus status, List<Reading> readings, List<String> warnings,
                         List<ContainedResult> contained, List<PortStatus> ports, List<PortCounters> counters) {
    public PollResult {
        if (at == null || status == null) {
            throw new IllegalArgumentException("at and status are required");
        }
        readings = List.copyOf(readings);
        warnings = List.copyOf(warnings);
        contained = List.copyOf(contained);
        ports = List.copyOf(ports);
        counters = List.copyOf(counters);
    }

    public PollResult(Instant at, HealthStatus status, List<Reading> readings, List<String> warnings,
                      List<ContainedResult> contained, List<PortStatus> ports) {
        this(at, status, readings, warnings, contained, ports, List.of());
    }

    public PollResult(Instant at, HealthStatus status, List<Reading> readings, List<String> warnings) {
        this(at, status, readings, warnings, List.of(), List.of());
    }
}
