package org.bmcplatform.mctp.binding;

import org.bmcplatform.mctp.Bytes;

/** Where a binding pushes the packets it received intact (framing already checked and stripped). */
@FunctionalInterface
public interface PacketReceiver {

    /** @param packet the MCTP packet, 4-byte header first; @param source the sender's physical address */
    void onPacket(Bytes packet, LinkAddress source);
}
