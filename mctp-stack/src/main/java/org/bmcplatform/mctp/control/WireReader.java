package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.Bytes;

/** A bounds-checked reader over a control message; every failure names the offset and the field. */
final class WireReader {
    private final Bytes data;
    private int offset;

    WireReader(Bytes data) {
        this.data = data;
    }

    int offset() {
        return offset;
    }

    int remaining() {
        return data.length() - offset;
    }

    int u8(String field) {
        need(1, field);
        return data.get(offset++);
    }

    int u16(String field) {
        need(2, field);
        int v = (data.get(offset) << 8) | data.get(offset + 1);
        offset += 2;
        return v;
    }

    long u32(String field) {
        need(4, field);
        long v = ((long) data.get(offset) << 24) | ((long) data.get(offset + 1) << 16) | (data.get(offset + 2) << 8)
                | data.get(offset + 3);
        offset += 4;
        return v;
    }

    Bytes bytes(int n, String field) {
        need(n, field);
        Bytes b = data.slice(offset, offset + n);
        offset += n;
        return b;
    }

    Bytes rest() {
        Bytes b = data.slice(offset);
        offset = data.length();
        return b;
    }

    void end() {
        if (remaining() != 0) {
            throw new ControlDecodeException(offset, "end of message", remaining() + " unexpected trailing byte(s)");
        }
    }

    private void need(int n, String field) {
        if (remaining() < n) {
            throw new ControlDecodeException(offset, field, "needs " + n + " byte(s), message ends after "
                    + data.length());
        }
    }
}
