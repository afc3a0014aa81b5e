package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a sensor's raw value comes from: fields of the NVM Subsystem Health Status Poll (NVMe-MI 1.2 §5.6),
 * a PLDM numeric sensor chosen from the terminus's PDRs and read with GetSensorReading (DSP0248 §18.2), or
 * the status block of the NVMe Basic Management Command (NVMe-MI 1.2 Appendix A, an SMBus block read, no MCTP).
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
    /** Basic Management status block CTEMP (command code 0x00, byte 3): signed °C, no value for the sentinels. */
    BASIC_COMPOSITE_TEMPERATURE("basic.composite-temperature"),
    /** Basic Management status block PDLU (byte 4). */
    BASIC_PERCENTAGE_USED("basic.percentage-used"),
    /** Basic Management status block SMART warnings (byte 2) turned active-high, same bits as health.critical-warnings. */
    BASIC_CRITICAL_WARNINGS("basic.critical-warnings");

    private final String yamlName;

    SensorSource(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Whether the source is read by the NVM Subsystem Health Status Poll. */
    public boolean isNvmeMi() {
        return this == COMPOSITE_TEMPERATURE || this == PERCENTAGE_USED || this == CRITICAL_WARNINGS;
    }

    /** Whether the source is read from the Basic Management status block (SMBus, not MCTP). */
    public boolean isBasicManagement() {
        return this == BASIC_COMPOSITE_TEMPERATURE || this == BASIC_PERCENTAGE_USED || this == BASIC_CRITICAL_WARNINGS;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<SensorSource> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }
}
