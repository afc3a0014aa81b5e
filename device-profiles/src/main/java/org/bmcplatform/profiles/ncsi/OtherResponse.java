package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/**
 * A Command Completed response to a command this package does not model (DSP0222 "Response packet
 * format"): the reason code and the payload bytes after it, as sent.
 */
public record OtherResponse(ControlHeader header, NcsiCommand command, ReasonCode reasonCode, Bytes data)
        implements NcsiResponse {
    public OtherResponse {
        WireRange.required(header, "header");
        if (WireRange.required(command, "command").isModelled()) {
            throw new IllegalArgumentException(command + " has its own response record");
        }
        ErrorResponse.checkAnswerable(command);
        WireRange.required(reasonCode, "reason code");
        WireRange.unsigned(WireRange.required(data, "response data").length() + 4L, 12, "payload length");
    }
}
