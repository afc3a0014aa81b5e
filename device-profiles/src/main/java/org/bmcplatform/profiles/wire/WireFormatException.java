package org.bmcplatform.profiles.wire;

/**
 * Bytes a codec cannot read as its protocol's message: names the byte offset and the field where the problem is.
 * Each codec has its own subclass, the only exception it throws for malformed input (a peer's refusal is a
 * completion or status code, not this), so a caller can catch one codec's errors or any codec's.
 */
public abstract class WireFormatException extends RuntimeException {
    private final int offset;
    private final String field;

    /** @param what the kind of bytes, e.g. {@code PLDM} or {@code NVMe-MI message}, which starts the message */
    protected WireFormatException(String what, int offset, String field, String problem) {
        super(what + " offset " + offset + " (" + field + "): " + problem);
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
