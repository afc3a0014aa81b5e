package org.bmcplatform.app.buses;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bmcplatform.profiles.pldm.HealthState;
import org.bmcplatform.sim.component.SimPldmHba;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/simulation/components/{simId}/health and POST .../health/{state}: what a virtual HBA's controller
 * health state sensor (DSP0249 state set 1) reports, held at a state on demand (e.g. {@code upper-critical}) or
 * following the controller temperature again ({@code auto}); virtual board only. The platform sees the change
 * at its next poll of the HBA.
 */
@RestController
@RequestMapping("/api/simulation/components/{simId}/health")
class SimulatedHbaHealthController {
    static final String AUTO = "auto";

    private final SimulatedComponents components;

    SimulatedHbaHealthController(LiveBoard board) {
        this.components = new SimulatedComponents(board);
    }

    /** The state now, its DSP0249 value, and whether it is held (else it follows the temperature). */
    record HealthStateView(String hba, String state, int value, boolean held) {
    }

    @GetMapping
    HealthStateView health(@PathVariable String simId) {
        return view(hba(simId));
    }

    @PostMapping("/{state}")
    HealthStateView set(@PathVariable String simId, @PathVariable String state) {
        SimPldmHba hba = hba(simId);
        if (AUTO.equals(state)) {
            hba.followTemperature();
        } else {
            hba.setHealth(parse(state));
        }
        return view(hba);
    }

    private SimPldmHba hba(String simId) {
        return components.find(simId, SimPldmHba.class, "HBA", "its health state comes from the device itself");
    }

    /** {@code upper-critical} (the state's name with dashes) or its value {@code 7}. */
    static HealthState parse(String state) {
        String name = state.toLowerCase(Locale.ROOT).replace('-', ' ');
        return Arrays.stream(HealthState.values())
                .filter(s -> s.label().equals(name) || Integer.toString(s.value()).equals(state)).findFirst()
                .orElseThrow(() -> SimulatedComponents.problem(HttpStatus.BAD_REQUEST, "Unknown health state",
                        "'" + state + "' is not a DSP0249 Health State; use one of " + names() + " or " + AUTO
                                + " (follow the controller temperature)"));
    }

    private static String names() {
        return Arrays.stream(HealthState.values()).map(SimulatedHbaHealthController::slug).collect(Collectors.joining(", "));
    }

    static String slug(HealthState s) {
        return s.label().replace(' ', '-');
    }

    private static HealthStateView view(SimPldmHba hba) {
        HealthState now = hba.controllerHealth();
        return new HealthStateView(hba.id(), slug(now), now.value(), hba.healthHeld());
    }
}
