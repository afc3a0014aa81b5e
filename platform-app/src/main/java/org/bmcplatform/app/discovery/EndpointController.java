package org.bmcplatform.app.discovery;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bmcplatform.app.inventory.Component;
import org.bmcplatform.app.inventory.Inventory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/endpoints: every endpoint ever set up, with its current EID and the component behind it. */
@RestController
class EndpointController {
    private final EndpointRegistry registry;
    private final Inventory inventory;

    EndpointController(EndpointRegistry registry, Inventory inventory) {
        this.registry = registry;
        this.inventory = inventory;
    }

    record EndpointView(int network, int eid, UUID uuid, @JsonProperty("interface") String interfaceName,
                        String physicalAddress, List<String> messageTypes, EndpointState state, String componentId,
                        Instant firstSeen, Instant lastSeen) {
    }

    @GetMapping("/api/endpoints")
    List<EndpointView> endpoints() {
        Map<UUID, Component> components = inventory.all().stream()
                .collect(Collectors.toMap(Component::getUuid, Function.identity()));
        return registry.all().stream().map(e -> {
            Component c = components.get(e.getUuid());
            return new EndpointView(e.getNetwork(), e.getEid(), e.getUuid(), e.getInterfaceName(),
                    e.getPhysicalAddress(), e.getMessageTypes(), e.getState(),
                    c == null ? null : c.getId().toString(), e.getFirstSeen(), e.getLastSeen());
        }).toList();
    }
}
