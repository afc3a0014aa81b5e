package org.bmcplatform.profiles.pldm;

import java.util.Map;

/** Range checks for record fields that map to fixed-width wire fields, and code labels. */
final class WireRange {
    private WireRange() {
    }

    static void unsigned(long value, int bits, String field) {
        if (value < 0 || value > (1L << bits) - 1) {
            throw new IllegalArgumentException(field + " is " + bits + " bits (0.." + ((1L << bits) - 1) + "), was " + value);
        }
    }

    static void signed(long value, int bits, String field) {
        long min = -(1L << (bits - 1));
        long max = (1L << (bits - 1)) - 1;
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " is a signed " + bits + "-bit value (" + min + ".." + max + "), was " + value);
        }
    }

    static void instanceId(int instanceId) {
        if (instanceId < 0 || instanceId > 31) {
            throw new IllegalArgumentException("instance ID is 5 bits (0..31), was " + instanceId);
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** {@code name (0x05)} or {@code unknown(0x05)}. */
    static String label(Map<Integer, String> names, int code) {
        String n = names.get(code);
        return n != null ? n + String.format(" (0x%02x)", code) : String.format("unknown(0x%02x)", code);
    }
}
