package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/**
 * A response whose response code is not Command Completed (DSP0222 "Response packet format",
 * "Generic response code values"): Failed, Unavailable, Unsupported, Delayed or unknown, with its
 * reason code, for any command. {@code data} is whatever the controller put after the reason code
 * (usually nothing; some send the command's full-length payload), kept so the packet round-trips,
 * not interpreted. The peer's "no" as a value.
 */
public record ErrorResponse(ControlHeader header, NcsiCommand command, ResponseCode responseCode, ReasonCode reasonCode,
        Bytes data) implements NcsiResponse {
    public ErrorResponse {
        WireRange.required(header, "header");
        checkAnswerable(WireRange.required(command, "command"));
        if (WireRange.required(responseCode, "response code").isCompleted()) {
            throw new IllegalArgumentException("an error response has a response code other than Command Completed");
        }
        WireRange.required(reasonCode, "reason code");
        WireRange.unsigned(WireRange.required(data, "response data").length() + 4L, 12, "payload length");
    }

    /** The answer to {@code request} with {@code response} and {@code reason} and nothing after them. */
    public static ErrorResponse of(NcsiRequest request, ResponseCode response, ReasonCode reason) {
        return new ErrorResponse(request.header(), request.command(), response, reason, Bytes.EMPTY);
    }

    static void checkAnswerable(NcsiCommand command) {
        if (command.code() == 0x7F) {
            throw new IllegalArgumentException("command 0x7f has no response type (0xff is the AEN type)");
        }
    }
}
