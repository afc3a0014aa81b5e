package org.bmcplatform.app.buses;

import java.util.stream.Collectors;
import org.bmcplatform.sim.component.SimNic;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/simulation/components/{simId}/ports/{port}/link-down and /link-up: the cable of a virtual NIC's port
 * pulled or plugged (virtual board only). The NIC's NC-SI Get Link Status answers follow at once.
 * POST .../bad-frames?count=N: the port receives N frames with a bad FCS, counted in its packet statistics.
 */
@RestController
@RequestMapping("/api/simulation/components/{simId}/ports/{port}")
class SimulatedLinksController {
    private static final long MAX_BAD_FRAMES = 1_000_000;

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

    record BadFramesView(String nic, int port, long received) {
    }

    /** The port receives {@code count} frames with a bad FCS (CRC): its FCS Receive Errors counter grows by that. */
    @PostMapping("/bad-frames")
    BadFramesView badFrames(@PathVariable String simId, @PathVariable int port, @RequestParam long count) {
        if (count < 1 || count > MAX_BAD_FRAMES) {
            throw SimulatedComponents.problem(HttpStatus.BAD_REQUEST, "Bad count",
                    "count is the number of bad frames to receive, 1.." + MAX_BAD_FRAMES + ", was " + count);
        }
        nic(simId, port).receiveBadFrames(port, count);
        return new BadFramesView(simId, port, count);
    }

    private PortLinkView set(String simId, int port, boolean up) {
        SimNic nic = nic(simId, port);
        nic.setLink(port, up);
        return new PortLinkView(simId, port, nic.linkUp(port));
    }

    private SimNic nic(String simId, int port) {
        SimNic nic = nic(simId);
        if (nic.spec().ports().stream().noneMatch(p -> p.port() == port)) {
            throw SimulatedComponents.problem(HttpStatus.NOT_FOUND, "No such port", simId + " has ports "
                    + nic.spec().ports().stream().map(p -> Integer.toString(p.port())).collect(Collectors.joining(", ")));
        }
        return nic;
    }

    private SimNic nic(String simId) {
        return components.find(simId, SimNic.class, "NIC", "pull the cable by hand");
    }
}
