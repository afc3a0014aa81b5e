package org.bmcplatform.mctp.binding.serial;

import org.bmcplatform.mctp.checksum.Fcs16;

/**
 * How a peer computes and sends the DSP0253 frame check sequence (reference mctp-stack.md §3.2, §12
 * item 1). All variants run the RFC 1662 FCS-16 register over revision, byte count and the unescaped
 * packet; they differ in the initial value, a final ones-complement and the byte order on the wire.
 * {@link #DE_FACTO} is what every current implementation speaks; the others exist for odd devices.
 */
public enum SerialFcs {
    /** Initial 0xFFFF, no complement, high byte first: Linux since v6.2, libmctp, mctp-estack (CRC-16/MCRF4XX). */
    DE_FACTO(Fcs16.INITIAL, false, false),
    /** RFC 1662 as written: initial 0xFFFF, ones-complemented, low byte first (CRC-16/X-25). */
    RFC1662(Fcs16.INITIAL, true, true),
    /** Linux mctp-serial before v6.2 (fixed Dec 2022): initial 0x0000, otherwise as {@link #DE_FACTO}. */
    LINUX_BEFORE_6_2(0x0000, false, false);

    private final int initial;
    private final boolean complement;
    private final boolean lowByteFirst;

    SerialFcs(int initial, boolean complement, boolean lowByteFirst) {
        this.initial = initial;
        this.complement = complement;
        this.lowByteFirst = lowByteFirst;
    }

    /** The register's starting value. */
    int initial() {
        return initial;
    }

    /** The 16-bit value a frame carries for a final register value. */
    int finish(int register) {
        return complement ? register ^ 0xFFFF : register;
    }

    /** The first FCS byte on the wire. */
    int firstByte(int fcs) {
        return lowByteFirst ? fcs & 0xFF : fcs >>> 8;
    }

    /** The second FCS byte on the wire. */
    int secondByte(int fcs) {
        return lowByteFirst ? fcs >>> 8 : fcs & 0xFF;
    }

    /** The FCS value from its two bytes in wire order. */
    int fromWire(int first, int second) {
        return lowByteFirst ? second << 8 | first : first << 8 | second;
    }
}
