package org.bmcplatform.mctp.control;

/**
 * One version entry of Get MCTP Version Support (DSP0236 §12.6, Table 17; DSP4014 version encoding):
 * major, minor, update and alpha bytes as on the wire, digits as 0xF0|d, 0xFF = not present.
 */
public record MctpVersion(int major, int minor, int update, int alpha) {
    /** DSP0236 1.0, 1.1, 1.2 and 1.3.1, as mctpd advertises (reference mctp-stack.md §4.3). */
    public static final MctpVersion V1_0 = new MctpVersion(0xF1, 0xF0, 0xFF, 0x00);
    public static final MctpVersion V1_1 = new MctpVersion(0xF1, 0xF1, 0xFF, 0x00);
    public static final MctpVersion V1_2 = new MctpVersion(0xF1, 0xF2, 0xFF, 0x00);
    public static final MctpVersion V1_3_1 = new MctpVersion(0xF1, 0xF3, 0xF1, 0x00);

    public MctpVersion {
        for (int b : new int[] {major, minor, update, alpha}) {
            if (b < 0 || b > 0xFF) {
                throw new IllegalArgumentException("version fields are one byte each");
            }
        }
    }

    /** {@code 1.3.1}; a field that is not a 0xF0|d digit is shown in hex. */
    public String label() {
        StringBuilder sb = new StringBuilder(digit(major)).append('.').append(digit(minor));
        if (update != 0xFF) {
            sb.append('.').append(digit(update));
        }
        if (alpha != 0) {
            sb.append(alpha >= 0x20 && alpha < 0x7F ? String.valueOf((char) alpha) : String.format("(alpha 0x%02x)", alpha));
        }
        return sb.toString();
    }

    private static String digit(int b) {
        return (b & 0xF0) == 0xF0 && (b & 0x0F) <= 9 ? Integer.toString(b & 0x0F) : String.format("0x%02x", b);
    }

    @Override
    public String toString() {
        return label();
    }
}
