package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/** Bounds-checked big-endian reader over an NC-SI packet; every read names its field. */
final class WireReader {
    private final Bytes data;
    private final int end;
    private int pos;

    WireReader(Bytes data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    WireReader(Bytes data) {
        this(data, 0, data.length());
    }

    int offset() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    private void need(int n, String field) {
        if (n < 0 || end - pos < n) {
            throw new NcsiFormatException(pos, field,
                    "needs " + n + " byte(s) but only " + Math.max(0, end - pos) + " remain");
        }
    }

    int u8(String field) {
        need(1, field);
        return data.get(pos++);
    }

    int u16(String field) {
        need(2, field);
        int v = data.get(pos) << 8 | data.get(pos + 1);
        pos += 2;
        return v;
    }

    long u32(String field) {
        need(4, field);
        long v = (long) data.get(pos) << 24 | data.get(pos + 1) << 16 | data.get(pos + 2) << 8 | data.get(pos + 3);
        pos += 4;
        return v;
    }

    /** A 64-bit counter; values of 2^63 and above come back negative (read them unsigned). */
    long u64(String field) {
        need(8, field);
        long v = u32(field) << 32;
        return v | u32(field);
    }

    Bytes bytes(int n, String field) {
        need(n, field);
        Bytes b = data.slice(pos, pos + n);
        pos += n;
        return b;
    }

    /** Reserved bytes: skipped, their content ignored (DSP0222: receivers ignore reserved fields). */
    void skip(int n, String field) {
        need(n, field);
        pos += n;
    }

    Bytes rest() {
        Bytes b = data.slice(pos, end);
        pos = end;
        return b;
    }

    /** Rejects bytes left after a fixed layout. */
    void end(String layout) {
        if (pos != end) {
            throw new NcsiFormatException(pos, "end of " + layout, (end - pos) + " trailing byte(s)");
        }
    }
}
