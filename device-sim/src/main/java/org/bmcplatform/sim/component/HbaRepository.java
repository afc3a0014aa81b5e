package org.bmcplatform.sim.component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import org.bmcplatform.sim.board.HbaDriveSpec;
import org.bmcplatform.sim.board.PldmHbaSpec;
import org.bmcplatform.sim.pldm.PldmTerminus;

/**
 * Fills a {@link SimPldmHba}'s terminus and keeps it in step with the drives: the controller's sensors,
 * FRU record set PDR and FRU record, the Entity Association PDR and per cabled drive its sensor, FRU
 * record set PDR and FRU record. Callers serialise (the HBA's lock).
 */
final class HbaRepository {
    private final PldmHbaSpec spec;
    private final PldmTerminus terminus;
    private final DoubleSupplier controllerCelsius;
    private final IntSupplier controllerHealth;
    private final IntToDoubleFunction driveCelsius;
    private final Map<Integer, Long> driveFruSetHandles = new HashMap<>();
    private long associationHandle;

    HbaRepository(PldmHbaSpec spec, PldmTerminus terminus, DoubleSupplier controllerCelsius, IntSupplier controllerHealth,
                  IntToDoubleFunction driveCelsius) {
        this.spec = spec;
        this.terminus = terminus;
        this.controllerCelsius = controllerCelsius;
        this.controllerHealth = controllerHealth;
        this.driveCelsius = driveCelsius;
    }

    /** Controller records first, then the association, then each cabled drive in slot order. */
    void build(List<Integer> cabledSlots) {
        terminus.addNumericSensor(h -> HbaRecords.controllerTemperature(h, spec), controllerCelsius);
        terminus.addStateSensor(HbaRecords::controllerHealth, List.of(controllerHealth));
        terminus.pdrs().add(HbaRecords::controllerFruSet);
        terminus.putFruRecordSet(SimPldmHba.CONTROLLER_FRU_SET, List.of(HbaRecords.controllerFru(spec)));
        updateAssociation(cabledSlots);
        for (int slot : cabledSlots) {
            addDriveRecords(spec.drive(slot).orElseThrow());
        }
    }

    void addDrive(HbaDriveSpec drive, List<Integer> cabledSlots) {
        addDriveRecords(drive);
        updateAssociation(cabledSlots);
    }

    void removeDrive(HbaDriveSpec drive, List<Integer> cabledSlots) {
        terminus.removeSensor(SimPldmHba.driveSensorId(drive.slot()));
        Long fruSet = driveFruSetHandles.remove(drive.slot());
        if (fruSet != null) {
            terminus.pdrs().remove(fruSet);
        }
        terminus.removeFruRecordSet(SimPldmHba.driveFruSetId(drive.slot()));
        updateAssociation(cabledSlots);
    }

    private void addDriveRecords(HbaDriveSpec drive) {
        int slot = drive.slot();
        terminus.addNumericSensor(h -> HbaRecords.driveTemperature(h, drive), () -> driveCelsius.applyAsDouble(slot));
        driveFruSetHandles.put(slot, terminus.pdrs().add(h -> HbaRecords.driveFruSet(h, slot)));
        terminus.putFruRecordSet(SimPldmHba.driveFruSetId(slot), List.of(HbaRecords.driveFru(drive)));
    }

    /** The association lists the cabled drives; with none it is removed (an association contains at least one entity). */
    private void updateAssociation(List<Integer> cabledSlots) {
        if (cabledSlots.isEmpty()) {
            if (associationHandle != 0) {
                terminus.pdrs().remove(associationHandle);
                associationHandle = 0;
            }
        } else if (associationHandle == 0) {
            associationHandle = terminus.pdrs().add(h -> HbaRecords.drives(h, cabledSlots));
        } else {
            terminus.pdrs().replace(associationHandle, h -> HbaRecords.drives(h, cabledSlots));
        }
    }
}
