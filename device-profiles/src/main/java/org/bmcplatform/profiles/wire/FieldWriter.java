package org.bmcplatform.profiles.wire;

import java.nio.ByteOrder;
import java.util.Arrays;
import org.bmcplatform.mctp.Bytes;

/**
 * A growing message builder in the byte order of its protocol (NC-SI big-endian, PLDM and NVMe-MI little-endian).
 * Each codec subclasses it ({@code W} is the subclass, so calls chain) with any field types only it has.
 */
public abstract class FieldWriter<W extends FieldWriter<W>> {
    private final boolean bigEndian;
    private byte[] buf = new byte[64];
    private int len;

    protected FieldWriter(ByteOrder order) {
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    @SuppressWarnings("unchecked")
    private W self() {
        return (W) this;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    public W u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return self();
    }

    public W u16(int v) {
        return unsigned(v, 2);
    }

    public W u24(int v) {
        return unsigned(v, 3);
    }

    public W u32(long v) {
        return unsigned(v, 4);
    }

    public W u64(long v) {
        return unsigned(v, 8);
    }

    private W unsigned(long v, int n) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            int shift = bigEndian ? 8 * (n - 1 - i) : 8 * i;
            buf[len++] = (byte) (v >>> shift);
        }
        return self();
    }

    public W zeros(int n) {
        ensure(n);
        len += n;
        return self();
    }

    public W bytes(Bytes b) {
        ensure(b.length());
        b.copyTo(buf, len);
        len += b.length();
        return self();
    }

    public int length() {
        return len;
    }

    /** The bytes written so far, from {@code from}. */
    public Bytes toBytes(int from) {
        return Bytes.wrap(Arrays.copyOfRange(buf, from, len));
    }

    public Bytes toBytes() {
        return toBytes(0);
    }
}
