package org.bmcplatform.mctp.tag;

import org.bmcplatform.mctp.EndpointId;

/** The tag space: 8 tags per (network, local EID, peer EID) (reference mctp-stack.md §7.1). */
public record TagKey(int network, EndpointId local, EndpointId peer) {

    public TagKey {
        if (local == null || peer == null) {
            throw new IllegalArgumentException("local and peer EIDs are required");
        }
    }
}
