package org.bmcplatform.app.discovery;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.app.inventory.Component;
import org.bmcplatform.app.inventory.ComponentFacts;
import org.bmcplatform.app.inventory.ComponentState;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.profile.ContainedComponent;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.Identification;
import org.bmcplatform.profiles.profile.ProfileEngine;

/**
 * The components a component reports (the drives behind an HBA, from its PDRs and FRU records): registered
 * under their parent, located at the parent's bus address, keyed by a UUID derived from the parent's UUID and
 * their own identity (a drive's FRU serial number: a swapped drive is another component). One the parent no
 * longer reports (pulled from the HBA) is marked absent; one it reports again returns with its id.
 */
@org.springframework.stereotype.Component
class ContainedRegistry {
    private final Inventory inventory;
    private final ProfileEngine engine;

    ContainedRegistry(Inventory inventory, ProfileEngine engine) {
        this.inventory = inventory;
        this.engine = engine;
    }

    /** Registers what {@code parent} contains now; returns each contained entity's component id. */
    Map<EntityId, Long> register(long parentId, ComponentFacts parent, DeviceProfile profile, Identification identified) {
        Map<EntityId, Long> ids = new LinkedHashMap<>();
        Set<UUID> reported = new HashSet<>();
        for (ContainedComponent c : engine.contained(profile, identified)) {
            UUID uuid = UUID.nameUUIDFromBytes(("contained/" + parent.uuid() + "/" + c.key()).getBytes(StandardCharsets.UTF_8));
            reported.add(uuid);
            String where = parent.slot() == null ? parent.name() : parent.slot();
            ComponentFacts facts = new ComponentFacts(uuid, c.rule().componentClass().name(), profile.id(),
                    parent.name() + "-" + c.label(), parent.bus(), parent.address(), where + " / " + c.label(),
                    parent.endpointId(), c.assets(), parentId);
            ids.put(c.entity(), inventory.register(facts).componentId());
        }
        for (Component child : inventory.childrenOf(parentId)) {
            if (child.getState() == ComponentState.PRESENT && !reported.contains(child.getUuid())) {
                inventory.markAbsent(child.getId(), parent.name() + " no longer reports it");
            }
        }
        return ids;
    }

    /** The parent is gone: so are the components behind it. */
    void parentLost(long parentId, String reason) {
        for (Component child : inventory.childrenOf(parentId)) {
            inventory.markAbsent(child.getId(), reason);
        }
    }
}
