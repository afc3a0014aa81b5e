package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;

/**
 * State Sensor PDR, PDR type 4 (DSP0248 §28.6 "State Sensor PDR format"). Body: PLDMTerminusHandle
 * u16, sensorID u16, entityType u16, entityInstanceNumber u16, containerID u16, sensorInit u8,
 * sensorAuxiliaryNamesPDR bool8, compositeSensorCount u8 (implicit, 1..8), then per composite sensor
 * its {@link PossibleStates}.
 */
public record StateSensorPdr(PdrHeader header, int terminusHandle, int sensorId, EntityId entity, SensorInit sensorInit,
        boolean auxiliaryNames, List<PossibleStates> compositeSensors) implements Pdr {
    public StateSensorPdr {
        WireRange.required(header, "PDR header");
        WireRange.unsigned(terminusHandle, 16, "PLDM terminus handle");
        WireRange.unsigned(sensorId, 16, "sensor ID");
        WireRange.required(entity, "entity");
        WireRange.required(sensorInit, "sensor init");
        compositeSensors = List.copyOf(WireRange.required(compositeSensors, "composite sensors"));
        if (compositeSensors.isEmpty() || compositeSensors.size() > 8) {
            throw new IllegalArgumentException("compositeSensorCount is 1..8, was " + compositeSensors.size());
        }
    }

    @Override
    public PdrType type() {
        return PdrType.STATE_SENSOR;
    }

    void writeBody(WireWriter w) {
        w.u16(terminusHandle).u16(sensorId);
        entity.write(w);
        w.u8(sensorInit.code()).bool8(auxiliaryNames).u8(compositeSensors.size());
        for (PossibleStates p : compositeSensors) {
            w.u16(p.stateSetId()).u8(p.states().length()).bytes(p.states());
        }
    }

    static StateSensorPdr readBody(PdrHeader header, WireReader r) {
        int terminus = r.u16("PLDMTerminusHandle");
        int sensorId = r.u16("sensorID");
        EntityId entity = EntityId.read(r, "entity");
        SensorInit init = new SensorInit(r.u8("sensorInit"));
        boolean auxNames = r.bool8("sensorAuxiliaryNamesPDR");
        int at = r.offset();
        int count = r.u8("compositeSensorCount");
        if (count < 1 || count > 8) {
            throw new PldmFormatException(at, "compositeSensorCount", "is 1..8, was " + count);
        }
        List<PossibleStates> sensors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int stateSet = r.u16("possibleStates[" + i + "].stateSetID");
            int sizeAt = r.offset();
            int size = r.u8("possibleStates[" + i + "].possibleStatesSize");
            if (size < 1 || size > 32) {
                throw new PldmFormatException(sizeAt, "possibleStates[" + i + "].possibleStatesSize", "is 1..32, was " + size);
            }
            sensors.add(new PossibleStates(stateSet, r.bytes(size, "possibleStates[" + i + "].possibleStates")));
        }
        return new StateSensorPdr(header, terminus, sensorId, entity, init, auxNames, sensors);
    }
}
