package org.bmcplatform.profiles.pldm;

import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.wire.FieldReader;

/** Bounds-checked little-endian reader (libpldm {@code msgbuf}); every read names its field. */
final class WireReader extends FieldReader {

    WireReader(Bytes data, int start, int end) {
        super(data, start, end, ByteOrder.LITTLE_ENDIAN);
    }

    WireReader(Bytes data) {
        this(data, 0, data.length());
    }

    @Override
    protected PldmFormatException error(int offset, String field, String problem) {
        return new PldmFormatException(offset, field, problem);
    }

    int s8(String field) {
        return (byte) u8(field);
    }

    /** DSP0240 bool8: 0 false, 1 true, anything else malformed. */
    boolean bool8(String field) {
        int at = offset();
        int v = u8(field);
        if (v > 1) {
            throw error(at, field, "bool8 is 0 or 1, was " + v);
        }
        return v == 1;
    }

    int s16(String field) {
        return (short) u16(field);
    }

    int s32(String field) {
        return (int) u32(field);
    }

    float real32(String field) {
        return Float.intBitsToFloat(s32(field));
    }
}
