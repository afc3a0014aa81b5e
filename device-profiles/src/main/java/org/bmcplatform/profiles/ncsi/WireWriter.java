package org.bmcplatform.profiles.ncsi;

import java.nio.ByteOrder;
import org.bmcplatform.profiles.wire.FieldWriter;

/** Big-endian packet builder. */
final class WireWriter extends FieldWriter<WireWriter> {

    WireWriter() {
        super(ByteOrder.BIG_ENDIAN);
    }
}
