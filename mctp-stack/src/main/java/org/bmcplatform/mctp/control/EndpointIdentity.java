package org.bmcplatform.mctp.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;

/**
 * What a {@link ControlResponder} tells about its endpoint: UUID (Get Endpoint UUID), supported message
 * types (Get Message Type Support; control is always included), whether it is the bus owner (Get
 * Endpoint ID type; a bus owner refuses Set Endpoint ID), its static EID if any, and its vendor-defined
 * message support sets.
 */
public record EndpointIdentity(UUID uuid, Set<MessageType> messageTypes, boolean busOwner,
                               Optional<EndpointId> staticEid, List<VendorDefinedSupport> vendorTypes) {
    public EndpointIdentity {
        if (uuid == null || messageTypes == null || staticEid == null || vendorTypes == null) {
            throw new IllegalArgumentException("uuid, messageTypes, staticEid and vendorTypes must not be null");
        }
        staticEid.ifPresent(e -> {
            if (!e.isUnicast()) {
                throw new IllegalArgumentException("a static EID must be 8..254, was " + e);
            }
        });
        TreeSet<MessageType> types = new TreeSet<>(messageTypes);
        types.add(MessageType.CONTROL);
        messageTypes = java.util.Collections.unmodifiableSet(types);
        vendorTypes = List.copyOf(vendorTypes);
        if (vendorTypes.size() > 0xFF) {
            throw new IllegalArgumentException("at most 255 vendor ID sets");
        }
    }
}
