package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a sensor's raw value comes from: fields of the NVM Subsystem Health Status Poll (NVMe-MI 1.2 §5.6),
 * or a PLDM numeric sensor chosen from the terminus's PDRs and read with GetSensorReading (DSP0248 §18.2), or a
 * PLDM state sensor chosen the same way and read with GetStateSensorReadings (DSP0248 §18.7).
 */
public enum SensorSource {
    /** CTEMP, signed °C; no value for the no-data and sensor-failure sentinels. */
    COMPOSITE_TEMPERATURE("health.composite-temperature"),
    /** PDLU, percent of drive life used. */
    PERCENTAGE_USED("health.percentage-used"),
    /** SW turned active-high: bit 0 spare, 1 temperature, 2 reliability, 3 read-only, 4 volatile backup, 5 PMR. */
    CRITICAL_WARNINGS("health.critical-warnings"),
    /** A numeric sensor the sensor's {@code select} picks from the PDRs; converted per its PDR (DSP0248 Table 78). */
    PLDM_NUMERIC_SENSOR("pldm.numeric-sensor"),
    /**
     * A state sensor the sensor's {@code select} picks from the PDRs (by state set and entity); the reading is the
     * present state value, and a DSP0249 state set 1 (Health State) value judges the component's health.
     */
    PLDM_STATE_SENSOR("pldm.state-sensor");

    private final String yamlName;

    SensorSource(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Whether the source is read by the NVM Subsystem Health Status Poll. */
    public boolean isNvmeMi() {
        return !isPldm();
    }

    /** Whether the source is a PLDM sensor chosen from the terminus's PDRs. */
    public boolean isPldm() {
        return this == PLDM_NUMERIC_SENSOR || this == PLDM_STATE_SENSOR;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<SensorSource> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }
}
