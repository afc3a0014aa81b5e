package org.bmcplatform.profiles.pldm;

import java.nio.ByteOrder;
import org.bmcplatform.profiles.wire.FieldWriter;

/** Little-endian message builder. */
final class WireWriter extends FieldWriter<WireWriter> {

    WireWriter() {
        super(ByteOrder.LITTLE_ENDIAN);
    }

    WireWriter bool8(boolean v) {
        return u8(v ? 1 : 0);
    }

    WireWriter real32(float v) {
        return u32(Float.floatToRawIntBits(v) & 0xFFFF_FFFFL);
    }
}
