package org.bmcplatform.profiles.pldm;

/**
 * A sensorEvent (DSP0248 Table 19 "sensorEvent class eventData format"): sensorID u16,
 * sensorEventClass u8, then the class data.
 */
public record SensorEvent(int sensorId, SensorEventData data) implements PlatformEvent {
    public SensorEvent {
        WireRange.unsigned(sensorId, 16, "sensor ID");
        WireRange.required(data, "sensor event data");
    }

    @Override
    public int eventClass() {
        return SENSOR_EVENT;
    }
}
