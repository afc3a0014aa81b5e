package org.bmcplatform.profiles.nvmemi;

/**
 * A message that is not a well-formed NVMe-MI message: too short, wrong type byte, bad MIC, wrong
 * direction or a field out of range. Names the byte offset and the field. This is the only
 * exception {@link NvmeMiCodec} throws for malformed input.
 */
public final class NvmeMiFormatException extends RuntimeException {
    private final int offset;
    private final String field;

    public NvmeMiFormatException(int offset, String field, String problem) {
        super("NVMe-MI message offset " + offset + " (" + field + "): " + problem);
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
