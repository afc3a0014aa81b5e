package org.bmcplatform.mctp.packet;

import org.bmcplatform.mctp.binding.DropReason;

/** The outcome of decoding bytes as an MCTP packet: a packet, or a counted reason to drop it. */
public sealed interface PacketDecoding {

    /** The bytes held a valid packet. */
    record Decoded(MctpPacket packet) implements PacketDecoding {
    }

    /** The bytes are dropped for {@code reason}; {@code detail} names the offset and field. */
    record Rejected(DropReason reason, String detail) implements PacketDecoding {
    }
}
