package org.bmcplatform.mctp.binding.smbus;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.checksum.Crc8Smbus;

/**
 * The DSP0237 §6 frame codec for one local address: destination address (7-bit << 1, W=0), command
 * code 0x0F, byte count (1 + packet length), source address (7-bit << 1 | 1), the MCTP packet and a
 * PEC (CRC-8) over every preceding byte. Immutable and stateless apart from its settings.
 */
public final class SmbusFraming {
    /** SMBus command code for MCTP (DSP0237 §6.2). */
    public static final int COMMAND_CODE = 0x0F;
    /** Destination, command, byte count and source bytes before the packet. */
    public static final int HEADER_LENGTH = 4;
    /** Header plus the trailing PEC. */
    public static final int OVERHEAD = HEADER_LENGTH + 1;
    /** The smallest MCTP packet: its 4-byte transport header. */
    public static final int MIN_PACKET = 4;
    /** A byte count is one byte, and counts the source address too: packets up to 254 bytes. */
    public static final int MAX_PACKET = 254;

    private final int localAddress;
    private final int mtu;

    /**
     * @param localAddress our 7-bit address; frames to other addresses are rejected
     * @param mtu          the largest packet accepted (MIN_PACKET..MAX_PACKET)
     */
    public SmbusFraming(int localAddress, int mtu) {
        checkAddress(localAddress, "local address");
        if (mtu < MIN_PACKET || mtu > MAX_PACKET) {
            throw new IllegalArgumentException("SMBus MTU must be " + MIN_PACKET + ".." + MAX_PACKET + ", was " + mtu);
        }
        this.localAddress = localAddress;
        this.mtu = mtu;
    }

    public int localAddress() {
        return localAddress;
    }

    public int mtu() {
        return mtu;
    }

    /** Frames a packet from our address to {@code destination} (7-bit). */
    public Bytes encode(int destination, Bytes packet) {
        if (packet.length() > mtu) {
            throw new IllegalArgumentException("packet of " + packet.length() + " bytes exceeds the MTU " + mtu);
        }
        return encode(destination, localAddress, packet);
    }

    /** Frames a packet between two 7-bit addresses (DSP0237 §6.1, Figure 2). */
    public static Bytes encode(int destination, int source, Bytes packet) {
        checkAddress(destination, "destination address");
        checkAddress(source, "source address");
        if (packet.length() < MIN_PACKET || packet.length() > MAX_PACKET) {
            throw new IllegalArgumentException("an SMBus frame carries a packet of " + MIN_PACKET + ".." + MAX_PACKET
                    + " bytes, was " + packet.length());
        }
        byte[] f = new byte[packet.length() + OVERHEAD];
        f[0] = (byte) (destination << 1);
        f[1] = (byte) COMMAND_CODE;
        f[2] = (byte) (packet.length() + 1);
        f[3] = (byte) ((source << 1) | 1);
        packet.copyTo(f, HEADER_LENGTH);
        int pec = 0;
        for (int i = 0; i < f.length - 1; i++) {
            pec = Crc8Smbus.update(pec, f[i]);
        }
        f[f.length - 1] = (byte) pec;
        return Bytes.wrap(f);
    }

    /** Checks a received frame; never throws on malformed input. */
    public Decoded decode(Bytes frame) {
        if (frame.length() < OVERHEAD + MIN_PACKET) {
            return new Rejected(DropReason.BAD_LENGTH, "frame of " + frame.length() + " bytes is shorter than "
                    + (OVERHEAD + MIN_PACKET));
        }
        int pecOffset = frame.length() - 1;
        int computed = Crc8Smbus.compute(frame, 0, pecOffset);
        if (computed != frame.get(pecOffset)) {
            return new Rejected(DropReason.BAD_PEC, String.format("PEC 0x%02x at offset %d, computed 0x%02x",
                    frame.get(pecOffset), pecOffset, computed));
        }
        int dest = frame.get(0);
        if ((dest & 1) != 0 || (dest >>> 1) != localAddress) {
            return new Rejected(DropReason.NOT_ADDRESSED_TO_US, String.format(
                    "destination byte 0x%02x at offset 0 is not a write to 0x%02x", dest, localAddress));
        }
        if (frame.get(1) != COMMAND_CODE) {
            return new Rejected(DropReason.BAD_COMMAND_CODE, String.format("command code 0x%02x at offset 1, expected 0x0f",
                    frame.get(1)));
        }
        int count = frame.get(2);
        if (count + 4 != frame.length()) {
            return new Rejected(DropReason.BAD_LENGTH, "byte count " + count + " at offset 2 disagrees with a frame of "
                    + frame.length() + " bytes");
        }
        int src = frame.get(3);
        if ((src & 1) != 1 || (src >>> 1) == localAddress) {
            return new Rejected(DropReason.BAD_SOURCE_ADDRESS, String.format("source byte 0x%02x at offset 3", src));
        }
        int packetLength = count - 1;
        if (packetLength > mtu) {
            return new Rejected(DropReason.OVERSIZE, "packet of " + packetLength + " bytes exceeds the MTU " + mtu);
        }
        return new Accepted(frame.slice(HEADER_LENGTH, pecOffset), src >>> 1);
    }

    private static void checkAddress(int address, String what) {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException(String.format("%s must be 7-bit (0x00..0x7f), was 0x%x", what, address));
        }
    }

    /** The outcome of {@link #decode(Bytes)}: a packet or the reason it was dropped. */
    public sealed interface Decoded permits Accepted, Rejected {
    }

    /** A good frame: the MCTP packet and the sender's 7-bit address. */
    public record Accepted(Bytes packet, int sourceAddress) implements Decoded {
    }

    /** A frame to drop, with the counter it goes under and a description naming the offending field. */
    public record Rejected(DropReason reason, String detail) implements Decoded {
    }
}
