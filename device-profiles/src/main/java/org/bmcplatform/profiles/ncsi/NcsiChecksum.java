package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/**
 * The NC-SI packet checksum (DSP0222 §8.2.2.3 "Control packet checksum"): the 32-bit sum of the
 * header and payload taken as big-endian 16-bit words (the pad is not included; an odd last byte is
 * the high byte of a word whose low byte is zero), then its two's complement. It is stored
 * big-endian after the pad. A received value of 0 means the sender did not compute it
 * (phosphor-networkd always sends 0 over MCTP; Linux skips verification then).
 */
public final class NcsiChecksum {
    /** The value a sender that does not compute the checksum puts in the field. */
    public static final long NOT_COMPUTED = 0;

    private NcsiChecksum() {
    }

    /** The checksum over {@code data[from, to)}, as an unsigned 32-bit value. */
    public static long of(Bytes data, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i += 2) {
            int low = i + 1 < to ? data.get(i + 1) : 0;
            sum += data.get(i) << 8 | low;
        }
        return -sum & 0xFFFF_FFFFL;
    }

    /** The checksum over all of {@code headerAndPayload}. */
    public static long of(Bytes headerAndPayload) {
        return of(headerAndPayload, 0, headerAndPayload.length());
    }
}
