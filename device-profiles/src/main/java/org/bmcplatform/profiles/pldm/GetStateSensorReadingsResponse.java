package org.bmcplatform.profiles.pldm;

import java.util.List;

/**
 * GetStateSensorReadings response (DSP0248 Table "GetStateSensorReadings command format"):
 * completion code, compositeSensorCount u8 (1..8, implicit: the size of {@code fields}), then one
 * 4-byte stateField per composite sensor.
 */
public record GetStateSensorReadingsResponse(int instanceId, List<StateSensorField> fields) implements PldmResponse {
    public static final int MAX_COMPOSITE = 8;

    public GetStateSensorReadingsResponse {
        WireRange.instanceId(instanceId);
        fields = List.copyOf(WireRange.required(fields, "state fields"));
        if (fields.isEmpty() || fields.size() > MAX_COMPOSITE) {
            throw new IllegalArgumentException("compositeSensorCount is 1..8, was " + fields.size());
        }
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_STATE_SENSOR_READINGS;
    }
}
