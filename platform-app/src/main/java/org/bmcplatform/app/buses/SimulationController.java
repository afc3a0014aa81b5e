package org.bmcplatform.app.buses;

import java.util.stream.Collectors;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.component.SimComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/simulation/components/{simId}/unplug and /plug: hot-plug on the virtual board only. */
@RestController
@RequestMapping("/api/simulation/components/{simId}")
class SimulationController {
    private final LiveBoard board;

    SimulationController(LiveBoard board) {
        this.board = board;
    }

    record SimComponentView(String id, String bus, int address, String slot, boolean present) {
    }

    @PostMapping("/unplug")
    SimComponentView unplug(@PathVariable String simId) {
        SimComponent c = component(simId);
        c.unplug();
        return view(c);
    }

    @PostMapping("/plug")
    SimComponentView plug(@PathVariable String simId) {
        SimComponent c = component(simId);
        c.plug();
        return view(c);
    }

    private SimComponent component(String simId) {
        VirtualBoard sim = board.simulation().orElseThrow(() -> problem(HttpStatus.CONFLICT, "Not a virtual board",
                "Board " + board.spec().name() + " runs real hardware; hot-plug it by hand"));
        return sim.findComponent(simId).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Unknown simulated component",
                "No simulated component '" + simId + "'; the board's components are "
                        + sim.components().stream().map(SimComponent::id).collect(Collectors.joining(", "))));
    }

    private static SimComponentView view(SimComponent c) {
        return new SimComponentView(c.id(), c.busName(), c.address(), c.slot(), c.present());
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return new ErrorResponseException(status, p, null);
    }
}
