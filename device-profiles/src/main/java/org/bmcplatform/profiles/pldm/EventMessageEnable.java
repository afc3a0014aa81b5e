package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * sensorEventMessageEnable (DSP0248 Table "GetSensorReading command format"): 0 noEventGeneration,
 * 1 eventsDisabled, 2 eventsEnabled, 3 opEventsOnlyEnabled, 4 stateEventsOnlyEnabled. Unknown codes
 * round-trip.
 */
public record EventMessageEnable(int code) {
    public static final EventMessageEnable NO_EVENT_GENERATION = new EventMessageEnable(0);
    public static final EventMessageEnable EVENTS_DISABLED = new EventMessageEnable(1);
    public static final EventMessageEnable EVENTS_ENABLED = new EventMessageEnable(2);
    public static final EventMessageEnable OP_EVENTS_ONLY_ENABLED = new EventMessageEnable(3);
    public static final EventMessageEnable STATE_EVENTS_ONLY_ENABLED = new EventMessageEnable(4);

    private static final Map<Integer, String> NAMES = Map.of(0, "noEventGeneration", 1, "eventsDisabled",
            2, "eventsEnabled", 3, "opEventsOnlyEnabled", 4, "stateEventsOnlyEnabled");

    public EventMessageEnable {
        WireRange.unsigned(code, 8, "sensor event message enable");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
