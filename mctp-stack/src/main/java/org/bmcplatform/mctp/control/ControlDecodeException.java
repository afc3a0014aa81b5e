package org.bmcplatform.mctp.control;

/** A control message that cannot be decoded; names the byte offset (from the message type byte) and the field. */
public final class ControlDecodeException extends RuntimeException {
    private final int offset;
    private final String field;

    public ControlDecodeException(int offset, String field, String problem) {
        super(field + " at offset " + offset + ": " + problem);
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
