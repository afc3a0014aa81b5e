package org.bmcplatform.mctp.capture;

import java.time.Instant;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * One MCTP packet as it passed an interface: when (the stack's scheduler clock), on which interface,
 * which way, the whole packet from the transport header on (DSP0236 §8.1, as LINKTYPE_MCTP carries
 * it) and the link address of the other end (source of an inbound packet, destination of an outbound
 * one; {@link LinkAddress#NONE} on point-to-point links or when a file does not say).
 */
public record CapturedPacket(Instant at, String interfaceName, Direction direction, Bytes packet, LinkAddress peer) {
    public CapturedPacket {
        if (at == null || interfaceName == null || direction == null || packet == null || peer == null) {
            throw new IllegalArgumentException("time, interface name, direction, packet and peer must not be null");
        }
    }
}
