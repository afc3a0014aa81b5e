package org.bmcplatform.profiles.pldm;

/**
 * GetSensorReading response (DSP0248 Table "GetSensorReading command format"): completion code,
 * sensorDataSize, sensorOperationalState, sensorEventMessageEnable, presentState, previousState,
 * eventState, presentReading (1, 2 or 4 bytes as sensorDataSize says, sign-extended where signed).
 * The reading is raw; {@link SensorReadingConversion} turns it into engineering units.
 */
public record GetSensorReadingResponse(int instanceId, SensorDataSize dataSize, SensorOperationalState operationalState,
        EventMessageEnable eventMessageEnable, SensorState presentState, SensorState previousState, SensorState eventState,
        long presentReading) implements PldmResponse {
    public GetSensorReadingResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(dataSize, "sensor data size");
        WireRange.required(operationalState, "sensor operational state");
        WireRange.required(eventMessageEnable, "sensor event message enable");
        WireRange.required(presentState, "present state");
        WireRange.required(previousState, "previous state");
        WireRange.required(eventState, "event state");
        dataSize.check(presentReading, "present reading");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_SENSOR_READING;
    }
}
