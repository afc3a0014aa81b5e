package org.bmcplatform.mctp.binding.serial;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.checksum.Fcs16;

/**
 * The DSP0253 frame encoder (§7, reference mctp-stack.md §3.2): flag 0x7E, revision 0x01, byte count
 * of the unescaped packet, the packet with 0x7E → 0x7D 0x5E and 0x7D → 0x7D 0x5D, the FCS-16 over
 * revision, count and unescaped packet (high byte first, not escaped, as Linux and libmctp send it),
 * and a closing flag. Every frame carries its own opening flag. Receiving is {@link SerialReceiver}.
 */
public final class SerialFraming {
    /** Framing flag. */
    public static final int FLAG = 0x7E;
    /** Escape byte: the next byte is XORed with 0x20. */
    public static final int ESCAPE = 0x7D;
    /** The only serial protocol revision defined. */
    public static final int REVISION = 0x01;
    /** The smallest MCTP packet: its 4-byte transport header. */
    public static final int MIN_PACKET = 4;
    /** The byte count is one byte. */
    public static final int MAX_PACKET = 255;

    private SerialFraming() {
    }

    /** Frames a packet with the de-facto FCS ({@link SerialFcs#DE_FACTO}). */
    public static Bytes encode(Bytes packet) {
        return encode(packet, SerialFcs.DE_FACTO);
    }

    /** Frames a packet with the FCS variant a peer expects. */
    public static Bytes encode(Bytes packet, SerialFcs variant) {
        if (packet.length() < MIN_PACKET || packet.length() > MAX_PACKET) {
            throw new IllegalArgumentException("a serial frame carries a packet of " + MIN_PACKET + ".." + MAX_PACKET
                    + " bytes, was " + packet.length());
        }
        int length = packet.length();
        int escapes = 0;
        for (int i = 0; i < length; i++) {
            int b = packet.get(i);
            if (b == FLAG || b == ESCAPE) {
                escapes++;
            }
        }
        // flag, revision, count, packet with escapes, FCS (2), flag
        byte[] out = new byte[length + escapes + 6];
        int n = 0;
        out[n++] = (byte) FLAG;
        out[n++] = (byte) REVISION;
        out[n++] = (byte) length;
        int fcs = Fcs16.update(Fcs16.update(variant.initial(), REVISION), length);
        for (int i = 0; i < length; i++) {
            int b = packet.get(i);
            fcs = Fcs16.update(fcs, b);
            if (b == FLAG || b == ESCAPE) {
                out[n++] = (byte) ESCAPE;
                out[n++] = (byte) (b ^ 0x20);
            } else {
                out[n++] = (byte) b;
            }
        }
        fcs = variant.finish(fcs);
        out[n++] = (byte) variant.firstByte(fcs);
        out[n++] = (byte) variant.secondByte(fcs);
        out[n] = (byte) FLAG;
        return Bytes.wrap(out);
    }
}
