package org.bmcplatform.profiles.nvmemi;

import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.wire.FieldReader;

/** Bounds-checked little-endian reader over a message body; every read names its field. */
final class WireReader extends FieldReader {

    WireReader(Bytes data, int start, int end) {
        super(data, start, end, ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    protected NvmeMiFormatException error(int offset, String field, String problem) {
        return new NvmeMiFormatException(offset, field, problem);
    }
}
