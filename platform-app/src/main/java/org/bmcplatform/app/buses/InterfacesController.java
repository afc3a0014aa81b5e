package org.bmcplatform.app.buses;

import java.util.List;
import org.bmcplatform.mctp.MctpInterface;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/interfaces, GET /api/interfaces/{name}: each MCTP interface with its binding, addresses,
 * administrative and link state, counters and drops by reason. PUT /api/interfaces/{name}/state
 * {@code {"up": false}} brings one down, {@code {"up": true}} up again (idempotent).
 */
@RestController
@RequestMapping("/api/interfaces")
class InterfacesController {
    private final BoardInterfaces interfaces;
    private final JsonMapper json;

    InterfacesController(BoardInterfaces interfaces, JsonMapper json) {
        this.interfaces = interfaces;
        this.json = json;
    }

    @GetMapping
    List<InterfaceView> interfaces() {
        return interfaces.all().stream().map(this::view).toList();
    }

    @GetMapping("/{name}")
    InterfaceView one(@PathVariable String name) {
        return view(interfaces.named(name));
    }

    /** The body is read as text so that a missing or malformed one gets a problem saying what to send. */
    @PutMapping("/{name}/state")
    InterfaceView state(@PathVariable String name, @RequestBody(required = false) String body) {
        interfaces.named(name); // an unknown name is a 404 even when the body is bad
        return view(interfaces.setUp(name, StateChange.parse(body, json).up()));
    }

    private InterfaceView view(MctpInterface i) {
        return InterfaceView.of(i, interfaces.clockHz(i));
    }
}
