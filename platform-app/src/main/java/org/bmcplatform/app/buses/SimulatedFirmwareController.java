package org.bmcplatform.app.buses;

import java.util.Map;
import org.bmcplatform.sim.component.FirmwareUpdatable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET and POST /api/simulation/components/{simId}/firmware: a simulated drive's firmware revision, and a new one
 * activated with a reset (virtual board only). The drive leaves the bus and comes back with no EID; the platform
 * finds it again, keeps it as the same component (its UUID) and records the firmware change in its asset history.
 */
@RestController
@RequestMapping("/api/simulation/components/{simId}/firmware")
class SimulatedFirmwareController {
    static final String WHAT_TO_SEND = "send {\"revision\": \"<1 to 8 printable ASCII characters>\"}";
    private final SimulatedComponents components;

    SimulatedFirmwareController(LiveBoard board) {
        this.components = new SimulatedComponents(board);
    }

    record FirmwareView(String id, String revision, boolean present) {
    }

    @GetMapping
    FirmwareView get(@PathVariable String simId) {
        return view(component(simId));
    }

    @PostMapping
    FirmwareView activate(@PathVariable String simId, @RequestBody Map<String, Object> body) {
        FirmwareUpdatable c = component(simId);
        if (!(body.get("revision") instanceof String revision)) {
            throw SimulatedComponents.problem(HttpStatus.BAD_REQUEST, "Invalid firmware revision", WHAT_TO_SEND);
        }
        try {
            c.activateFirmware(revision);
        } catch (IllegalArgumentException e) {
            throw SimulatedComponents.problem(HttpStatus.BAD_REQUEST, "Invalid firmware revision", e.getMessage() + "; " + WHAT_TO_SEND);
        }
        return view(c);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not a JSON object; " + WHAT_TO_SEND);
        p.setTitle("Invalid firmware revision");
        return p;
    }

    private FirmwareUpdatable component(String simId) {
        return components.find(simId, FirmwareUpdatable.class, "component with updatable firmware", "update it with the vendor's tool");
    }

    private static FirmwareView view(FirmwareUpdatable c) {
        return new FirmwareView(c.id(), c.firmwareRevision(), c.present());
    }
}
