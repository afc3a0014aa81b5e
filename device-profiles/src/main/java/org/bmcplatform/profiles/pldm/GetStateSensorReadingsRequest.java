package org.bmcplatform.profiles.pldm;

/**
 * GetStateSensorReadings request (DSP0248 Table "GetStateSensorReadings command format"): sensorID
 * u16, sensorRearm bitfield8 (bit n rearms composite sensor n), reserved u8 (written 0, ignored).
 */
public record GetStateSensorReadingsRequest(int instanceId, int sensorId, int sensorRearm) implements PldmRequest {
    public GetStateSensorReadingsRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(sensorId, 16, "sensor ID");
        WireRange.unsigned(sensorRearm, 8, "sensor rearm");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_STATE_SENSOR_READINGS;
    }
}
