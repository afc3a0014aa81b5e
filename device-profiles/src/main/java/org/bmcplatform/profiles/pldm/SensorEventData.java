package org.bmcplatform.profiles.pldm;

/**
 * The sensorEventClass-specific part of a {@link SensorEvent} (DSP0248 sensorEvent class tables):
 * 0 sensorOpState, 1 stateSensorState, 2 numericSensorState.
 */
public sealed interface SensorEventData {
    /** sensorEventClass u8. */
    int sensorEventClass();

    /** sensorOpState class (DSP0248 Table "sensorOpState sensor event class"): present and previous operational state. */
    record OperationalStateChange(SensorOperationalState present, SensorOperationalState previous) implements SensorEventData {
        public OperationalStateChange {
            WireRange.required(present, "present operational state");
            WireRange.required(previous, "previous operational state");
        }

        @Override
        public int sensorEventClass() {
            return 0;
        }
    }

    /**
     * stateSensorState class (DSP0248 Table "stateSensorState sensor event class"): sensorOffset (which
     * composite sensor), eventState and previousEventState (values of that sensor's state set).
     */
    record StateSensorChange(int sensorOffset, int eventState, int previousEventState) implements SensorEventData {
        public StateSensorChange {
            WireRange.unsigned(sensorOffset, 8, "sensor offset");
            WireRange.unsigned(eventState, 8, "event state");
            WireRange.unsigned(previousEventState, 8, "previous event state");
        }

        @Override
        public int sensorEventClass() {
            return 1;
        }
    }

    /**
     * numericSensorState class (DSP0248 Table "numericSensorState sensor event class"): eventState,
     * previousEventState, sensorDataSize and the presentReading of that size.
     */
    record NumericSensorChange(SensorState eventState, SensorState previousEventState, SensorDataSize dataSize,
            long presentReading) implements SensorEventData {
        public NumericSensorChange {
            WireRange.required(eventState, "event state");
            WireRange.required(previousEventState, "previous event state");
            WireRange.required(dataSize, "sensor data size");
            dataSize.check(presentReading, "present reading");
        }

        @Override
        public int sensorEventClass() {
            return 2;
        }
    }
}
