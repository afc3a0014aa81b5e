package org.bmcplatform.sim.component;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.profiles.pldm.EntityAssociationPdr;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.FruEncoding;
import org.bmcplatform.profiles.pldm.FruField;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordType;
import org.bmcplatform.profiles.pldm.HealthState;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.PossibleStates;
import org.bmcplatform.profiles.pldm.RangeFieldFormat;
import org.bmcplatform.profiles.pldm.SensorDataSize;
import org.bmcplatform.profiles.pldm.SensorInit;
import org.bmcplatform.profiles.pldm.SensorRanges;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.SensorUnits;
import org.bmcplatform.profiles.pldm.StateSensorPdr;
import org.bmcplatform.sim.board.HbaDriveSpec;
import org.bmcplatform.sim.board.PldmHbaSpec;
import org.bmcplatform.sim.pldm.PldmTerminus;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * The PDRs (DSP0248 §28) and FRU records (DSP0257) of a {@link SimPldmHba}: which entity, sensor ID,
 * unit, size and thresholds each sensor has. The numbers are public on {@link SimPldmHba}.
 */
final class HbaRecords {
    /** PDR updateInterval: the thermal model moves in one-second steps. */
    static final float UPDATE_INTERVAL_S = 1.0f;
    /** Hysteresis of the temperature thresholds, °C. */
    static final double HYSTERESIS_CELSIUS = 2;
    /** What the temperature sensors can read, °C. */
    static final double MIN_READABLE_CELSIUS = -40;
    static final double MAX_READABLE_CELSIUS = 150;

    private HbaRecords() {
    }

    static EntityId driveEntity(int slot) {
        return new EntityId(SimPldmHba.ENTITY_FIXED_DISK, slot + 1, SimPldmHba.DRIVE_CONTAINER_ID);
    }

    /** The controller (ROC) temperature: °C, sint16, the board file's resolution (1 or 0.5), upper warning and critical. */
    static NumericSensorPdr controllerTemperature(PdrHeader header, PldmHbaSpec spec) {
        return temperature(header, SimPldmHba.CONTROLLER_TEMPERATURE_SENSOR, SimPldmHba.HBA_ENTITY, SensorDataSize.SINT16,
                RangeFieldFormat.SINT16, spec.temperatureResolution(), spec.thermal());
    }

    /** A drive temperature: °C, sint8 (readers must sign-extend, caveat 21), resolution 1, upper warning and critical. */
    static NumericSensorPdr driveTemperature(PdrHeader header, HbaDriveSpec drive) {
        return temperature(header, SimPldmHba.driveSensorId(drive.slot()), driveEntity(drive.slot()), SensorDataSize.SINT8,
                RangeFieldFormat.SINT8, 1, drive.thermal());
    }

    private static NumericSensorPdr temperature(PdrHeader header, int sensorId, EntityId entity, SensorDataSize size,
                                                RangeFieldFormat format, double resolution, ThermalParameters thermal) {
        long max = Math.min(size.max(), Math.round(MAX_READABLE_CELSIUS / resolution));
        long min = Math.max(size.min(), Math.round(MIN_READABLE_CELSIUS / resolution));
        double warning = Math.max(min, Math.min(max, Math.round(thermal.warningCelsius() / resolution)));
        double critical = Math.max(min, Math.min(max, Math.round(thermal.criticalCelsius() / resolution)));
        SensorRanges ranges = new SensorRanges(format, SensorRanges.CRITICAL_HIGH, 0, 0, 0, warning, 0, critical, 0, 0, 0);
        return new NumericSensorPdr(header, PldmTerminus.TERMINUS_HANDLE, sensorId, entity, SensorInit.NO_INIT, false,
                SensorUnits.of(SensorUnit.DEGREES_C, 0), true, size, (float) resolution, 0f, 0, 0, 0,
                Math.round(HYSTERESIS_CELSIUS / resolution), NumericSensorPdr.UPPER_WARNING | NumericSensorPdr.UPPER_CRITICAL, 0,
                0f, UPDATE_INTERVAL_S, max, min, ranges);
    }

    /**
     * The controller health: one composite sensor of DSP0249 state set 1 (Health State) that can report every value
     * of the set (the temperature gives normal, upper non-critical and upper critical; {@link SimPldmHba#setHealth}
     * any of them).
     */
    static StateSensorPdr controllerHealth(PdrHeader header) {
        int[] all = java.util.Arrays.stream(HealthState.values()).mapToInt(HealthState::value).toArray();
        return new StateSensorPdr(header, PldmTerminus.TERMINUS_HANDLE, SimPldmHba.CONTROLLER_HEALTH_SENSOR, SimPldmHba.HBA_ENTITY,
                SensorInit.NO_INIT, false, List.of(PossibleStates.of(HealthState.STATE_SET_ID, all)));
    }

    /** The HBA entity (logically) contains the drive entities present now, in slot order. */
    static EntityAssociationPdr drives(PdrHeader header, List<Integer> presentSlots) {
        List<EntityId> contained = new ArrayList<>();
        for (int slot : presentSlots) {
            contained.add(driveEntity(slot));
        }
        return new EntityAssociationPdr(header, SimPldmHba.DRIVE_CONTAINER_ID, EntityAssociationPdr.LOGICAL,
                SimPldmHba.HBA_ENTITY, contained);
    }

    static FruRecordSetPdr controllerFruSet(PdrHeader header) {
        return new FruRecordSetPdr(header, PldmTerminus.TERMINUS_HANDLE, SimPldmHba.CONTROLLER_FRU_SET, SimPldmHba.HBA_ENTITY);
    }

    static FruRecordSetPdr driveFruSet(PdrHeader header, int slot) {
        return new FruRecordSetPdr(header, PldmTerminus.TERMINUS_HANDLE, SimPldmHba.driveFruSetId(slot), driveEntity(slot));
    }

    /** The controller's General record: manufacturer, model, part number, serial number, version (firmware). */
    static FruRecord controllerFru(PldmHbaSpec spec) {
        PldmHbaSpec.Identity id = spec.identity();
        return general(SimPldmHba.CONTROLLER_FRU_SET, List.of(text(FruFieldType.MANUFACTURER, id.manufacturer()),
                text(FruFieldType.MODEL, id.model()), text(FruFieldType.PART_NUMBER, id.partNumber()),
                text(FruFieldType.SERIAL_NUMBER, id.serial()), text(FruFieldType.VERSION, id.firmware())));
    }

    /** A drive's General record: manufacturer (if given), model, serial number, version (firmware), description (capacity, if given). */
    static FruRecord driveFru(HbaDriveSpec drive) {
        List<FruField> fields = new ArrayList<>();
        if (!drive.manufacturer().isEmpty()) {
            fields.add(text(FruFieldType.MANUFACTURER, drive.manufacturer()));
        }
        fields.add(text(FruFieldType.MODEL, drive.model()));
        fields.add(text(FruFieldType.SERIAL_NUMBER, drive.serial()));
        fields.add(text(FruFieldType.VERSION, drive.firmware()));
        if (drive.capacityGb() > 0) {
            fields.add(text(FruFieldType.DESCRIPTION, "Hard drive, " + drive.capacityGb() + " GB"));
        }
        return general(SimPldmHba.driveFruSetId(drive.slot()), fields);
    }

    private static FruRecord general(int set, List<FruField> fields) {
        return new FruRecord(set, FruRecordType.GENERAL, FruEncoding.ASCII, fields);
    }

    private static FruField text(FruFieldType type, String value) {
        return FruField.text(type, value, FruEncoding.ASCII);
    }
}
