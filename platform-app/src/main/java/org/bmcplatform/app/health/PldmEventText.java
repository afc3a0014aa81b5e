package org.bmcplatform.app.health;

import org.bmcplatform.profiles.pldm.OtherEvent;
import org.bmcplatform.profiles.pldm.PlatformEvent;
import org.bmcplatform.profiles.pldm.SensorEvent;
import org.bmcplatform.profiles.pldm.SensorEventData;

/** A PLDM event in words for the event log (DSP0248 Table "sensorEvent class eventData format"). */
final class PldmEventText {
    private PldmEventText() {
    }

    static String describe(PlatformEvent event) {
        if (event instanceof SensorEvent s) {
            String sensor = "sensor " + s.sensorId();
            if (s.data() instanceof SensorEventData.StateSensorChange c) {
                return String.format("%s (composite %d) state %d, was %d", sensor, c.sensorOffset(), c.eventState(),
                        c.previousEventState());
            }
            if (s.data() instanceof SensorEventData.OperationalStateChange c) {
                return String.format("%s operational state %s, was %s", sensor, c.present(), c.previous());
            }
            SensorEventData.NumericSensorChange c = (SensorEventData.NumericSensorChange) s.data();
            return String.format("%s event state %s, was %s, reading %d", sensor, c.eventState(), c.previousEventState(),
                    c.presentReading());
        }
        OtherEvent o = (OtherEvent) event;
        return String.format("event class 0x%02x, %d bytes of event data", o.eventClass(), o.eventData().length());
    }
}
