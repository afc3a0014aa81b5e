package org.bmcplatform.profiles.pldm;

/**
 * A PLDM version, DSP0240 "ver32" data type: four bytes on the wire in the order alpha, update,
 * minor, major (a little-endian u32 with major in the high byte). Major, minor and update are BCD
 * with 0xF in the high nibble for a single digit (1 = 0xF1, 12 = 0x12); update 0xFF means "not
 * present"; alpha is an ASCII letter or 0x00 for none. Version 1.2.0 is {@code 00 f0 f2 f1}. The raw
 * bytes are kept, so any encoding round-trips.
 */
public record Ver32(int major, int minor, int update, int alpha) {
    /** Update byte meaning "no update number". */
    public static final int NO_UPDATE = 0xFF;

    public Ver32 {
        WireRange.unsigned(major, 8, "ver32 major");
        WireRange.unsigned(minor, 8, "ver32 minor");
        WireRange.unsigned(update, 8, "ver32 update");
        WireRange.unsigned(alpha, 8, "ver32 alpha");
    }

    /** {@code of(1, 2, 0)} is 1.2.0; {@code update} -1 leaves the update out (0xFF); numbers 0..99. */
    public static Ver32 of(int major, int minor, int update) {
        return new Ver32(bcd(major), bcd(minor), update < 0 ? NO_UPDATE : bcd(update), 0);
    }

    private static int bcd(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("a ver32 number is 0..99, was " + n);
        }
        return n < 10 ? 0xF0 | n : (n / 10) << 4 | n % 10;
    }

    /** The u32 value as DSP0240 writes it: 1.2.0 is 0xF1F2F000. */
    public long value() {
        return (long) major << 24 | minor << 16 | update << 8 | alpha;
    }

    public static Ver32 ofValue(long value) {
        return new Ver32((int) (value >>> 24 & 0xFF), (int) (value >>> 16 & 0xFF), (int) (value >>> 8 & 0xFF), (int) (value & 0xFF));
    }

    /** {@code 1.2.0}, {@code 1.0}, {@code 1.2.0a}; a byte that is not BCD prints as hex. */
    public String label() {
        StringBuilder sb = new StringBuilder().append(digits(major)).append('.').append(digits(minor));
        if (update != NO_UPDATE) {
            sb.append('.').append(digits(update));
        }
        if (alpha != 0) {
            sb.append(alpha >= 0x20 && alpha < 0x7F ? String.valueOf((char) alpha) : String.format("(0x%02x)", alpha));
        }
        return sb.toString();
    }

    private static String digits(int b) {
        int hi = b >>> 4;
        int lo = b & 0xF;
        if (lo > 9 || (hi > 9 && hi != 0xF)) {
            return String.format("0x%02x", b);
        }
        return hi == 0xF ? Integer.toString(lo) : Integer.toString(hi * 10 + lo);
    }

    @Override
    public String toString() {
        return label();
    }
}
