package org.bmcplatform.sim.pldm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsResponse;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.StateSensorField;
import org.bmcplatform.profiles.pldm.StateSensorPdr;

/**
 * A state sensor behind a State Sensor PDR (DSP0248 §28.6) answering GetStateSensorReadings (DSP0248
 * §18.7): one source per composite sensor, each giving a value of the state set the PDR names for it.
 * previousState is the value before the last change; without events, eventState follows presentState.
 * Thread-safe.
 */
public final class StateSensor {
    private final StateSensorPdr pdr;
    private final List<IntSupplier> states;
    private final int[] present;
    private final int[] previous;

    /** @param states one source per composite sensor of the PDR, in order */
    public StateSensor(StateSensorPdr pdr, List<IntSupplier> states) {
        if (states.size() != pdr.compositeSensors().size()) {
            throw new IllegalArgumentException("the PDR has " + pdr.compositeSensors().size() + " composite sensors, "
                    + states.size() + " sources given");
        }
        this.pdr = pdr;
        this.states = List.copyOf(states);
        this.present = new int[states.size()];
        this.previous = new int[states.size()];
    }

    public StateSensorPdr pdr() {
        return pdr;
    }

    public int sensorId() {
        return pdr.sensorId();
    }

    /** The answer to GetStateSensorReadings at this moment. */
    public synchronized GetStateSensorReadingsResponse read(int instanceId) {
        List<StateSensorField> fields = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            int now = states.get(i).getAsInt();
            if (now != present[i]) {
                previous[i] = present[i];
                present[i] = now;
            }
            fields.add(new StateSensorField(SensorOperationalState.ENABLED, present[i], previous[i], present[i]));
        }
        return new GetStateSensorReadingsResponse(instanceId, fields);
    }
}
