package org.bmcplatform.profiles.ncsi;

import java.util.Arrays;
import org.bmcplatform.mctp.Bytes;

/** Big-endian packet builder. */
final class WireWriter {
    private byte[] buf = new byte[64];
    private int len;

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    WireWriter u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    WireWriter u16(int v) {
        return u8(v >>> 8).u8(v);
    }

    WireWriter u32(long v) {
        return u8((int) (v >>> 24)).u8((int) (v >>> 16)).u8((int) (v >>> 8)).u8((int) v);
    }

    WireWriter u64(long v) {
        return u32(v >>> 32).u32(v & 0xFFFF_FFFFL);
    }

    WireWriter zeros(int n) {
        ensure(n);
        len += n;
        return this;
    }

    WireWriter bytes(Bytes b) {
        ensure(b.length());
        b.copyTo(buf, len);
        len += b.length();
        return this;
    }

    int length() {
        return len;
    }

    /** The bytes written so far, from {@code from}. */
    Bytes toBytes(int from) {
        return Bytes.wrap(Arrays.copyOfRange(buf, from, len));
    }

    Bytes toBytes() {
        return toBytes(0);
    }
}
