package org.bmcplatform.mctp.packet;

import org.bmcplatform.mctp.Bytes;

/**
 * One MCTP packet (DSP0236 §8.1): transport header plus packet payload. The payload of a SOM packet
 * starts with the message header byte (IC + message type, §8.3).
 */
public record MctpPacket(PacketHeader header, Bytes payload) {

    public MctpPacket {
        if (header == null || payload == null) {
            throw new IllegalArgumentException("header and payload are required");
        }
    }

    /** Packet length on the wire, header included. */
    public int length() {
        return PacketHeader.LENGTH + payload.length();
    }
}
