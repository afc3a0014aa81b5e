package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a sensor's raw value comes from: fields of the NVM Subsystem Health Status Poll (NVMe-MI 1.2 §5.6),
 * of the Controller Health Status Poll (NVMe-MI 1.2 §5.3), a PLDM numeric sensor chosen from the terminus's
 * PDRs and read with GetSensorReading (DSP0248 §18.2), a PLDM state sensor chosen the same way and read with
 * GetStateSensorReadings (DSP0248 §18.7), or the status block of the NVMe Basic Management Command (NVMe-MI 1.2
 * Appendix A, an SMBus block read, no MCTP).
 */
public enum SensorSource {
    /** CTEMP, signed °C; no value for the no-data and sensor-failure sentinels. */
    COMPOSITE_TEMPERATURE("health.composite-temperature"),
    /** PDLU, percent of drive life used. */
    PERCENTAGE_USED("health.percentage-used"),
    /** SW turned active-high: bit 0 spare, 1 temperature, 2 reliability, 3 read-only, 4 volatile backup, 5 PMR. */
    CRITICAL_WARNINGS("health.critical-warnings"),
    /**
     * The hottest controller's CTEMP from the Controller Health Data Structures, 16-bit Kelvin turned into °C;
     * no value when every controller reports 0 (not reported).
     */
    CONTROLLER_TEMPERATURE("controller-health.temperature", Command.CONTROLLER_HEALTH_POLL),
    /** The lowest controller's SPARE, available spare capacity in percent. */
    CONTROLLER_AVAILABLE_SPARE("controller-health.available-spare", Command.CONTROLLER_HEALTH_POLL),
    /** A numeric sensor the sensor's {@code select} picks from the PDRs; converted per its PDR (DSP0248 Table 78). */
    PLDM_NUMERIC_SENSOR("pldm.numeric-sensor", Command.PLDM_SENSOR_READING),
    /**
     * A state sensor the sensor's {@code select} picks from the PDRs (by state set and entity); the reading is the
     * present state value, and a DSP0249 state set 1 (Health State) value judges the component's health.
     */
    PLDM_STATE_SENSOR("pldm.state-sensor", Command.PLDM_STATE_SENSOR_READINGS),
    /** Basic Management status block CTEMP (command code 0x00, byte 3): signed °C, no value for the sentinels. */
    BASIC_COMPOSITE_TEMPERATURE("basic.composite-temperature", Command.BASIC_STATUS_BLOCK),
    /** Basic Management status block PDLU (byte 4). */
    BASIC_PERCENTAGE_USED("basic.percentage-used", Command.BASIC_STATUS_BLOCK),
    /** Basic Management status block SMART warnings (byte 2) turned active-high, same bits as health.critical-warnings. */
    BASIC_CRITICAL_WARNINGS("basic.critical-warnings", Command.BASIC_STATUS_BLOCK);

    /** The request that reads a source. */
    public enum Command {
        SUBSYSTEM_HEALTH_POLL, CONTROLLER_HEALTH_POLL, PLDM_SENSOR_READING, PLDM_STATE_SENSOR_READINGS, BASIC_STATUS_BLOCK
    }

    private final String yamlName;
    private final Command command;

    SensorSource(String yamlName) {
        this(yamlName, Command.SUBSYSTEM_HEALTH_POLL);
    }

    SensorSource(String yamlName, Command command) {
        this.yamlName = yamlName;
        this.command = command;
    }

    /** Whether the source is read with an NVMe-MI command (either health poll). */
    public boolean isNvmeMi() {
        return command == Command.SUBSYSTEM_HEALTH_POLL || command == Command.CONTROLLER_HEALTH_POLL;
    }

    /** Whether the source is a PLDM sensor chosen from the terminus's PDRs. */
    public boolean isPldm() {
        return command == Command.PLDM_SENSOR_READING || command == Command.PLDM_STATE_SENSOR_READINGS;
    }

    /** Whether the source is read from the Basic Management status block (SMBus, not MCTP). */
    public boolean isBasicManagement() {
        return command == Command.BASIC_STATUS_BLOCK;
    }

    public Command command() {
        return command;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<SensorSource> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }
}
