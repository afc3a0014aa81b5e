package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** Bounds-checked little-endian reader over a message body; every read names its field. */
final class WireReader {
    private final Bytes data;
    private final int end;
    private int pos;

    WireReader(Bytes data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    int offset() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    private void need(int n, String field) {
        if (end - pos < n) {
            throw new NvmeMiFormatException(pos, field,
                    "needs " + n + " byte(s) but only " + Math.max(0, end - pos) + " remain");
        }
    }

    int u8(String field) {
        need(1, field);
        return data.get(pos++);
    }

    int u16(String field) {
        need(2, field);
        int v = data.get(pos) | data.get(pos + 1) << 8;
        pos += 2;
        return v;
    }

    int u24(String field) {
        need(3, field);
        int v = data.get(pos) | data.get(pos + 1) << 8 | data.get(pos + 2) << 16;
        pos += 3;
        return v;
    }

    long u32(String field) {
        need(4, field);
        long v = data.get(pos) | data.get(pos + 1) << 8 | data.get(pos + 2) << 16 | (long) data.get(pos + 3) << 24;
        pos += 4;
        return v;
    }

    Bytes bytes(int n, String field) {
        need(n, field);
        Bytes b = data.slice(pos, pos + n);
        pos += n;
        return b;
    }

    Bytes rest() {
        Bytes b = data.slice(pos, end);
        pos = end;
        return b;
    }

    void skip(int n, String field) {
        need(n, field);
        pos += n;
    }
}
