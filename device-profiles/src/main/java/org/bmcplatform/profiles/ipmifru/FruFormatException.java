package org.bmcplatform.profiles.ipmifru;

/** FRU data that cannot be parsed or built: names the byte offset and the field. */
public final class FruFormatException extends RuntimeException {
    private final int offset;
    private final String field;

    public FruFormatException(int offset, String field, String problem) {
        super("FRU offset " + offset + " (" + field + "): " + problem);
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
