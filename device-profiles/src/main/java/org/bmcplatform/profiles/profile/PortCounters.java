package org.bmcplatform.profiles.profile;

import org.bmcplatform.profiles.ncsi.CounterWidth;
import org.bmcplatform.profiles.ncsi.PacketCounter;
import org.bmcplatform.profiles.ncsi.PacketStatistics;

/**
 * One NIC port's traffic and error counters, from Get Controller Packet Statistics (DSP0222, reference §1.8) as
 * the NIC keeps them since its last reset: the counters an operator watches, summed where the NIC splits them.
 * {@code counterBits} is 32 for an NC-SI 1.0 NIC (every counter wraps at 2^32) and 64 for NC-SI 1.1+ (bytes and
 * packets 64-bit, unsigned: from 2^63 they read negative as a Java long; the error counters stay 32-bit).
 *
 * @param rxPackets             unicast + multicast + broadcast packets received
 * @param txPackets             unicast + multicast + broadcast packets transmitted
 * @param rxFcsErrors           frames received with a bad frame check sequence (CRC)
 * @param rxAlignmentErrors     frames received that were not a whole number of bytes
 * @param rxRuntPackets         undersized frames received (Runt plus Error Runt Packets Received)
 * @param rxJabberPackets       oversized frames received (Jabber plus Error Jabber Packets Received)
 * @param rxFalseCarrier        false carrier detections
 * @param txLateCollisions      late collisions on transmit
 * @param txExcessiveCollisions frames dropped on transmit after excessive collisions
 * @param rxPauseXoff           pause XOFF frames received (the link partner throttling this port)
 */
public record PortCounters(int port, int counterBits, long rxBytes, long txBytes, long rxPackets, long txPackets,
                           long rxFcsErrors, long rxAlignmentErrors, long rxRuntPackets, long rxJabberPackets,
                           long rxFalseCarrier, long txLateCollisions, long txExcessiveCollisions, long rxPauseXoff) {
    public PortCounters {
        if (port < 0 || counterBits != 32 && counterBits != 64) {
            throw new IllegalArgumentException("port is at least 0 and counterBits 32 or 64");
        }
    }

    /** The counters of {@code port} from a Get Controller Packet Statistics response body. */
    public static PortCounters of(int port, PacketStatistics s) {
        return new PortCounters(port, s.width() == CounterWidth.BITS_64 ? 64 : 32,
                s.get(PacketCounter.TOTAL_BYTES_RECEIVED), s.get(PacketCounter.TOTAL_BYTES_TRANSMITTED),
                s.get(PacketCounter.UNICAST_PACKETS_RECEIVED) + s.get(PacketCounter.MULTICAST_PACKETS_RECEIVED)
                        + s.get(PacketCounter.BROADCAST_PACKETS_RECEIVED),
                s.get(PacketCounter.UNICAST_PACKETS_TRANSMITTED) + s.get(PacketCounter.MULTICAST_PACKETS_TRANSMITTED)
                        + s.get(PacketCounter.BROADCAST_PACKETS_TRANSMITTED),
                s.get(PacketCounter.FCS_RECEIVE_ERRORS), s.get(PacketCounter.ALIGNMENT_ERRORS),
                s.get(PacketCounter.RUNT_PACKETS_RECEIVED) + s.get(PacketCounter.ERROR_RUNT_PACKETS_RECEIVED),
                s.get(PacketCounter.JABBER_PACKETS_RECEIVED) + s.get(PacketCounter.ERROR_JABBER_PACKETS_RECEIVED),
                s.get(PacketCounter.FALSE_CARRIER_DETECTIONS), s.get(PacketCounter.LATE_COLLISION_FRAMES),
                s.get(PacketCounter.EXCESSIVE_COLLISION_FRAMES), s.get(PacketCounter.PAUSE_XOFF_FRAMES_RECEIVED));
    }

    /**
     * How many FCS errors were received since {@code earlier}, a previous read of the same port. A count that went
     * down means the NIC was reset (or the counter cleared) in between: everything it counts now is new.
     */
    public long fcsErrorsSince(PortCounters earlier) {
        return rxFcsErrors >= earlier.rxFcsErrors ? rxFcsErrors - earlier.rxFcsErrors : rxFcsErrors;
    }
}
