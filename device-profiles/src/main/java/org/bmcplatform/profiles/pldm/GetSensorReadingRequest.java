package org.bmcplatform.profiles.pldm;

/** GetSensorReading request (DSP0248 Table "GetSensorReading command format"): sensorID u16, rearmEventState bool8. */
public record GetSensorReadingRequest(int instanceId, int sensorId, boolean rearmEventState) implements PldmRequest {
    public GetSensorReadingRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(sensorId, 16, "sensor ID");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_SENSOR_READING;
    }
}
