package org.bmcplatform.profiles.profile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A device profile (PROFILES.md): data that says how to recognise a device, identify it, poll it and
 * judge its health, which components it reports for the entities it contains (a PLDM HBA's drives), and
 * which NIC ports it polls over NC-SI.
 * {@code source} names the file it came from.
 */
public record DeviceProfile(String id, String name, ComponentClass componentClass, MatchRule match,
                            List<SensorSpec> sensors, Duration pollInterval, Set<String> quirks,
                            List<IdentificationStep> identification, HealthRules health, int vpdChunkSize,
                            List<ContainedRule> contained, Optional<PortsSpec> ports, String source) {
    public static final int MIN_VPD_CHUNK = 16;
    public static final int MAX_VPD_CHUNK = 256;
    public static final int DEFAULT_VPD_CHUNK = 64;

    public DeviceProfile {
        if (id == null || id.isBlank() || name == null || componentClass == null || match == null
                || pollInterval == null || health == null || source == null) {
            throw new IllegalArgumentException("id, name, class, match, poll interval, health and source are required");
        }
        sensors = List.copyOf(sensors);
        quirks = Set.copyOf(quirks);
        identification = List.copyOf(identification);
        contained = List.copyOf(contained);
        if (ports == null) {
            throw new IllegalArgumentException("ports is required (Optional.empty() for none)");
        }
        if (vpdChunkSize < MIN_VPD_CHUNK || vpdChunkSize > MAX_VPD_CHUNK) {
            throw new IllegalArgumentException("VPD chunk size must be " + MIN_VPD_CHUNK + ".." + MAX_VPD_CHUNK + ", was " + vpdChunkSize);
        }
    }

    public boolean has(Quirk quirk) {
        return quirks.contains(quirk.yamlName());
    }

    /** The NC-SI package the ncsi-* steps and the ports talk to: the ports' package, else 0. */
    public int ncsiPackage() {
        return ports.map(PortsSpec::packageId).orElse(0);
    }

    /** Whether the profile describes a drive read with the NVMe Basic Management Command (SMBus, no MCTP). */
    public boolean basicManagement() {
        return match.basicManagement();
    }

    /** Whether a poll reads anything: sensors, health conditions, contained components or ports. */
    public boolean pollsAnything() {
        return !sensors.isEmpty() || !health.conditions().isEmpty() || !contained.isEmpty() || ports.isPresent();
    }
}
