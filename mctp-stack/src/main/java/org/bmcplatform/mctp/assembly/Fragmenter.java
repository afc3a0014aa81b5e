package org.bmcplatform.mctp.assembly;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketHeader;

/**
 * Splits a message into packets (DSP0236 §8.8; reference mctp-stack.md §7.4): payload per packet is
 * the packet MTU minus the 4-byte header, SOM on the first, EOM on the last, the same tag and TO on
 * all, and the sequence number advancing by one modulo 4 from {@code firstSequence}.
 */
public final class Fragmenter {
    /** Smallest packet MTU: the 64-byte baseline transmission unit plus the header (DSP0236 §8.4). */
    public static final int MIN_PACKET_MTU = 68;
    /** Largest packet MTU any binding here carries (SMBus byte count limit). */
    public static final int MAX_PACKET_MTU = 65535;

    private Fragmenter() {
    }

    /**
     * @param packetMtu packet size including the header, at least 68
     * @return the packets in transmission order
     */
    public static List<MctpPacket> fragment(EndpointId destination, EndpointId source, boolean tagOwner, int tag,
                                            Bytes message, int packetMtu, int firstSequence) {
        if (packetMtu < MIN_PACKET_MTU || packetMtu > MAX_PACKET_MTU) {
            throw new IllegalArgumentException("packet MTU must be " + MIN_PACKET_MTU + ".." + MAX_PACKET_MTU + ", was " + packetMtu);
        }
        if (message.isEmpty()) {
            throw new IllegalArgumentException("a message has at least the message type byte");
        }
        int payloadSize = packetMtu - PacketHeader.LENGTH;
        int count = (message.length() + payloadSize - 1) / payloadSize;
        List<MctpPacket> packets = new ArrayList<>(count);
        int seq = firstSequence & 0x03;
        for (int i = 0; i < count; i++) {
            int from = i * payloadSize;
            int to = Math.min(message.length(), from + payloadSize);
            PacketHeader h = PacketHeader.of(destination, source, i == 0, i == count - 1, seq, tagOwner, tag);
            packets.add(new MctpPacket(h, message.slice(from, to)));
            seq = (seq + 1) & 0x03;
        }
        return packets;
    }

    /** Number of packets a message of {@code messageLength} bytes needs at {@code packetMtu}. */
    public static int packetCount(int messageLength, int packetMtu) {
        int payloadSize = packetMtu - PacketHeader.LENGTH;
        return (messageLength + payloadSize - 1) / payloadSize;
    }
}
