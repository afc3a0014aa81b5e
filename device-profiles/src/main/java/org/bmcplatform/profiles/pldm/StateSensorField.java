package org.bmcplatform.profiles.pldm;

/**
 * One stateField of a GetStateSensorReadings response (DSP0248 Table "GetStateSensorReadings
 * command format"): sensorOperationalState, presentState, previousState, eventState. The three
 * states are values of the state set the State Sensor PDR names for this composite sensor.
 */
public record StateSensorField(SensorOperationalState operationalState, int presentState, int previousState, int eventState) {
    public StateSensorField {
        WireRange.required(operationalState, "sensor operational state");
        WireRange.unsigned(presentState, 8, "present state");
        WireRange.unsigned(previousState, 8, "previous state");
        WireRange.unsigned(eventState, 8, "event state");
    }
}
