package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * sensorOperationalState (DSP0248 Table "GetSensorReading command format" and the sensorOpState
 * event class): 0 enabled, 1 disabled, 2 unavailable, 3 status unknown, 4 failed, 5 initializing,
 * 6 shutting down, 7 in test. Only an enabled sensor's reading is meaningful. Unknown codes round-trip.
 */
public record SensorOperationalState(int code) {
    public static final SensorOperationalState ENABLED = new SensorOperationalState(0);
    public static final SensorOperationalState DISABLED = new SensorOperationalState(1);
    public static final SensorOperationalState UNAVAILABLE = new SensorOperationalState(2);
    public static final SensorOperationalState STATUS_UNKNOWN = new SensorOperationalState(3);
    public static final SensorOperationalState FAILED = new SensorOperationalState(4);
    public static final SensorOperationalState INITIALIZING = new SensorOperationalState(5);
    public static final SensorOperationalState SHUTTING_DOWN = new SensorOperationalState(6);
    public static final SensorOperationalState IN_TEST = new SensorOperationalState(7);

    private static final Map<Integer, String> NAMES = Map.of(0, "enabled", 1, "disabled", 2, "unavailable",
            3, "status unknown", 4, "failed", 5, "initializing", 6, "shutting down", 7, "in test");

    public SensorOperationalState {
        WireRange.unsigned(code, 8, "sensor operational state");
    }

    public boolean isEnabled() {
        return code == 0;
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
