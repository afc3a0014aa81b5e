package org.bmcplatform.profiles.ncsi;

/**
 * The NC-SI version of a Get Version ID response (DSP0222 "NC-SI version encoding"): major, minor
 * and update as packed BCD bytes (0xF in the high nibble pads a single digit: 0xF1 is 1; update
 * 0xFF means "not present"), then two alpha bytes (ISO 8859-1, 0x00 for none). Wireshark's examples:
 * 1.0.1 is {@code F1 F0 F1 00}, 3.1 is {@code F3 F1 FF 00}. The raw bytes are kept, so every value
 * round-trips; {@link #label()} decodes them.
 */
public record NcsiVersion(int major, int minor, int update, int alpha1, int alpha2) {
    public static final int ABSENT = 0xFF;

    public NcsiVersion {
        WireRange.unsigned(major, 8, "version major");
        WireRange.unsigned(minor, 8, "version minor");
        WireRange.unsigned(update, 8, "version update");
        WireRange.unsigned(alpha1, 8, "version alpha1");
        WireRange.unsigned(alpha2, 8, "version alpha2");
    }

    /** {@code 1.2.0}, {@code 3.1}, {@code 1.0a}; a byte that is not BCD shows as {@code ?}. */
    public String label() {
        StringBuilder s = new StringBuilder(bcd(major)).append('.').append(bcd(minor));
        if (update != ABSENT) {
            s.append('.').append(bcd(update));
        }
        if (alpha1 != 0) {
            s.append((char) alpha1);
        }
        if (alpha2 != 0) {
            s.append((char) alpha2);
        }
        return s.toString();
    }

    private static String bcd(int b) {
        int hi = b >>> 4;
        int lo = b & 0xF;
        if (lo > 9 || (hi > 9 && hi != 0xF)) {
            return "?";
        }
        return hi == 0xF ? Integer.toString(lo) : Integer.toString(hi * 10 + lo);
    }

    @Override
    public String toString() {
        return label();
    }
}
