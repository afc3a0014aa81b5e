package org.bmcplatform.profiles.nvmemi;

import java.nio.ByteOrder;
import org.bmcplatform.profiles.wire.FieldWriter;

/** Little-endian message builder. */
final class WireWriter extends FieldWriter<WireWriter> {

    WireWriter() {
        super(ByteOrder.LITTLE_ENDIAN);
    }

    byte[] array() {
        return toBytes().toArray();
    }
}
