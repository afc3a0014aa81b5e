package org.bmcplatform.profiles.nvmemi.basic;

/**
 * A block read that is not a well-formed Basic Management block: wrong length byte, too few bytes,
 * trailing bytes, a PEC mismatch or an unknown command code. Names the offset in the read bytes (0
 * is the length byte) and the field. The only exception {@link BasicManagementCodec} throws for
 * malformed input.
 */
public final class BasicManagementFormatException extends RuntimeException {
    private final int offset;
    private final String field;

    public BasicManagementFormatException(int offset, String field, String problem) {
        super("NVMe basic management block offset " + offset + " (" + field + "): " + problem);
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
