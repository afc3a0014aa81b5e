package org.bmcplatform.mctp;

import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * A reassembled request message (TO=1) as a handler sees it.
 *
 * @param network       the network it arrived on
 * @param source        the requester's EID (may be the null EID before assignment)
 * @param destination   the EID it was addressed to (our EID, null or broadcast)
 * @param tag           the requester's message tag (0..7); the response reuses it with TO=0
 * @param message       the message, IC/type byte first
 * @param interfaceName the interface it arrived on
 * @param sourceAddress the requester's physical address on that interface
 */
public record IncomingRequest(int network, EndpointId source, EndpointId destination, int tag, Bytes message,
                              String interfaceName, LinkAddress sourceAddress) {

    public IncomingRequest {
        if (tag < 0 || tag > 7) {
            throw new IllegalArgumentException("tag must be 0..7, was " + tag);
        }
        if (message.isEmpty()) {
            throw new IllegalArgumentException("a message has at least the type byte");
        }
    }

    public MessageType type() {
        return MessageType.of(message.get(0) & 0x7F);
    }

    /** IC bit: a message-type-specific integrity check trails the message. */
    public boolean integrityCheck() {
        return (message.get(0) & 0x80) != 0;
    }
}
