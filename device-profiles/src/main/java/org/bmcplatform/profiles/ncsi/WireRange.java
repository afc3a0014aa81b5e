package org.bmcplatform.profiles.ncsi;

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

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Fixed-length byte fields (firmware name, UUID): exactly {@code length} bytes. */
    static void length(org.bmcplatform.mctp.Bytes value, int length, String field) {
        if (required(value, field).length() != length) {
            throw new IllegalArgumentException(field + " is " + length + " bytes, was " + value.length());
        }
    }

    /** {@code name (0x0005)} or {@code unknown(0x0005)}, with {@code digits} hex digits. */
    static String label(Map<Integer, String> names, int code, int digits) {
        String hex = String.format("0x%0" + digits + "x", code);
        String n = names.get(code);
        return n != null ? n + " (" + hex + ")" : "unknown(" + hex + ")";
    }
}
