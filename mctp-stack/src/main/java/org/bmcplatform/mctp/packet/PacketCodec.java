package org.bmcplatform.mctp.packet;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.DropReason;

/**
 * Encodes and decodes MCTP packets (DSP0236 §8.1). Stateless. Decoding never throws on malformed
 * input: it answers {@link PacketDecoding.Rejected} with the drop reason.
 */
public final class PacketCodec {

    private PacketCodec() {
    }

    /** The packet's wire bytes: 4-byte header then payload. */
    public static Bytes encode(MctpPacket packet) {
        PacketHeader h = packet.header();
        byte[] out = new byte[packet.length()];
        out[0] = (byte) (h.version() & 0x0F); // bits 7:4 reserved, sent as 0
        out[1] = (byte) h.destination().value();
        out[2] = (byte) h.source().value();
        out[3] = (byte) h.flagsByte();
        packet.payload().copyTo(out, PacketHeader.LENGTH);
        return Bytes.wrap(out);
    }

    /**
     * Decodes a packet. Rejects: fewer than 4 bytes, a header version other than 1, and a SOM packet
     * without the message type byte (DSP0236 §8.3: the message header is in the first packet).
     */
    public static PacketDecoding decode(Bytes bytes) {
        if (bytes.length() < PacketHeader.LENGTH) {
            return new PacketDecoding.Rejected(DropReason.PACKET_TOO_SHORT,
                    "offset " + bytes.length() + ": transport header needs 4 bytes, packet has " + bytes.length());
        }
        int version = bytes.get(0) & 0x0F;
        if (version != PacketHeader.VERSION_1) {
            return new PacketDecoding.Rejected(DropReason.BAD_HEADER_VERSION,
                    "offset 0: header version " + version + ", expected 1");
        }
        int flags = bytes.get(3);
        boolean som = (flags & 0x80) != 0;
        if (som && bytes.length() < PacketHeader.LENGTH + 1) {
            return new PacketDecoding.Rejected(DropReason.PACKET_TOO_SHORT,
                    "offset 4: SOM packet without the message type byte");
        }
        PacketHeader header = new PacketHeader(version, EndpointId.of(bytes.get(1)), EndpointId.of(bytes.get(2)),
                som, (flags & 0x40) != 0, (flags >> 4) & 0x03, (flags & 0x08) != 0, flags & 0x07);
        return new PacketDecoding.Decoded(new MctpPacket(header, bytes.slice(PacketHeader.LENGTH)));
    }
}
