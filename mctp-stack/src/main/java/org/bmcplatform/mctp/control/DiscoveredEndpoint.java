package org.bmcplatform.mctp.control;

import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * An endpoint the bus owner has set up (DSP0236 §8.17, mctpd SetupEndpoint): where it is, the EID it
 * answers to, and what it said about itself.
 *
 * @param eidAssigned true when the bus owner assigned the EID with Set Endpoint ID, false when it adopted
 *                    the EID the device already had
 */
public record DiscoveredEndpoint(int network, EndpointId eid, UUID uuid, String interfaceName, LinkAddress address,
                                 Set<MessageType> messageTypes, boolean eidAssigned) {
    public DiscoveredEndpoint {
        if (eid == null || uuid == null || interfaceName == null || address == null || messageTypes == null) {
            throw new IllegalArgumentException("no field may be null");
        }
        if (!eid.isUnicast()) {
            throw new IllegalArgumentException("a discovered endpoint has a unicast EID, was " + eid);
        }
        messageTypes = Set.copyOf(messageTypes);
    }
}
