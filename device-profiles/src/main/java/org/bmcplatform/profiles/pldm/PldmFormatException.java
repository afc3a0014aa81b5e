package org.bmcplatform.profiles.pldm;

/**
 * Bytes that are not a well-formed PLDM message, PDR, FRU record table or version data: too short,
 * wrong MCTP type byte, reserved header combination, an implicit field (length, count, CRC) that
 * disagrees with the data, or trailing bytes. Names the byte offset and the field. This is the only
 * exception the codecs in this package throw for malformed input.
 */
public final class PldmFormatException extends RuntimeException {
    private final int offset;
    private final String field;

    public PldmFormatException(int offset, String field, String problem) {
        super("PLDM offset " + offset + " (" + field + "): " + problem);
        this.offset = offset;
        this.field = field;
    }

    public int offset() {
        return offset;
    }

    public String field() {
        return field;
    }
}
