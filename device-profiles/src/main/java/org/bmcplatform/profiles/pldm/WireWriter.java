package org.bmcplatform.profiles.pldm;

import java.util.Arrays;
import org.bmcplatform.mctp.Bytes;

/** Little-endian message builder. */
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

    WireWriter bool8(boolean v) {
        return u8(v ? 1 : 0);
    }

    WireWriter u16(int v) {
        return u8(v).u8(v >>> 8);
    }

    WireWriter u32(long v) {
        return u8((int) v).u8((int) (v >>> 8)).u8((int) (v >>> 16)).u8((int) (v >>> 24));
    }

    WireWriter real32(float v) {
        return u32(Float.floatToRawIntBits(v));
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

    Bytes toBytes() {
        return Bytes.wrap(Arrays.copyOf(buf, len));
    }
}
