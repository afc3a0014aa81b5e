package org.bmcplatform.app.inventory;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What discovery learned about a component: identity (the endpoint UUID), where it sits, which
 * profile describes it, the endpoint row it answers on, the asset facts identification read, and for a
 * component another one reports (a drive behind an HBA) that component's id.
 */
public record ComponentFacts(UUID uuid, String componentClass, String profile, String name, String bus,
                             int address, String slot, Long endpointId, Map<String, String> assets, Long parentId) {

    public ComponentFacts {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(componentClass, "componentClass");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bus, "bus");
        assets = Map.copyOf(assets);
    }

    /** A component with an endpoint of its own. */
    public ComponentFacts(UUID uuid, String componentClass, String profile, String name, String bus, int address,
                          String slot, Long endpointId, Map<String, String> assets) {
        this(uuid, componentClass, profile, name, bus, address, slot, endpointId, assets, null);
    }
}
