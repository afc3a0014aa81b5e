package org.bmcplatform.profiles.nvmemi.basic;

import org.bmcplatform.profiles.wire.WireFormatException;

/**
 * A block read that is not a well-formed Basic Management block: wrong length byte, too few bytes,
 * trailing bytes, a PEC mismatch or an unknown command code. Names the offset in the read bytes (0
 * is the length byte) and the field. The only exception {@link BasicManagementCodec} throws for
 * malformed input.
 */
public final class BasicManagementFormatException extends WireFormatException {

    public BasicManagementFormatException(int offset, String field, String problem) {
        super("NVMe basic management block", offset, field, problem);
    }
}
