package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/** Bounds-checked little-endian reader (libpldm {@code msgbuf}); every read names its field. */
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
            throw new PldmFormatException(pos, field,
                    "needs " + n + " byte(s) but only " + Math.max(0, end - pos) + " remain");
        }
    }

    int u8(String field) {
        need(1, field);
        return data.get(pos++);
    }

    int s8(String field) {
        return (byte) u8(field);
    }

    boolean bool8(String field) {
        int at = pos;
        int v = u8(field);
        if (v > 1) {
            throw new PldmFormatException(at, field, "bool8 is 0 or 1, was " + v);
        }
        return v == 1;
    }

    int u16(String field) {
        need(2, field);
        int v = data.get(pos) | data.get(pos + 1) << 8;
        pos += 2;
        return v;
    }

    int s16(String field) {
        return (short) u16(field);
    }

    long u32(String field) {
        need(4, field);
        long v = data.get(pos) | data.get(pos + 1) << 8 | data.get(pos + 2) << 16 | (long) data.get(pos + 3) << 24;
        pos += 4;
        return v;
    }

    int s32(String field) {
        return (int) u32(field);
    }

    float real32(String field) {
        return Float.intBitsToFloat(s32(field));
    }

    Bytes bytes(int n, String field) {
        need(n, field);
        Bytes b = data.slice(pos, pos + n);
        pos += n;
        return b;
    }

    /** The unread bytes, without consuming them. */
    Bytes peekRest() {
        return data.slice(pos, end);
    }

    Bytes rest() {
        Bytes b = data.slice(pos, end);
        pos = end;
        return b;
    }

    /** Rejects bytes left after a fixed layout. */
    void end(String layout) {
        if (pos != end) {
            throw new PldmFormatException(pos, "end of " + layout, (end - pos) + " trailing byte(s)");
        }
    }
}
