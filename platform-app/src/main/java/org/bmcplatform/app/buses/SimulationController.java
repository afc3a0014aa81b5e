package org.bmcplatform.app.buses;

import org.bmcplatform.sim.component.SimComponent;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/simulation/components/{simId}/unplug and /plug: hot-plug on the virtual board only. */
@RestController
@RequestMapping("/api/simulation/components/{simId}")
class SimulationController {
    private final SimulatedComponents components;

    SimulationController(LiveBoard board) {
        this.components = new SimulatedComponents(board);
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
        return components.find(simId, "hot-plug it by hand");
    }

    private static SimComponentView view(SimComponent c) {
        return new SimComponentView(c.id(), c.busName(), c.address(), c.slot(), c.present());
    }
}
