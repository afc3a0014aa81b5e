package org.bmcplatform.app.buses;

import java.util.stream.Collectors;
import org.bmcplatform.sim.component.SimNic;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/simulation/components/{simId}/ports/{port}/link-down and /link-up: the cable of a virtual NIC's port
 * pulled or plugged (virtual board only). The NIC's NC-SI Get Link Status answers follow at once.
 */
@RestController
@RequestMapping("/api/simulation/components/{simId}/ports/{port}")
class SimulatedLinksController {
    private final SimulatedComponents components;

    SimulatedLinksController(LiveBoard board) {
        this.components = new SimulatedComponents(board);
    }

    record PortLinkView(String nic, int port, boolean linkUp) {
    }

    @PostMapping("/link-down")
    PortLinkView down(@PathVariable String simId, @PathVariable int port) {
        return set(simId, port, false);
    }

    @PostMapping("/link-up")
    PortLinkView up(@PathVariable String simId, @PathVariable int port) {
        return set(simId, port, true);
    }

    private PortLinkView set(String simId, int port, boolean up) {
        SimNic nic = nic(simId);
        if (nic.spec().ports().stream().noneMatch(p -> p.port() == port)) {
            throw SimulatedComponents.problem(HttpStatus.NOT_FOUND, "No such port", simId + " has ports "
                    + nic.spec().ports().stream().map(p -> Integer.toString(p.port())).collect(Collectors.joining(", ")));
        }
        nic.setLink(port, up);
        return new PortLinkView(simId, port, nic.linkUp(port));
    }

    private SimNic nic(String simId) {
        return components.find(simId, SimNic.class, "NIC", "pull the cable by hand");
    }
}
