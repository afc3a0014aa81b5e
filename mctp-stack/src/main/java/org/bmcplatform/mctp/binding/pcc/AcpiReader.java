package org.bmcplatform.mctp.binding.pcc;

import java.nio.charset.StandardCharsets;
import org.bmcplatform.mctp.Bytes;

/**
 * A bounds-checked little-endian reader over an ACPI table (ACPI 6.4 §5.2: all multi-byte fields are
 * little-endian). Reads at absolute offsets; every failure names the offset and the field.
 */
final class AcpiReader {
    private final Bytes data;
    private final int limit;

    /** @param limit bytes readable (the table's own length, at most the data's) */
    AcpiReader(Bytes data, int limit) {
        this.data = data;
        this.limit = Math.min(limit, data.length());
    }

    int limit() {
        return limit;
    }

    int u8(int offset, String field) {
        need(offset, 1, field);
        return data.get(offset);
    }

    long u32(int offset, String field) {
        need(offset, 4, field);
        return le(offset, 4);
    }

    long u64(int offset, String field) {
        need(offset, 8, field);
        return le(offset, 8);
    }

    String ascii(int offset, int length, String field) {
        need(offset, length, field);
        return new String(data.slice(offset, offset + length).toArray(), StandardCharsets.US_ASCII);
    }

    /** A Generic Address Structure (ACPI 6.4 §5.2.3.2, 12 bytes). */
    Pcct.GenericAddress gas(int offset, String field) {
        need(offset, 12, field);
        return new Pcct.GenericAddress(data.get(offset), data.get(offset + 1), data.get(offset + 2), data.get(offset + 3),
                le(offset + 4, 8));
    }

    private long le(int offset, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | data.get(offset + i);
        }
        return v;
    }

    private void need(int offset, int n, String field) {
        if (offset < 0 || offset + n > limit) {
            throw new IllegalArgumentException("PCCT: field '" + field + "' at offset " + offset + " (" + n
                    + " bytes) runs past the end of the table (" + limit + " bytes)");
        }
    }
}
