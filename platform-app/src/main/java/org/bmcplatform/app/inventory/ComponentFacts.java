package org.bmcplatform.app.inventory;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What discovery learned about a component: identity (the endpoint UUID), where it sits, which
 * profile describes it, the endpoint row it answers on, and the asset facts identification read.
 */
public record ComponentFacts(UUID uuid, String componentClass, String profile, String name, String bus,
                             int address, String slot, Long endpointId, Map<String, String> assets) {

    public ComponentFacts {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(componentClass, "componentClass");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bus, "bus");
        assets = Map.copyOf(assets);
    }
}
