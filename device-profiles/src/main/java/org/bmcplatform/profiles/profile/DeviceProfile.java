package org.bmcplatform.profiles.profile;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A device profile (PROFILES.md): data that says how to recognise a device, identify it, poll it and
 * judge its health, and which components it reports for the entities it contains (a PLDM HBA's drives).
 * {@code source} names the file it came from.
 */
public record DeviceProfile(String id, String name, ComponentClass componentClass, MatchRule match,
                            List<SensorSpec> sensors, Duration pollInterval, Set<String> quirks,
                            List<IdentificationStep> identification, HealthRules health, int vpdChunkSize,
                            List<ContainedRule> contained, String source) {
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
        if (vpdChunkSize < MIN_VPD_CHUNK || vpdChunkSize > MAX_VPD_CHUNK) {
            throw new IllegalArgumentException("VPD chunk size must be " + MIN_VPD_CHUNK + ".." + MAX_VPD_CHUNK + ", was " + vpdChunkSize);
        }
    }

    public boolean has(Quirk quirk) {
        return quirks.contains(quirk.yamlName());
    }
}
