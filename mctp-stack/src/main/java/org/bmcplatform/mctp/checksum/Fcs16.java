package org.bmcplatform.mctp.checksum;

import org.bmcplatform.mctp.Bytes;

/**
 * The serial binding's frame check sequence (DSP0253 §7, RFC 1662 polynomial): CRC-16 with the
 * reflected polynomial 0x8408, initial value 0xFFFF and no final complement, as Linux, libmctp and
 * mctp-estack compute it (CRC-16/MCRF4XX, check value 0x6F91; reference mctp-stack.md §3.2, §12.1).
 */
public final class Fcs16 {
    /** The catalogue check value: FCS over ASCII "123456789". */
    public static final int CHECK = 0x6F91;
    /** The register's starting value. */
    public static final int INITIAL = 0xFFFF;

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int b = 0; b < 8; b++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0x8408 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private Fcs16() {
    }

    /** Feeds one byte into a running FCS (start with {@link #INITIAL}). */
    public static int update(int fcs, int value) {
        return ((fcs >>> 8) ^ TABLE[(fcs ^ value) & 0xFF]) & 0xFFFF;
    }

    /** The FCS of {@code length} bytes from {@code from}. */
    public static int compute(Bytes data, int from, int length) {
        int fcs = INITIAL;
        for (int i = from; i < from + length; i++) {
            fcs = update(fcs, data.get(i));
        }
        return fcs;
    }

    public static int compute(Bytes data) {
        return compute(data, 0, data.length());
    }
}
