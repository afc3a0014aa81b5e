package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * The state of a numeric sensor against its thresholds (DSP0248 Table "GetSensorReading command
 * format", presentState / previousState / eventState, and the numericSensorState event class):
 * 0 unknown, 1 normal, 2 warning, 3 critical, 4 fatal, 5 lowerWarning, 6 lowerCritical, 7 lowerFatal,
 * 8 upperWarning, 9 upperCritical, 10 upperFatal. Unknown codes round-trip.
 */
public record SensorState(int code) {
    public static final SensorState UNKNOWN = new SensorState(0);
    public static final SensorState NORMAL = new SensorState(1);
    public static final SensorState WARNING = new SensorState(2);
    public static final SensorState CRITICAL = new SensorState(3);
    public static final SensorState FATAL = new SensorState(4);
    public static final SensorState LOWER_WARNING = new SensorState(5);
    public static final SensorState LOWER_CRITICAL = new SensorState(6);
    public static final SensorState LOWER_FATAL = new SensorState(7);
    public static final SensorState UPPER_WARNING = new SensorState(8);
    public static final SensorState UPPER_CRITICAL = new SensorState(9);
    public static final SensorState UPPER_FATAL = new SensorState(10);

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "unknown"), Map.entry(1, "normal"),
            Map.entry(2, "warning"), Map.entry(3, "critical"), Map.entry(4, "fatal"), Map.entry(5, "lowerWarning"),
            Map.entry(6, "lowerCritical"), Map.entry(7, "lowerFatal"), Map.entry(8, "upperWarning"),
            Map.entry(9, "upperCritical"), Map.entry(10, "upperFatal"));

    public SensorState {
        WireRange.unsigned(code, 8, "sensor state");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
