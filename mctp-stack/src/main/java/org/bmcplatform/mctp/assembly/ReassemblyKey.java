package org.bmcplatform.mctp.assembly;

import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.packet.PacketHeader;

/**
 * Identifies one message being reassembled (reference mctp-stack.md §7.3, recommended key):
 * network, source EID, destination EID, message tag and tag owner bit.
 */
public record ReassemblyKey(int network, EndpointId source, EndpointId destination, int tag, boolean tagOwner) {

    public ReassemblyKey {
        if (source == null || destination == null) {
            throw new IllegalArgumentException("source and destination EIDs are required");
        }
        if (tag < 0 || tag > 7) {
            throw new IllegalArgumentException("message tag is 0..7, was " + tag);
        }
    }

    /** The key a packet on {@code network} belongs to. */
    public static ReassemblyKey of(int network, PacketHeader h) {
        return new ReassemblyKey(network, h.source(), h.destination(), h.tag(), h.tagOwner());
    }
}
