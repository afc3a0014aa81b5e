package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * sensorInit of the Numeric and State Sensor PDRs (DSP0248 Table 78 and "State Sensor PDR format"):
 * 0 noInit, 1 useInitPDR, 2 enableSensor, 3 disableSensor. Unknown codes round-trip.
 */
public record SensorInit(int code) {
    public static final SensorInit NO_INIT = new SensorInit(0);
    public static final SensorInit USE_INIT_PDR = new SensorInit(1);
    public static final SensorInit ENABLE_SENSOR = new SensorInit(2);
    public static final SensorInit DISABLE_SENSOR = new SensorInit(3);

    private static final Map<Integer, String> NAMES = Map.of(0, "noInit", 1, "useInitPDR", 2, "enableSensor", 3, "disableSensor");

    public SensorInit {
        WireRange.unsigned(code, 8, "sensor init");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
