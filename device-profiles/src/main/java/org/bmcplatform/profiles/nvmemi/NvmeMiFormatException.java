package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.profiles.wire.WireFormatException;

/**
 * A message that is not a well-formed NVMe-MI message: too short, wrong type byte, bad MIC, wrong
 * direction or a field out of range. Names the byte offset and the field. This is the only
 * exception {@link NvmeMiCodec} throws for malformed input.
 */
public final class NvmeMiFormatException extends WireFormatException {

    public NvmeMiFormatException(int offset, String field, String problem) {
        super("NVMe-MI message", offset, field, problem);
    }
}
