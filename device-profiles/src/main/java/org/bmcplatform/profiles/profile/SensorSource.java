package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/** Where a sensor's raw value comes from: fields of the NVM Subsystem Health Status Poll (NVMe-MI 1.2 §5.6). */
public enum SensorSource {
    /** CTEMP, signed °C; no value for the no-data and sensor-failure sentinels. */
    COMPOSITE_TEMPERATURE("health.composite-temperature"),
    /** PDLU, percent of drive life used. */
    PERCENTAGE_USED("health.percentage-used"),
    /** SW turned active-high: bit 0 spare, 1 temperature, 2 reliability, 3 read-only, 4 volatile backup, 5 PMR. */
    CRITICAL_WARNINGS("health.critical-warnings");

    private final String yamlName;

    SensorSource(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<SensorSource> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }
}
