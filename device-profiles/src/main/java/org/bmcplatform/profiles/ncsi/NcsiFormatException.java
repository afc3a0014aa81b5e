package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.profiles.wire.WireFormatException;

/**
 * Bytes that are not a well-formed NC-SI control packet over MCTP: too short, wrong MCTP type byte,
 * a header revision other than 0x01, a payload length that disagrees with the bytes or with the
 * command's layout, a checksum that does not match, or trailing bytes. Names the byte offset
 * (counted from the MCTP type byte) and the field. This is the only exception {@link NcsiCodec}
 * throws for malformed input; a peer's refusal is a response code, not this.
 */
public final class NcsiFormatException extends WireFormatException {

    public NcsiFormatException(int offset, String field, String problem) {
        super("NC-SI", offset, field, problem);
    }
}
