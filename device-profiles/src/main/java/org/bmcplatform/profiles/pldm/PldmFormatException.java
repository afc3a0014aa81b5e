package org.bmcplatform.profiles.pldm;

import org.bmcplatform.profiles.wire.WireFormatException;

/**
 * Bytes that are not a well-formed PLDM message, PDR, FRU record table or version data: too short,
 * wrong MCTP type byte, reserved header combination, an implicit field (length, count, CRC) that
 * disagrees with the data, or trailing bytes. Names the byte offset and the field. This is the only
 * exception the codecs in this package throw for malformed input.
 */
public final class PldmFormatException extends WireFormatException {

    public PldmFormatException(int offset, String field, String problem) {
        super("PLDM", offset, field, problem);
    }
}
