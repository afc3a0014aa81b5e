package org.bmcplatform.mctp.capture;

/**
 * Which way a captured packet went, as bits 0-1 of the pcapng {@code epb_flags} option
 * (draft-ietf-opsawg-pcapng §4.3.1): 00 information not available, 01 inbound, 10 outbound.
 * The stack's taps only see {@link #INBOUND} and {@link #OUTBOUND}; {@link #UNKNOWN} is what a file
 * without the flag (or with the undefined value 11) reads as.
 */
public enum Direction {
    UNKNOWN(0),
    INBOUND(1),
    OUTBOUND(2);

    private final int code;

    Direction(int code) {
        this.code = code;
    }

    /** The value of bits 0-1 of {@code epb_flags}. */
    public int code() {
        return code;
    }

    /** Direction from an {@code epb_flags} word (bits 0-1; 11 is undefined and reads as unknown). */
    public static Direction ofFlags(long epbFlags) {
        int bits = (int) (epbFlags & 0x3);
        return bits == 1 ? INBOUND : bits == 2 ? OUTBOUND : UNKNOWN;
    }
}
