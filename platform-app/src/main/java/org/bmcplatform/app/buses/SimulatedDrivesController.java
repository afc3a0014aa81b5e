package org.bmcplatform.app.buses;

import java.util.stream.Collectors;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.component.SimComponent;
import org.bmcplatform.sim.component.SimPldmHba;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
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
    private final LiveBoard board;

    SimulatedDrivesController(LiveBoard board) {
        this.board = board;
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
        VirtualBoard sim = board.simulation().orElseThrow(() -> problem(HttpStatus.CONFLICT, "Not a virtual board",
                "Board " + board.spec().name() + " runs real hardware; pull the drive by hand"));
        SimComponent c = sim.findComponent(simId).orElse(null);
        if (c instanceof SimPldmHba hba) {
            return hba;
        }
        throw problem(HttpStatus.NOT_FOUND, "Not a simulated HBA", "No simulated HBA '" + simId + "'; the board's HBAs are "
                + sim.components().stream().filter(SimPldmHba.class::isInstance).map(SimComponent::id)
                .collect(Collectors.joining(", ")));
    }

    private static void check(SimPldmHba hba, int slot) {
        if (hba.spec().drives().stream().noneMatch(d -> d.slot() == slot)) {
            throw problem(HttpStatus.NOT_FOUND, "No such drive slot", hba.id() + " has drives in slots "
                    + hba.spec().drives().stream().map(d -> Integer.toString(d.slot())).collect(Collectors.joining(", ")));
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return new ErrorResponseException(status, p, null);
    }
}
