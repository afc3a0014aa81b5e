package org.bmcplatform.profiles.nvmemi;

/** Range checks for record fields that map to fixed-width wire fields. */
final class WireRange {
    private WireRange() {
    }

    static void check(long value, int bits, String field) {
        if (value < 0 || value > (1L << bits) - 1) {
            throw new IllegalArgumentException(field + " is " + bits + " bits (0.." + ((1L << bits) - 1) + "), was " + value);
        }
    }

    static void csi(int csi) {
        if (csi != 0 && csi != 1) {
            throw new IllegalArgumentException("command slot (CSI) is 0 or 1, was " + csi);
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
