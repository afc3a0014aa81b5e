package org.bmcplatform.mctp.control;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.MessageType;

/**
 * What an endpoint says about itself when asked by EID: its UUID (DSP0236 §12.7), the message types it
 * supports (§12.9, control always among them) and, when it lists a vendor-defined type, its vendor ID sets
 * (§12.10).
 */
public record EndpointDescription(UUID uuid, Set<MessageType> messageTypes, List<VendorDefinedSupport> vendorSupport) {
    public EndpointDescription {
        if (uuid == null || messageTypes == null || vendorSupport == null) {
            throw new IllegalArgumentException("no field may be null");
        }
        messageTypes = Set.copyOf(messageTypes);
        vendorSupport = List.copyOf(vendorSupport);
    }
}
