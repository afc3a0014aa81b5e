package org.bmcplatform.app.buses;

import java.util.stream.Collectors;
import org.bmcplatform.sim.component.SimPldmHba;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/simulation/components/{simId}/drives/{slot}/pull and /insert: a drive taken out of or put back
 * into a virtual HBA (virtual board only). The HBA's PDRs and FRU records change at once; the platform sees it
 * at its next inventory refresh of the HBA.
 */
@RestController
@RequestMapping("/api/simulation/components/{simId}/drives/{slot}")
class SimulatedDrivesController {
    private final SimulatedComponents components;

    SimulatedDrivesController(LiveBoard board) {
        this.components = new SimulatedComponents(board);
    }

    record DriveSlotView(String hba, int slot, boolean present) {
    }

    @PostMapping("/pull")
    DriveSlotView pull(@PathVariable String simId, @PathVariable int slot) {
        SimPldmHba hba = hba(simId);
        check(hba, slot);
        hba.pullDrive(slot);
        return new DriveSlotView(simId, slot, hba.drivePresent(slot));
    }

    @PostMapping("/insert")
    DriveSlotView insert(@PathVariable String simId, @PathVariable int slot) {
        SimPldmHba hba = hba(simId);
        check(hba, slot);
        hba.insertDrive(slot);
        return new DriveSlotView(simId, slot, hba.drivePresent(slot));
    }

    private SimPldmHba hba(String simId) {
        return components.find(simId, SimPldmHba.class, "HBA", "pull the drive by hand");
    }

    private static void check(SimPldmHba hba, int slot) {
        if (hba.spec().drives().stream().noneMatch(d -> d.slot() == slot)) {
            throw SimulatedComponents.problem(HttpStatus.NOT_FOUND, "No such drive slot", hba.id() + " has drives in slots "
                    + hba.spec().drives().stream().map(d -> Integer.toString(d.slot())).collect(Collectors.joining(", ")));
        }
    }
}
