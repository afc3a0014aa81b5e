package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.Bytes;

/**
 * A response for a command without its own record here, e.g. the answer to an unsupported command
 * (completion code 0x05, nothing after it; DSP0236 §11.5).
 */
public record GenericResponse(int instanceId, ControlCommand command, CompletionCode completionCode, Bytes data)
        implements ControlResponse {
    public GenericResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (command == null || completionCode == null || data == null) {
            throw new IllegalArgumentException("command, completionCode and data must not be null");
        }
    }

    /** The answer to a command this endpoint does not implement. */
    public static GenericResponse unsupported(int instanceId, ControlCommand command) {
        return new GenericResponse(instanceId, command, CompletionCode.ERROR_UNSUPPORTED_CMD, Bytes.EMPTY);
    }
}
