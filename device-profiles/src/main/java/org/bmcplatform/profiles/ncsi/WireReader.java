package org.bmcplatform.profiles.ncsi;

import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.wire.FieldReader;

/** Bounds-checked big-endian reader over an NC-SI packet; every read names its field. */
final class WireReader extends FieldReader {

    WireReader(Bytes data, int start, int end) {
        super(data, start, end, ByteOrder.BIG_ENDIAN);
    }

    WireReader(Bytes data) {
        this(data, 0, data.length());
    }

    @Override
    protected NcsiFormatException error(int offset, String field, String problem) {
        return new NcsiFormatException(offset, field, problem);
    }
}
