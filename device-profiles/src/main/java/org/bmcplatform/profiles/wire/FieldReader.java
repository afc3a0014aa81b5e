package org.bmcplatform.profiles.wire;

import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;

/**
 * A bounds-checked reader over a window of a message, in the byte order of its protocol (NC-SI is big-endian,
 * PLDM and NVMe-MI little-endian); every read names its field, and running short, or bytes left over after a fixed
 * layout, is the codec's own {@link WireFormatException} at the offset where it happened. Each codec subclasses it
 * with its exception (and any field types only it has).
 */
public abstract class FieldReader {
    private final Bytes data;
    private final int end;
    private final boolean bigEndian;
    private int pos;

    protected FieldReader(Bytes data, int start, int end, ByteOrder order) {
        this.data = data;
        this.pos = start;
        this.end = end;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    /** The codec's exception for a problem with {@code field} at {@code offset}. */
    protected abstract WireFormatException error(int offset, String field, String problem);

    public int offset() {
        return pos;
    }

    public int remaining() {
        return end - pos;
    }

    private void need(int n, String field) {
        if (n < 0 || end - pos < n) {
            throw error(pos, field, "needs " + n + " byte(s) but only " + Math.max(0, end - pos) + " remain");
        }
    }

    public int u8(String field) {
        need(1, field);
        return data.get(pos++);
    }

    public int u16(String field) {
        return (int) unsigned(2, field);
    }

    public int u24(String field) {
        return (int) unsigned(3, field);
    }

    public long u32(String field) {
        return unsigned(4, field);
    }

    /** A 64-bit value; values of 2^63 and above come back negative (read them unsigned). */
    public long u64(String field) {
        return unsigned(8, field);
    }

    private long unsigned(int n, String field) {
        need(n, field);
        long v = 0;
        for (int i = 0; i < n; i++) {
            long b = data.get(pos + i);
            v |= bigEndian ? b << 8 * (n - 1 - i) : b << 8 * i;
        }
        pos += n;
        return v;
    }

    public Bytes bytes(int n, String field) {
        need(n, field);
        Bytes b = data.slice(pos, pos + n);
        pos += n;
        return b;
    }

    /** Reserved bytes: skipped, their content ignored (receivers ignore reserved fields). */
    public void skip(int n, String field) {
        need(n, field);
        pos += n;
    }

    /** The unread bytes, without consuming them. */
    public Bytes peekRest() {
        return data.slice(pos, end);
    }

    public Bytes rest() {
        Bytes b = data.slice(pos, end);
        pos = end;
        return b;
    }

    /** Rejects bytes left after a fixed layout. */
    public void end(String layout) {
        if (pos != end) {
            throw error(pos, "end of " + layout, (end - pos) + " trailing byte(s)");
        }
    }
}
